/**
 * A speller over a Hunspell dictionary as it ships (.aff rules and .dic stems), for languages cspell has no
 * dictionary for (Estonian, Greek, Latvian). It never expands the stems into every form, which is what makes
 * Hunspell engines in JavaScript slow to start (nspell takes minutes on Estonian): a word is checked by undoing
 * each suffix and prefix rule whose added letters it ends or starts with and looking the stem up.
 *
 * The .dic text is kept as one string with an open-addressing hash table of its line offsets, so loading is one
 * pass over the text and the memory is the text's own. What it does of Hunspell: FLAG (single characters, `long`,
 * `num`, `UTF-8`), PFX and SFX with strip, add, condition and continuation classes (one prefix with one suffix,
 * two suffixes), NEEDAFFIX, CIRCUMFIX, FORBIDDENWORD, ONLYINCOMPOUND, FULLSTRIP, COMPOUNDFLAG, COMPOUNDBEGIN,
 * COMPOUNDMIDDLE, COMPOUNDLAST and COMPOUNDMIN; REP, MAP, KEY and TRY for suggestions. Not done, as the
 * dictionaries shipped do not use them: ICONV/OCONV, IGNORE, COMPOUNDRULE, CHECKCOMPOUND* and the affixes'
 * COMPOUNDPERMITFLAG.
 */
import type { DictionaryLoader, Speller } from './speller';
import { hunspellFileNames } from './dictionaries';

interface Affix {
  readonly flag: string;
  readonly strip: string;
  readonly add: string;
  readonly condition: Condition | undefined;
  readonly continuation: ReadonlySet<string>;
  /** Whether a prefix and a suffix of the rule may be combined on one word (the `Y` of the rule's header). */
  readonly crossProduct: boolean;
}

type FlagMode = 'char' | 'long' | 'num';

const UPPER = /\p{Lu}/u;
const NO_FLAGS: ReadonlySet<string> = new Set();
/** The most parts a compound is split into; Hunspell's COMPOUNDWORDMAX is unlimited by default, this bounds work. */
const MAX_COMPOUND_PARTS = 6;
const DEFAULT_COMPOUND_MIN = 3;

/** One letter of a Hunspell condition: any letter (`.`), one of a set (`[aeiou]`), or none of one (`[^aeiou]`). */
interface ConditionLetter {
  readonly letters: string | undefined;
  readonly negated: boolean;
}

/** A Hunspell condition (`[^aeiou]y`, `.`), matched on the end of a suffix's stem or the start of a prefix's. */
class Condition {
  private constructor(private readonly pattern: readonly ConditionLetter[]) {}

  /** Undefined for a condition every stem meets. */
  static parse(condition: string): Condition | undefined {
    const pattern: ConditionLetter[] = [];
    const chars = [...condition];
    for (let at = 0; at < chars.length; at++) {
      const char = chars[at]!;
      if (char === '.') {
        pattern.push({ letters: undefined, negated: false });
      } else if (char === '[') {
        const close = chars.indexOf(']', at + 1);
        const end = close === -1 ? chars.length : close;
        const negated = chars[at + 1] === '^';
        pattern.push({ letters: chars.slice(at + (negated ? 2 : 1), end).join(''), negated });
        at = end;
      } else {
        pattern.push({ letters: char, negated: false });
      }
    }
    return pattern.every((letter) => letter.letters === undefined) ? undefined : new Condition(pattern);
  }

  /** Compares UTF-16 code units: the letters of every dictionary shipped are in the Basic Multilingual Plane. */
  matches(stem: string, atEnd: boolean): boolean {
    const offset = atEnd ? stem.length - this.pattern.length : 0;
    if (offset < 0) return false;
    for (let index = 0; index < this.pattern.length; index++) {
      const { letters, negated } = this.pattern[index]!;
      if (letters !== undefined && letters.includes(stem[offset + index]!) === negated) return false;
    }
    return true;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, the same for a word in the .dic text and a word asked about. */
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function isWordEnd(code: number): boolean {
  // `/` starts the flags, a tab or space the morphological fields, a line break the next stem; NaN is the text's end.
  return code === 0x2f || code <= 0x20 || code !== code;
}

/**
 * The hash table of a .dic text's stems: one slot per stem line (its offset + 1), twice as many slots as lines; a
 * stem's homonyms all get a slot. This pass over the whole text is most of a load, which is why a host may make it
 * elsewhere (see PreparedHunspell).
 */
export function indexStems(text: string): Int32Array {
  const firstBreak = text.indexOf('\n');
  const declared = Number.parseInt(text.slice(0, firstBreak), 10);
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  const size = 2 ** Math.ceil(Math.log2(Math.max(lines, Number.isNaN(declared) ? 0 : declared, 8) * 2));
  const table = new Int32Array(size);
  const mask = size - 1;
  let start = Number.isNaN(declared) ? 0 : firstBreak + 1;
  while (start < text.length) {
    // The hash is computed in the scan for the stem's end: this loop is most of the load.
    let end = start;
    let hash = FNV_OFFSET;
    for (let code = text.charCodeAt(end); !isWordEnd(code); code = text.charCodeAt(++end)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (end > start) {
      let slot = (hash >>> 0) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = start + 1;
    }
    const lineEnd = text.indexOf('\n', end);
    start = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  return table;
}

/** A Hunspell dictionary read and indexed: all a HunspellSpeller needs, and what can cross between threads. */
export interface PreparedHunspell {
  readonly aff: string;
  readonly dic: string;
  /** The stems' hash table of `dic` (indexStems). */
  readonly table: Int32Array;
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/** Reads a dictionary's .aff and .dic files (UTF-8, as the catalog ships them) and indexes its stems. */
export function prepareHunspell(aff: Uint8Array, dic: Uint8Array): PreparedHunspell {
  // Every host the core runs in (Node, browsers, workers) has TextDecoder; the core's pure type library does not.
  const { TextDecoder } = globalThis as unknown as { TextDecoder: new () => Utf8Decoder };
  const decoder = new TextDecoder();
  const dicText = decoder.decode(dic);
  return { aff: decoder.decode(aff), dic: dicText, table: indexStems(dicText) };
}

/** Reads a Hunspell language's two files through the loader and prepares them, on the calling thread. */
export async function readHunspell(language: string, loader: DictionaryLoader): Promise<PreparedHunspell> {
  const files = hunspellFileNames(language);
  const [aff, dic] = await Promise.all([loader(files.aff), loader(files.dic)]);
  return prepareHunspell(aff, dic);
}

export class HunspellSpeller implements Speller {
  private flagMode: FlagMode = 'char';
  private readonly prefixes = new Map<string, Affix[]>();
  private readonly suffixes = new Map<string, Affix[]>();
  private longestPrefix = 0;
  private longestSuffix = 0;
  /** Flags of suffixes that may follow another suffix (named in a continuation class): only those end twofold words. */
  private readonly outerSuffixFlags = new Set<string>();
  private needAffix: string | undefined;
  private circumfix: string | undefined;
  private forbidden: string | undefined;
  private onlyInCompound: string | undefined;
  private fullStrip = false;
  private compoundAnywhere: string | undefined;
  private compoundBegin: string | undefined;
  private compoundMiddle: string | undefined;
  private compoundLast: string | undefined;
  private compoundMin = DEFAULT_COMPOUND_MIN;
  private tryCharacters = '';
  private readonly replacements: [string, string][] = [];
  private readonly related: string[] = [];
  private readonly keyboardRows: string[] = [];
  private readonly flagSets = new Map<string, ReadonlySet<string>>();
  private readonly dic: string;
  private readonly table: Int32Array;

  constructor(
    readonly language: string,
    aff: string,
    dic: string,
    /** The stems' table of `dic` when it was made already (see PreparedHunspell); made here otherwise. */
    table?: Int32Array,
  ) {
    this.readAffixFile(aff);
    this.dic = dic;
    this.table = table ?? indexStems(dic);
  }

  private readAffixFile(aff: string): void {
    const headers = new Map<string, boolean>();
    for (const rawLine of aff.split(/\r?\n/)) {
      const line = rawLine.replace(/^\uFEFF/, '');
      if (line.startsWith('#')) continue;
      const fields = line.trim().split(/\s+/);
      const [keyword, first, second] = fields;
      if (keyword === 'FULLSTRIP') this.fullStrip = true;
      if (keyword === undefined || first === undefined) continue;
      switch (keyword) {
        case 'FLAG':
          this.flagMode = first === 'long' ? 'long' : first === 'num' ? 'num' : 'char';
          break;
        case 'NEEDAFFIX':
        case 'PSEUDOROOT':
          this.needAffix = first;
          break;
        case 'CIRCUMFIX':
          this.circumfix = first;
          break;
        case 'FORBIDDENWORD':
          this.forbidden = first;
          break;
        case 'ONLYINCOMPOUND':
          this.onlyInCompound = first;
          break;
        case 'COMPOUNDFLAG':
          this.compoundAnywhere = first;
          break;
        case 'COMPOUNDBEGIN':
          this.compoundBegin = first;
          break;
        case 'COMPOUNDMIDDLE':
          this.compoundMiddle = first;
          break;
        case 'COMPOUNDLAST':
        case 'COMPOUNDEND':
          this.compoundLast = first;
          break;
        case 'COMPOUNDMIN':
          this.compoundMin = Math.max(1, Number(first) || 1);
          break;
        case 'TRY':
          this.tryCharacters = first;
          break;
        case 'KEY':
          this.keyboardRows.push(...first.split('|'));
          break;
        case 'REP':
          if (second !== undefined) this.replacements.push([first.replace(/_/g, ' '), second.replace(/_/g, ' ')]);
          break;
        case 'MAP':
          if (second === undefined && !/^\d+$/.test(first)) this.related.push(first);
          break;
        case 'PFX':
        case 'SFX': {
          const isSuffix = keyword === 'SFX';
          const [, flag, strip, addField, condition = '.'] = fields;
          if (flag === undefined || strip === undefined || addField === undefined) break;
          if (!headers.has(`${keyword} ${flag}`)) {
            headers.set(`${keyword} ${flag}`, strip === 'Y');
            break;
          }
          const [add = '', continuation = ''] = addField.split('/');
          const affix: Affix = {
            flag,
            strip: strip === '0' ? '' : strip,
            add: add === '0' ? '' : add,
            condition: Condition.parse(condition),
            continuation: continuation === '' ? NO_FLAGS : new Set(this.parseFlags(continuation)),
            crossProduct: headers.get(`${keyword} ${flag}`) === true,
          };
          if (isSuffix) for (const outer of affix.continuation) this.outerSuffixFlags.add(outer);
          const byAdded = isSuffix ? this.suffixes : this.prefixes;
          const list = byAdded.get(affix.add) ?? [];
          list.push(affix);
          byAdded.set(affix.add, list);
          if (isSuffix) this.longestSuffix = Math.max(this.longestSuffix, affix.add.length);
          else this.longestPrefix = Math.max(this.longestPrefix, affix.add.length);
          break;
        }
      }
    }
  }

  private parseFlags(raw: string): string[] {
    if (this.flagMode === 'num') return raw.split(',');
    if (this.flagMode === 'long') return raw.match(/[\s\S]{1,2}/g) ?? [];
    return [...raw];
  }

  private flagSet(raw: string): ReadonlySet<string> {
    let set = this.flagSets.get(raw);
    if (!set) {
      set = new Set(this.parseFlags(raw));
      this.flagSets.set(raw, set);
    }
    return set;
  }

  /** The flags of each dictionary entry of exactly this stem (homonyms are several entries). */
  private entries(stem: string): ReadonlySet<string>[] {
    const text = this.dic;
    const table = this.table;
    const mask = table.length - 1;
    const found: ReadonlySet<string>[] = [];
    for (let slot = hashOf(stem) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const start = table[slot]! - 1;
      const end = start + stem.length;
      if (!isWordEnd(text.charCodeAt(end)) || !text.startsWith(stem, start)) continue;
      if (text.charCodeAt(end) !== 0x2f) {
        found.push(NO_FLAGS);
        continue;
      }
      let flagsEnd = end + 1;
      while (!isWordEnd(text.charCodeAt(flagsEnd))) flagsEnd++;
      found.push(this.flagSet(text.slice(end + 1, flagsEnd)));
    }
    return found;
  }

  private has(flags: ReadonlySet<string>, flag: string | undefined): boolean {
    return flag !== undefined && flags.has(flag);
  }

  /** Whether the stem has an entry with `flag` (or, with no flag asked, any entry) that may stand as it is given. */
  private hasStem(stem: string, flag: string | undefined, affixed: boolean): boolean {
    for (const flags of this.entries(stem)) {
      if (this.has(flags, this.forbidden) || this.has(flags, this.onlyInCompound)) continue;
      if (flag !== undefined && !flags.has(flag)) continue;
      if (!affixed && this.has(flags, this.needAffix)) continue;
      return true;
    }
    return false;
  }

  /** Whether affixes used together make a whole word: an affix that needs another has one, circumfixes pair. */
  private combines(affixes: readonly Affix[]): boolean {
    const needing = affixes.filter((affix) => this.has(affix.continuation, this.needAffix)).length;
    if (needing === affixes.length) return false;
    if (this.circumfix === undefined) return true;
    const circumfixed = affixes.filter((affix) => affix.continuation.has(this.circumfix!)).length;
    return circumfixed === 0 || circumfixed === 2;
  }

  /**
   * The suffix rules that could have made `word`, each with the stem it leaves: a stem the dictionary has, or with
   * `outer`, any stem of a suffix that may follow another (the stem is then the inner suffix's word). Rules that
   * strip the same letters leave the same stem, looked up once: most rules fail there, before their condition.
   */
  private *suffixStems(word: string, outer = false): Generator<{ affix: Affix; stem: string }> {
    const longest = Math.min(this.longestSuffix, word.length);
    const known = new Map<string, boolean>();
    for (let length = 0; length <= longest; length++) {
      const rules = this.suffixes.get(word.slice(word.length - length));
      if (!rules) continue;
      const base = word.slice(0, word.length - length);
      if (base.length === 0 && !this.fullStrip) continue;
      for (const affix of rules) {
        const stem = base + affix.strip;
        if (outer) {
          if (!this.outerSuffixFlags.has(affix.flag)) continue;
        } else {
          let exists = known.get(stem);
          if (exists === undefined) known.set(stem, (exists = this.entries(stem).length > 0));
          if (!exists) continue;
        }
        if (!affix.condition || affix.condition.matches(stem, true)) yield { affix, stem };
      }
    }
  }

  private *prefixStems(word: string): Generator<{ affix: Affix; stem: string }> {
    const longest = Math.min(this.longestPrefix, word.length);
    for (let length = 0; length <= longest; length++) {
      const rules = this.prefixes.get(word.slice(0, length));
      if (!rules) continue;
      const rest = word.slice(length);
      if (rest.length === 0 && !this.fullStrip) continue;
      for (const affix of rules) {
        const stem = affix.strip + rest;
        if (!affix.condition || affix.condition.matches(stem, false)) yield { affix, stem };
      }
    }
  }

  /**
   * Whether `word` is a stem with one suffix, or two (the outer one in the inner one's continuation), whose stem
   * has `stemFlag` too when one is asked for (a prefix's, for a word with both); `outer` are the affixes already
   * undone, for NEEDAFFIX and CIRCUMFIX.
   */
  private isSuffixed(word: string, outer: readonly Affix[], stemFlag?: string): boolean {
    for (const { affix, stem } of this.suffixStems(word)) {
      if (stemFlag !== undefined && !affix.crossProduct) continue;
      const used = [...outer, affix];
      if (this.combines(used) && this.stemHasBoth(stem, affix.flag, stemFlag, affix)) return true;
    }
    if (this.outerSuffixFlags.size === 0) return false;
    for (const { affix, stem } of this.suffixStems(word, true)) {
      if (stemFlag !== undefined && !affix.crossProduct) continue;
      const prefixFlag = stemFlag !== undefined && affix.continuation.has(stemFlag) ? undefined : stemFlag;
      for (const inner of this.suffixStems(stem)) {
        if (!inner.affix.continuation.has(affix.flag) || !this.combines([...outer, affix, inner.affix])) continue;
        if (this.stemHasBoth(inner.stem, inner.affix.flag, prefixFlag, inner.affix)) return true;
      }
    }
    return false;
  }

  /** The stem has the suffix's flag, and the prefix's flag unless the suffix's continuation carries that. */
  private stemHasBoth(stem: string, suffixFlag: string, prefixFlag: string | undefined, suffix: Affix): boolean {
    if (prefixFlag === undefined || suffix.continuation.has(prefixFlag)) return this.hasStem(stem, suffixFlag, true);
    for (const flags of this.entries(stem)) {
      if (this.has(flags, this.forbidden) || this.has(flags, this.onlyInCompound)) continue;
      if (flags.has(suffixFlag) && flags.has(prefixFlag)) return true;
    }
    return false;
  }

  private isAffixed(word: string): boolean {
    if (this.isSuffixed(word, [])) return true;
    for (const { affix, stem } of this.prefixStems(word)) {
      if (this.combines([affix]) && this.hasStem(stem, affix.flag, true)) return true;
      if (affix.crossProduct && this.isSuffixed(stem, [affix], affix.flag)) return true;
    }
    return false;
  }

  private isForbidden(word: string): boolean {
    return this.forbidden !== undefined && this.entries(word).some((flags) => flags.has(this.forbidden!));
  }

  private checkWord(word: string, compounds = true): boolean {
    if (this.isForbidden(word)) return false;
    return this.hasStem(word, undefined, false) || this.isAffixed(word) || (compounds && this.isCompound(word, 1));
  }

  /** A compound part as it stands in the dictionary, with a flag that allows it at that place. */
  private isCompoundPart(part: string, place: 'begin' | 'middle' | 'last'): boolean {
    const placeFlags = { begin: this.compoundBegin, middle: this.compoundMiddle, last: this.compoundLast };
    const placeFlag = placeFlags[place];
    for (const flags of this.entries(part)) {
      if (this.has(flags, this.forbidden)) continue;
      if (this.has(flags, this.compoundAnywhere) || this.has(flags, placeFlag)) return true;
    }
    // The last part may take suffixes (Hunspell allows affixes inside a compound only with COMPOUNDPERMITFLAG).
    if (place !== 'last') return false;
    for (const { affix, stem } of this.suffixStems(part)) {
      if (!this.combines([affix])) continue;
      for (const flags of this.entries(stem)) {
        if (!flags.has(affix.flag) || this.has(flags, this.forbidden)) continue;
        if (this.has(flags, this.compoundAnywhere) || this.has(flags, placeFlag)) return true;
      }
    }
    return false;
  }

  private isCompound(word: string, part: number): boolean {
    if (this.compoundAnywhere === undefined && this.compoundBegin === undefined) return false;
    if (part > MAX_COMPOUND_PARTS) return false;
    const min = this.compoundMin;
    for (let cut = min; cut <= word.length - min; cut++) {
      if (!this.isCompoundPart(word.slice(0, cut), part === 1 ? 'begin' : 'middle')) continue;
      const rest = word.slice(cut);
      if (this.isCompoundPart(rest, 'last') || this.isCompound(rest, part + 1)) return true;
    }
    return false;
  }

  private lower(word: string): string {
    return word.toLocaleLowerCase(this.language);
  }

  isKnown(word: string): boolean {
    const normalized = word.normalize('NFC').replace(/’/g, "'");
    if (this.checkWord(normalized)) return true;
    if (!UPPER.test(normalized[0]!)) return false;
    const lower = normalized[0]!.toLocaleLowerCase(this.language) + normalized.slice(1);
    return lower !== normalized && this.checkWord(lower);
  }

  isKnownStart(word: string): boolean {
    if (this.isKnown(word)) return true;
    const lower = this.lower(word);
    return this.isCompoundPart(lower, 'begin');
  }

  /** Words one slip away, in Hunspell's order: REP and MAP pairs, swapped, keyboard neighbours, TRY letters. */
  private *candidates(word: string): Generator<string> {
    for (const [from, to] of this.replacements) {
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) {
        yield word.slice(0, at) + to + word.slice(at + from.length);
      }
    }
    const letters = [...word];
    const spliced = (at: number, remove: number, insert: string): string =>
      letters.slice(0, at).join('') + insert + letters.slice(at + remove).join('');
    for (let at = 0; at < letters.length; at++) {
      for (const group of this.related) {
        if (!group.includes(letters[at]!)) continue;
        for (const other of group) if (other !== letters[at]) yield spliced(at, 1, other);
      }
    }
    for (let at = 0; at + 1 < letters.length; at++) {
      if (letters[at] !== letters[at + 1]) yield spliced(at, 2, letters[at + 1]! + letters[at]!);
    }
    for (let at = 0; at < letters.length; at++) {
      for (const row of this.keyboardRows) {
        const index = row.indexOf(letters[at]!);
        if (index === -1) continue;
        for (const neighbour of [row[index - 1], row[index + 1]]) if (neighbour) yield spliced(at, 1, neighbour);
      }
    }
    for (let at = 0; at < letters.length; at++) yield spliced(at, 1, '');
    for (let at = 0; at <= letters.length; at++) for (const letter of this.tryCharacters) yield spliced(at, 0, letter);
    for (let at = 0; at < letters.length; at++) {
      for (const letter of this.tryCharacters) if (letter !== letters[at]) yield spliced(at, 1, letter);
    }
  }

  /**
   * Words of the dictionary one slip away, best first. Estonian joins nearly any words into a compound, so a slip
   * often makes a valid compound of odd parts (`lähtestmaine`); words the dictionary has without compounding
   * come first.
   */
  suggest(word: string, limit: number): string[] {
    const capitalized = UPPER.test(word[0] ?? '');
    const asked = capitalized ? this.lower(word) : word;
    const simple: string[] = [];
    const compound: string[] = [];
    const tried = new Set<string>([asked]);
    for (const candidate of this.candidates(asked)) {
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      if (this.checkWord(candidate, false)) simple.push(candidate);
      else if (compound.length < limit && this.checkWord(candidate)) compound.push(candidate);
      if (simple.length === limit) break;
    }
    const restoreCase = (found: string): string =>
      capitalized ? found[0]!.toLocaleUpperCase(this.language) + found.slice(1) : found;
    return [...simple, ...compound].slice(0, limit).map(restoreCase);
  }
}
