/**
 * A unit text as a reader sees it, for the checks that look at words and punctuation: HTML tags gone, entities
 * and backslash escapes decoded, and inline code, URLs and link destinations each reduced to one mark, so that a
 * `(` of a URL or a word of code is not taken for prose. Every character keeps its offset in the unit text, for
 * findings that point at a word. Made once per text (with its inline reading) and in one pass, so it is linear.
 */
import type { InlineScan } from './inlineMarkdown';
import { rememberedCodeUnitTest } from '../../codeUnitTest';

/** Stands for inline code, an autolink or a bare URL: neither a word, a space nor punctuation. */
export const CODE_MARK = '\ufffc';
/** Stands for a link's `(destination)` or a reference's `[label]`, so that the `]` before it is known as a link's. */
export const LINK_MARK = '\ue000';

export interface Prose {
  readonly text: string;
  /** The offset in the unit text of each code unit of `text`. */
  readonly offsets: Int32Array;
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
    (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
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

function read(text: string, scan: InlineScan): Prose {
  const stretches = replacements(text, scan);
  let out = '';
  const offsets = new Int32Array(text.length + 1);
  let length = 0;
  const emit = (piece: string, at: number): void => {
    out += piece;
    for (let k = 0; k < piece.length; k++) offsets[length++] = at;
  };
  let next = 0;
  let i = 0;
  let plainFrom = 0;
  const flushPlain = (until: number): void => {
    if (until <= plainFrom) return;
    out += text.slice(plainFrom, until);
    for (let at = plainFrom; at < until; at++) offsets[length++] = at;
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
  offsets[length] = text.length;
  return { text: out, offsets: offsets.subarray(0, length + 1) };
}

const readings = new WeakMap<InlineScan, Prose>();

/** The prose of a unit text, read once per inline reading (which is itself remembered per text). */
export function proseOf(text: string, scan: InlineScan): Prose {
  let prose = readings.get(scan);
  if (!prose) {
    prose = read(text, scan);
    readings.set(scan, prose);
  }
  return prose;
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

/** Where a stretch of the prose (`start` to `end`, prose offsets) stands in the unit text. */
export function unitSpanOf(prose: Prose, start: number, end: number): { start: number; end: number } {
  return { start: prose.offsets[start]!, end: end > start ? prose.offsets[end - 1]! + 1 : prose.offsets[start]! };
}
