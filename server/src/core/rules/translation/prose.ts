/**
 * A unit text as a reader sees it, for the checks that look at words and punctuation: HTML tags gone, entities
 * and backslash escapes decoded, and inline code, URLs and link destinations each reduced to one mark, so that a
 * `(` of a URL or a word of code is not taken for prose. Every character keeps its offset in the unit text, for
 * findings that point at a word. Made once per text (with its inline reading) and in one pass, so it is linear;
 * what the rules derive from it is kept with it, so a text met again (a repeated sentence, the units an edit did
 * not touch) costs a lookup.
 */
import type { TextSpan } from '../../model';
import type { InlineScan } from './inlineMarkdown';
import { rememberedCodeUnitTest } from '../../rememberedCodeUnitTest';

/** Stands for inline code, an autolink or a bare URL: neither a word, a space nor punctuation. */
export const CODE_MARK = '\ufffc';
/** Stands for a link's `(destination)` or a reference's `[label]`, so that the `]` before it is known as a link's. */
export const LINK_MARK = '\ue000';

export class Prose {
  /**
   * What one pass over the text tells, so that the checks pass over most texts without reading them again: the
   * visible length times 32 plus one bit per fact below; -1 until asked. A number, not an object per text, since
   * every unit text of a repository has its prose.
   */
  private facts = -1;
  /** What was derived so far, as pairs of the deriving function and its value: a handful, so a list is quickest. */
  private derivedValues: unknown[] | undefined;

  constructor(
    /** The unit text this is the prose of. */
    readonly unitText: string,
    readonly text: string,
    /**
     * Where the prose's pieces come from, as triples: the piece's first prose offset, its first unit text offset,
     * and 1 when the piece is copied text (each character from its own place) or 0 when it stands for a stretch
     * (a mark, a decoded entity: every character from the stretch's start). None when the prose is the unit text.
     * A few numbers per piece rather than one per character keep the memory of remembered readings small.
     */
    private readonly pieces: readonly number[] | undefined,
  ) {}

  private get factBits(): number {
    if (this.facts < 0) this.facts = factsOf(this.text);
    return this.facts;
  }

  /** A round, square or curly bracket, ASCII or full-width. */
  get hasBrackets(): boolean {
    return (this.factBits & HAS_BRACKETS) !== 0;
  }

  /** A quotation mark of any language (`"`, `«`, `»`, `„`, `“`, `”`, `「`, `」`, `『`, `』`). */
  get hasQuotes(): boolean {
    return (this.factBits & HAS_QUOTES) !== 0;
  }

  /** An ASCII capital after a letter, or a digit beside a letter: the text may hold a name such as `IPv6`. */
  get mayHoldName(): boolean {
    return (this.factBits & NAME_LIKE) !== 0;
  }

  /** Two neighbouring runs of word characters that are equal but for case: the text may hold a doubled word. */
  get mayHoldDouble(): boolean {
    return (this.factBits & NEIGHBOUR_REPEAT) !== 0;
  }

  /** Characters a reader sees: neither spaces, nor code, URLs and link destinations, nor low surrogates. */
  get visibleLength(): number {
    return Math.floor(this.factBits / FACT_BITS);
  }

  /** Where the code unit at `index` of the prose stands in the unit text. */
  offsetOf(index: number): number {
    const pieces = this.pieces;
    if (!pieces) return index;
    if (index >= this.text.length) return this.unitText.length;
    let low = 0;
    let high = pieces.length / 3 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pieces[middle * 3]! <= index) low = middle;
      else high = middle - 1;
    }
    const start = pieces[low * 3]!;
    const from = pieces[low * 3 + 1]!;
    return pieces[low * 3 + 2] === 1 ? from + (index - start) : from;
  }

  /** Where a stretch of the prose (`start` to `end`) stands in the unit text. */
  spanOf(start: number, end: number): TextSpan {
    return { start: this.offsetOf(start), end: end > start ? this.offsetOf(end - 1) + 1 : this.offsetOf(start) };
  }

  /** What `derive` makes of this text, made on the first call and kept: `derive` must depend on the text alone. */
  derived<T>(derive: (prose: Prose) => T): T {
    const values = (this.derivedValues ??= []);
    for (let index = 0; index < values.length; index += 2) if (values[index] === derive) return values[index + 1] as T;
    const value = derive(this);
    values.push(derive, value);
    return value;
  }
}

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/y;
const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  bdquo: '„', lsquo: '‘', rsquo: '’', hellip: '…', ndash: '–', mdash: '—', thinsp: '\u2009', shy: '',
  zwj: '', zwnj: '', lrm: '', rlm: '',
};
/** Tags that end a line or a block: a word before one and a word after it are not neighbours. */
const BREAKING_TAGS: ReadonlySet<string> = new Set(['br', 'p', 'div', 'li', 'td', 'th', 'tr', 'hr', 'img']);

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** The stretches of the text that are not prose, in order and without overlaps. */
function replacements(text: string, scan: InlineScan): Replacement[] {
  const found: Replacement[] = scan.codeSpans.map((code) => ({ ...code.span, mark: CODE_MARK }));
  for (const destination of scan.destinations) {
    let { start, end } = destination.span;
    if (destination.kind === 'link') {
      // From the `(` after `](` to the `)` that closes it, a title included.
      while (start > 0 && text.charCodeAt(start - 1) !== 0x28 && start > destination.span.start - 3) start--;
      if (text.charCodeAt(start - 1) === 0x28) start--;
      const close = text.indexOf(')', end);
      const lineEnd = text.indexOf('\n', end);
      if (close >= 0 && (lineEnd < 0 || close < lineEnd)) end = close + 1;
      found.push({ start, end, mark: LINK_MARK });
    } else if (destination.kind === 'reference') {
      found.push({ start: start - 1, end: end + 1, mark: LINK_MARK });
    } else if (destination.kind === 'autolink') {
      const angled = text.charCodeAt(start - 1) === 0x3c && text.charCodeAt(end) === 0x3e;
      found.push(angled ? { start: start - 1, end: end + 1, mark: CODE_MARK } : { start, end, mark: CODE_MARK });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ordered: Replacement[] = [];
  let reached = 0;
  for (const replacement of found) {
    if (replacement.start < reached) continue;
    ordered.push(replacement);
    reached = replacement.end;
  }
  return ordered;
}

/** Tags, entities and escapes: a text without any, code or links is its own prose. */
const MARKUP = /[<&\\]/;

/** The prose of a unit text with its inline reading (unitText.ts remembers both per text). */
export function readProse(text: string, scan: InlineScan): Prose {
  if (scan.codeSpans.length === 0 && scan.destinations.length === 0 && !MARKUP.test(text))
    return new Prose(text, text, undefined);
  const stretches = replacements(text, scan);
  let out = '';
  const pieces: number[] = [];
  const emit = (piece: string, at: number): void => {
    if (piece.length === 0) return;
    pieces.push(out.length, at, 0);
    out += piece;
  };
  let next = 0;
  let i = 0;
  let plainFrom = 0;
  const flushPlain = (until: number): void => {
    if (until <= plainFrom) return;
    pieces.push(out.length, plainFrom, 1);
    out += text.slice(plainFrom, until);
  };
  while (i < text.length) {
    const stretch = stretches[next];
    if (stretch && i >= stretch.start) {
      flushPlain(i);
      emit(stretch.mark, stretch.start);
      i = plainFrom = Math.max(i, stretch.end);
      next++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 0x3c /* < */) {
      HTML_TAG.lastIndex = i;
      const tag = HTML_TAG.exec(text);
      if (tag) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) !== 0x3e && text.charCodeAt(end) !== 0x3c) end++;
        if (text.charCodeAt(end) === 0x3e && (!stretch || end < stretch.start)) {
          flushPlain(i);
          if (BREAKING_TAGS.has(tag[1]!.toLowerCase())) emit(' ', i);
          i = plainFrom = end + 1;
          continue;
        }
      }
    } else if (code === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(text);
      if (entity) {
        flushPlain(i);
        const codePoint = entity[1] ? Number(entity[1]) : entity[2] ? parseInt(entity[2], 16) : -1;
        const named = entity[3] ? NAMED_ENTITIES[entity[3].toLowerCase()] : undefined;
        const decoded = codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : named ?? CODE_MARK;
        emit(decoded, i);
        i = plainFrom = i + entity[0].length;
        continue;
      }
    } else if (code === 0x5c /* \ */ && i + 1 < text.length && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      flushPlain(i);
      i = plainFrom = i + 1;
      i++;
      continue;
    }
    i++;
  }
  flushPlain(text.length);
  if (pieces.length === 0) pieces.push(0, text.length, 0);
  return new Prose(text, out, pieces);
}


/** Whether a code unit is a letter, a combining mark or a digit of any script (a part of a word). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  return isNonAsciiWordCode(code);
}

/** Surrogates belong to letters of the astral planes (CJK extensions) far more often than to anything else. */
const isNonAsciiWordCode = rememberedCodeUnitTest(/[\p{L}\p{M}\p{Nd}\p{Cs}]/u);


const HAS_BRACKETS = 1;
const HAS_QUOTES = 2;
const NAME_LIKE = 4;
const NEIGHBOUR_REPEAT = 8;
const FACT_BITS = 32;

/** Classes of code units for the pass of factsOf, found once per code unit met. */
const WORD = 1;
const BRACKET = 2;
const QUOTE = 4;
const VISIBLE = 8;
const CLASSIFIED = 16;
const classes = new Uint8Array(0x10000);
const BRACKET_CHARACTERS = '()[]{}（）［］｛｝';
const QUOTE_CHARACTERS = '"«»„“”「」『』';

function classOf(code: number): number {
  let found = classes[code]!;
  if (found === 0) {
    found = CLASSIFIED;
    if (isWordCode(code)) found |= WORD;
    const char = String.fromCharCode(code);
    if (BRACKET_CHARACTERS.includes(char)) found |= BRACKET;
    if (QUOTE_CHARACTERS.includes(char)) found |= QUOTE;
    const space = code <= 0x20 || code === 0xa0 || code === 0x3000;
    const mark = char === CODE_MARK || char === LINK_MARK;
    if (!space && !mark && (code < 0xdc00 || code > 0xdfff)) found |= VISIBLE;
    classes[code] = found;
  }
  return found;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function sameBut(a: number, b: number): boolean {
  if (a === b) return true;
  if (a < 0x80 && b < 0x80) return isAsciiLetter(a) && (a | 0x20) === (b | 0x20);
  return String.fromCharCode(a).toLowerCase() === String.fromCharCode(b).toLowerCase();
}

function factsOf(text: string): number {
  let bits = 0;
  let visibleLength = 0;
  let previousWordStart = -1;
  let previousWordEnd = -1;
  let wordStart = -1;
  let before = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    let kind = classes[code]!;
    if (kind === 0) kind = classOf(code);
    if ((kind & WORD) !== 0) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      if ((bits & NEIGHBOUR_REPEAT) === 0 && i - wordStart === previousWordEnd - previousWordStart) {
        let same = true;
        for (let k = 0; k < i - wordStart && same; k++)
          same = sameBut(text.charCodeAt(wordStart + k), text.charCodeAt(previousWordStart + k));
        if (same) bits |= NEIGHBOUR_REPEAT;
      }
      previousWordStart = wordStart;
      previousWordEnd = i;
      wordStart = -1;
    }
    if (i === text.length) break;
    if ((kind & VISIBLE) !== 0) visibleLength++;
    if ((kind & BRACKET) !== 0) bits |= HAS_BRACKETS;
    else if ((kind & QUOTE) !== 0) bits |= HAS_QUOTES;
    if ((bits & NAME_LIKE) === 0 && code < 0x80 && before < 0x80 && (kind & WORD) !== 0) {
      const letterBefore = isAsciiLetter(before);
      if ((code <= 0x5a && letterBefore) || (isAsciiLetter(code) && isAsciiDigit(before))) bits |= NAME_LIKE;
    }
    before = code;
  }
  return visibleLength * FACT_BITS + bits;
}
