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

/** Limits the work of one suggestion search; 3 edits find the usual typos (a doubled, missing or swapped letter). */
const SUGGESTION_CHANGE_LIMIT = 3;

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
    return this.compounds && this.trie.findWord(word, { caseSensitive: true, useLegacyWordCompounds: MIN_COMPOUND_PART }).found !== false;
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

  suggest(word: string, limit: number): string[] {
    const capitalized = UPPER.test(word[0] ?? '');
    const found = this.trie.suggest(capitalized ? word.toLocaleLowerCase(this.language) : word, {
      numSuggestions: limit,
      changeLimit: SUGGESTION_CHANGE_LIMIT,
      ignoreCase: false,
    });
    const results = capitalized ? found.map((suggestion) => suggestion[0]!.toLocaleUpperCase(this.language) + suggestion.slice(1)) : found;
    return [...new Set(results)].slice(0, limit);
  }
}
