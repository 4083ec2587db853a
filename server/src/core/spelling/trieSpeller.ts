/**
 * A speller over a compiled cspell trie: every inflected form is in the trie, so a lookup is a walk of at most
 * the word's length, and loading is decoding one file (no affix expansion at run time, which is what makes
 * Hunspell engines in JavaScript slow to start on languages rich in forms such as Estonian or Finnish).
 */
import { COMPOUND_FIX, decodeTrie, type ITrie } from 'cspell-trie-lib';
import type { Speller } from './speller';

const UPPER = /\p{Lu}/u;
/** The shortest word a compound is made of: shorter ones (`in`, `an`) would let nearly any typo through. */
const MIN_COMPOUND_PART = 3;

/** The most words a compound is split into: more would only let typos through as runs of short words. */
const MAX_COMPOUND_PARTS = 4;
/**
 * Turkish writes compounds of two whole words (`satın` + `alma`); its short stems and inflected forms would join
 * into typos of three short parts (`sev` + `kıy` + `atı` for the misspelt `sevkıyatı` of a real article).
 * Norwegian's short words join into typos too (`pas` + `ord` for `pasord`, `inn` + `stilingene`).
 */
const TWO_WORD_COMPOUNDS: Readonly<Record<string, { readonly minPart: number }>> = {
  nb: { minPart: 4 },
  tr: { minPart: 4 },
};

/** The linking letter of Germanic compounds (German `Regionsinformationen`, Swedish `arbetsplats`). */
const LINKING_S = 's';

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

export class TrieSpeller implements Speller {
  private readonly trie: ITrie;
  private readonly minPart: number;
  private readonly twoWordsOnly: boolean;

  constructor(
    readonly language: string,
    bytes: Uint8Array,
    /** Whether any words of the dictionary may be joined into one (German, Dutch, Scandinavian, Finnish). */
    private readonly compounds = false,
  ) {
    this.trie = decodeTrie(bytes as Uint8Array<ArrayBuffer>);
    this.minPart = TWO_WORD_COMPOUNDS[language]?.minPart ?? MIN_COMPOUND_PART;
    this.twoWordsOnly = TWO_WORD_COMPOUNDS[language] !== undefined;
  }

  /** A compound: of forms the dictionary marks as the start, middle or end of one (`Vermittlungs+`), or of words. */
  private hasCompound(word: string): boolean {
    if (this.trie.findWord(word, { caseSensitive: true }).found !== false) return true;
    return this.compounds && this.isCompound(word, true, 1);
  }

  /**
   * Whether the word is a run of known words of at least three letters. A part after the first may be a noun the
   * dictionary writes with a capital (German `Port` + `Nummer`), and a part before the last may end in a linking
   * `s` (`Region` + `s` + `Informationen`) or be a form the dictionary marks as a compound's start.
   */
  private isCompound(word: string, first: boolean, parts: number): boolean {
    if (parts > (this.twoWordsOnly ? 1 : MAX_COMPOUND_PARTS)) return false;
    for (let cut = this.minPart; cut <= word.length - this.minPart; cut++) {
      if (!this.isCompoundHead(word.slice(0, cut), first)) continue;
      const tail = word.slice(cut);
      if (this.isCompoundTail(tail) || this.isCompound(tail, false, parts + 1)) return true;
    }
    return false;
  }

  private partForms(part: string, first: boolean): string[] {
    return first ? [part] : [part, this.capitalize(part)];
  }

  private isCompoundHead(head: string, first: boolean): boolean {
    return this.partForms(head, first).some((form) => {
      if (this.trie.hasWord(form, true) || this.trie.hasWord(`${form}${COMPOUND_FIX}`, true)) return true;
      return form.endsWith(LINKING_S) && form.length > MIN_COMPOUND_PART && this.trie.hasWord(form.slice(0, -1), true);
    });
  }

  private isCompoundTail(tail: string): boolean {
    return this.partForms(tail, false).some((form) => {
      return this.trie.hasWord(form, true) || this.trie.hasWord(`${COMPOUND_FIX}${form}`, true);
    });
  }

  isKnown(word: string): boolean {
    const normalized = word.normalize('NFC').replace(/’/g, "'");
    if (this.trie.hasWord(normalized, true)) return true;
    const lower = UPPER.test(normalized[0]!) ? normalized.toLocaleLowerCase(this.language) : normalized;
    const lowered = lower !== normalized;
    // Both plain lookups before either compound search: a capital at a sentence's start is the common case.
    if (lowered && this.trie.hasWord(lower, true)) return true;
    return this.hasCompound(normalized) || (lowered && this.hasCompound(lower));
  }

  isKnownStart(word: string): boolean {
    if (this.isKnown(word) || this.isKnown(`${word}${COMPOUND_FIX}`)) return true;
    if (!this.compounds || !word.endsWith(LINKING_S)) return false;
    return word.length > MIN_COMPOUND_PART && this.isKnown(word.slice(0, -1));
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
        return {
          suggestion,
          order,
          distance: editDistance(asked, suggestion),
          added: isSubsequence(asked, suggestion),
        };
      })
      .sort((a, b) => a.distance - b.distance || Number(b.added) - Number(a.added) || a.order - b.order)
      .map(({ suggestion }) => (capitalized ? this.capitalize(suggestion) : suggestion));
    return [...new Set(ranked)].slice(0, limit);
  }

}
