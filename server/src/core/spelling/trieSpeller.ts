/**
 * A speller over a compiled cspell trie: every inflected form is in the trie, so a lookup is a walk of at most
 * the word's length, and loading is decoding one file (no affix expansion at run time, which is what makes
 * Hunspell engines in JavaScript slow to start on languages rich in forms such as Estonian or Finnish).
 */
import { COMPOUND_FIX, decodeTrie, encodeITrieToBTrie, type ITrie } from 'cspell-trie-lib';
import type { Speller } from './speller';

const UPPER = /\p{Lu}/u;
/** The shortest word a compound is made of: shorter ones (`in`, `an`) would let nearly any typo through. */
const MIN_COMPOUND_PART = 3;

const SUGGESTIONS_ASKED_PER_SHOWN = 6;

function hasInnerCapital(word: string): boolean {
  return UPPER.test(word.slice(1));
}

/** Whether every letter of `word` is in `longer`, in order: `longer` only adds letters. */
function isSubsequence(word: string, longer: string): boolean {
  let at = 0;
  for (const char of longer) if (char === word[at]) at++;
  return at === word.length;
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Limits the work of one suggestion search; 3 edits find the usual typos (a doubled, missing or swapped letter). */
const SUGGESTION_CHANGE_LIMIT = 3;

/** A dictionary's trie, in either of cspell's forms, in the binary form (which decodes many times faster). */
export function binaryTrieOf(bytes: Uint8Array): Uint8Array {
  return encodeITrieToBTrie(decodeTrie(bytes as Uint8Array<ArrayBuffer>));
}

export class TrieSpeller implements Speller {
  private readonly trie: ITrie;

  constructor(
    readonly language: string,
    bytes: Uint8Array,
    /** Whether any words of the dictionary may be joined into one (German, Dutch, Scandinavian, Finnish). */
    private readonly compounds = false,
  ) {
    this.trie = decodeTrie(bytes as Uint8Array<ArrayBuffer>);
  }

  private has(word: string): boolean {
    if (this.trie.hasWord(word, true)) return true;
    if (!this.compounds) return false;
    return this.trie.findWord(word, { caseSensitive: true, useLegacyWordCompounds: MIN_COMPOUND_PART }).found !== false;
  }

  isKnown(word: string): boolean {
    const normalized = word.normalize('NFC').replace(/’/g, "'");
    if (this.has(normalized)) return true;
    if (!UPPER.test(normalized[0]!)) return false;
    const lower = normalized.toLocaleLowerCase(this.language);
    return lower !== normalized && this.has(lower);
  }

  isKnownStart(word: string): boolean {
    return this.isKnown(word) || this.isKnown(`${word}${COMPOUND_FIX}`);
  }

  /** The trie in cspell's binary form, which decodes many times faster than the text form. */
  binary(): Uint8Array {
    return encodeITrieToBTrie(this.trie);
  }

  private capitalize(word: string): string {
    return word[0]!.toLocaleUpperCase(this.language) + word.slice(1);
  }

  suggest(word: string, limit: number): string[] {
    const capitalized = UPPER.test(word[0] ?? '');
    const asked = capitalized ? word.toLocaleLowerCase(this.language) : word;
    // The trie orders equally costly corrections alphabetically and offers compounds joined at a capital
    // (`PassArt`); more are asked for and ranked by how few letters change, letters added first (a letter left
    // out is the commonest typo).
    const found = this.trie
      .suggest(asked, {
        numSuggestions: limit * SUGGESTIONS_ASKED_PER_SHOWN,
        changeLimit: SUGGESTION_CHANGE_LIMIT,
        ignoreCase: false,
      })
      .filter((suggestion) => !hasInnerCapital(suggestion) || hasInnerCapital(asked));
    const ranked = found
      .map((suggestion, order) => {
        return { suggestion, order, distance: editDistance(asked, suggestion), added: isSubsequence(asked, suggestion) };
      })
      .sort((a, b) => a.distance - b.distance || Number(b.added) - Number(a.added) || a.order - b.order)
      .map(({ suggestion }) => (capitalized ? this.capitalize(suggestion) : suggestion));
    return [...new Set(ranked)].slice(0, limit);
  }

}
