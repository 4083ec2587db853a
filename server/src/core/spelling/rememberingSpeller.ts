/**
 * A speller that remembers its verdicts: an article says the same few thousand words again and again, and a word the
 * dictionary lacks costs a search for compounds (in German or Finnish tens of lookups) each time it is asked about.
 */
import type { Speller } from './speller';

/** Verdicts kept per speller before they are forgotten at once: a few MB, more words than a large article has. */
const MAX_REMEMBERED = 200_000;

class Verdicts {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly decide: (word: string) => boolean) {}

  of(word: string): boolean {
    let verdict = this.known.get(word);
    if (verdict === undefined) {
      verdict = this.decide(word);
      // Forgetting all at once is enough: the words of the next articles are back in it within a few units.
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(word, verdict);
    }
    return verdict;
  }
}

export function rememberingSpeller(speller: Speller): Speller {
  const known = new Verdicts((word) => speller.isKnown(word));
  const knownStart = new Verdicts((word) => speller.isKnownStart(word));
  return {
    language: speller.language,
    isKnown: (word) => known.of(word),
    isKnownStart: (word) => knownStart.of(word),
    suggest: (word, limit) => speller.suggest(word, limit),
  };
}
