/**
 * Compounds written as two words (German `Vermittlungs Server`, Swedish `fjärr anslutning`), a common error of
 * machine translation in languages that write compounds as one word. The first word is no word of its own but the
 * start of compounds (a form the dictionary marks so, or one with a linking `s`), and the two joined are a word.
 */
import type { Speller } from './speller';
import type { TextWord } from './words';

/** Germanic and Finnic languages of the catalog, which write compounds as one word (Turkish often does not). */
const SPLIT_COMPOUND_LANGUAGES: ReadonlySet<string> = new Set(['da', 'de', 'fi', 'nl', 'sv']);

export interface SplitCompound {
  /** Index of the first of the two words in the list given. */
  readonly index: number;
  /** The two words joined, the second lower-cased at its start (`Vermittlungsserver`). */
  readonly joined: string;
}

/**
 * The compound that the word at `index` and the next one make when joined, if they are one written apart; `text`
 * is the text the words' spans point into.
 */
export function splitCompoundAt(
  words: readonly TextWord[],
  index: number,
  text: string,
  speller: Speller,
): string | undefined {
  const first = words[index]!;
  const second = words[index + 1];
  if (!second || first.elided || second.span.start !== first.span.end + 1) return undefined;
  if (text[first.span.end] !== ' ' || !SPLIT_COMPOUND_LANGUAGES.has(speller.language)) return undefined;
  if (speller.isKnown(first.word) || !speller.isKnownStart(first.word)) return undefined;
  const joined = first.word + second.word[0]!.toLocaleLowerCase(speller.language) + second.word.slice(1);
  return speller.isKnown(joined) ? joined : undefined;
}

/** The split compounds among a unit's prose words. */
export function splitCompounds(words: readonly TextWord[], text: string, speller: Speller): SplitCompound[] {
  if (!SPLIT_COMPOUND_LANGUAGES.has(speller.language)) return [];
  const found: SplitCompound[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    const joined = splitCompoundAt(words, index, text, speller);
    if (joined !== undefined) found.push({ index, joined });
  }
  return found;
}
