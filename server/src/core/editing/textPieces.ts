/**
 * A unit's text (its target or its source, exactly as in the file) cut into the pieces the Bilingual Editor
 * shows: text a translator types, and markup shown as protected tokens (tags, character references, inline code,
 * link syntax, emphasis markers, includes, alert markers, backslash escapes), as CAT tools show tags.
 *
 * The cut follows CommonMark where it decides what is markup (raw HTML by its tag grammar, code spans, flanking
 * rules for emphasis, link brackets matched through a bracket stack) and is conservative elsewhere: whatever is
 * not surely markup stays text. Joining the pieces' `raw` always gives the input back. Every search moves forward
 * or is bounded, so the cost is linear in the text.
 */
import type { MarkupRole, TextPiece } from '../../../../shared/protocol';
import { TEXT_REFERENCES } from '../../../../shared/targetEdit';
import { TagScanner } from '../reading/htmlTags';
import {
  delimiterRun,
  findCodeSpans,
  isAsciiPunctuation,
  processEmphasis,
  type DelimiterRun,
} from '../rules/translation/inlineMarkdown';

/** Longer link destinations and titles are read as text: a guard against hostile input, far above real links. */
const LONGEST_LINK_TAIL = 4096;
/** Parentheses nest at most this deep in a link destination (as in commonmark.js). */
const DEEPEST_PARENTHESES = 32;
const ALERT_NAMES: ReadonlySet<string> = new Set(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']);
const LONGEST_ALERT = 'IMPORTANT'.length;

interface Mark {
  readonly start: number;
  end: number;
  /** Null while undecided: a `[` that no `](…)` has closed yet is text. */
  role: MarkupRole | null;
  /** For an emphasis delimiter run: the run, whose used delimiters become markup once emphasis is resolved. */
  readonly run?: EmphasisRun;
}

interface EmphasisRun extends DelimiterRun {
  readonly start: number;
  readonly end: number;
  /** Delimiters this run gave as an opener (taken from its end) and as a closer (taken from its start). */
  usedAsOpener: number;
  usedAsCloser: number;
}

interface BracketOpener {
  readonly mark: Mark;
  readonly image: boolean;
  active: boolean;
  /** How many delimiter runs stood before it: those after it are resolved when its link closes. */
  readonly runsBefore: number;
}

/** `text.indexOf(needle, from)` remembered: the reader only moves forward, so each stretch is searched once. */
class NextIndex {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  after(from: number): number {
    if (this.from >= 0 && from >= this.from && (this.found < 0 || from <= this.found)) return this.found;
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** End of a character reference (`&nbsp;`, `&#160;`, `&#xA0;`) starting at `at`, or -1. */
export function characterReferenceEnd(text: string, at: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = (text.charCodeAt(i) | 32) === 120; /* x */
    if (hex) i++;
    const digitsStart = i;
    const longest = hex ? 6 : 7;
    while (i - digitsStart < longest && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    return i > digitsStart && text.charCodeAt(i) === 59 ? i + 1 : -1;
  }
  if (!isAsciiLetter(text.charCodeAt(i))) return -1;
  const nameStart = i;
  while (i - nameStart < 32 && isAsciiAlphanumeric(text.charCodeAt(i))) i++;
  return i - nameStart >= 2 && text.charCodeAt(i) === 59 ? i + 1 : -1;
}

/** End of an autolink (`<https://…>`, `<name@example.com>`) starting at `at`, or -1. */
function autolinkEnd(text: string, at: number): number {
  let i = at + 1;
  if (isAsciiLetter(text.charCodeAt(i))) {
    let j = i + 1;
    while (j - i < 32) {
      const code = text.charCodeAt(j);
      if (!(isAsciiAlphanumeric(code) || code === 43 || code === 46 || code === 45)) break;
      j++;
    }
    if (j - i >= 2 && text.charCodeAt(j) === 58 /* : */) {
      j++;
      while (j < text.length) {
        const code = text.charCodeAt(j);
        if (code <= 32 || code === 60 || code === 62 || code === 127) break;
        j++;
      }
      if (text.charCodeAt(j) === 62) return j + 1;
    }
  }
  // An e-mail address: a local part, `@`, then dot-separated labels.
  while (i < text.length && isEmailLocalChar(text.charCodeAt(i))) i++;
  if (i === at + 1 || text.charCodeAt(i) !== 64 /* @ */) return -1;
  i++;
  for (;;) {
    const labelStart = i;
    while (i < text.length && (isAsciiAlphanumeric(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    if (i === labelStart) return -1;
    if (text.charCodeAt(i) === 62) return i + 1;
    if (text.charCodeAt(i) !== 46) return -1;
    i++;
  }
}

function isEmailLocalChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || (code < 128 && ".!#$%&'*+/=?^_`{|}~-".includes(String.fromCharCode(code)));
}

/**
 * The tail of an inline link or image from its `]` at `at`: `](destination "title")`. Returns its end, or -1
 * when none stands there (CommonMark 6.3, with destinations and titles bounded in length).
 */
function linkTailEnd(text: string, at: number): number {
  if (text.charCodeAt(at + 1) !== 40 /* ( */) return -1;
  const limit = Math.min(text.length, at + LONGEST_LINK_TAIL);
  let i = at + 2;
  while (i < limit && isWhitespace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 60 /* < */) {
    i++;
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (code === 62 || code === 60 || code === 10 || code === 13) break;
      i += code === 92 ? 2 : 1;
    }
    if (text.charCodeAt(i) !== 62) return -1;
    i++;
  } else {
    let depth = 0;
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (code <= 32 || code === 127) break;
      if (code === 92 && isAsciiPunctuation(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      if (code === 40) {
        if (++depth > DEEPEST_PARENTHESES) return -1;
      } else if (code === 41) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (depth !== 0) return -1;
  }
  const afterDestination = i;
  while (i < limit && isWhitespace(text.charCodeAt(i))) i++;
  const opening = text.charCodeAt(i);
  if (i > afterDestination && (opening === 34 || opening === 39 || opening === 40)) {
    const closing = opening === 40 ? 41 : opening;
    i++;
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (code === closing) break;
      if (opening === 40 && code === 40) return -1;
      i += code === 92 ? 2 : 1;
    }
    if (i >= limit) return -1;
    i++;
    while (i < limit && isWhitespace(text.charCodeAt(i))) i++;
  }
  return i < limit && text.charCodeAt(i) === 41 ? i + 1 : -1;
}

/** `[!INCLUDE[title](path)]` starting at `at`: its end, or -1. */
function includeEnd(text: string, at: number): number {
  if (!text.startsWith('[!', at) || text.slice(at + 2, at + 9).toUpperCase() !== 'INCLUDE') return -1;
  let i = at + 9;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 91) return -1;
  i++;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 93 || code === 91 || code === 10 || code === 13) break;
    i += code === 92 ? 2 : 1;
  }
  if (text.charCodeAt(i) !== 93) return -1;
  const tail = linkTailEnd(text, i);
  return tail > 0 && text.charCodeAt(tail) === 93 ? tail + 1 : -1;
}

/** `[!NOTE]`-style alert marker starting at `at`: its end, or -1. */
function alertEnd(text: string, at: number): number {
  if (!text.startsWith('[!', at)) return -1;
  let close = at + 2;
  while (close < text.length && close - at <= LONGEST_ALERT && isAsciiLetter(text.charCodeAt(close))) close++;
  if (text.charCodeAt(close) !== 93 /* ] */) return -1;
  return ALERT_NAMES.has(text.slice(at + 2, close).toUpperCase()) ? close + 1 : -1;
}

/** Whether the tag starting at `at` (after `<` or `</`) is named `name`, case-insensitively. */
function tagNamed(text: string, nameStart: number, name: string): boolean {
  if (text.slice(nameStart, nameStart + name.length).toLowerCase() !== name) return false;
  const after = text.charCodeAt(nameStart + name.length);
  return !(isAsciiAlphanumeric(after) || after === 45);
}

/** CommonMark's "process emphasis" over delimiter runs, recording which delimiters of each run were used. */
function resolveEmphasis(runs: readonly EmphasisRun[]): void {
  processEmphasis(runs, (opener, closer, used) => {
    opener.usedAsOpener += used;
    closer.usedAsCloser += used;
  });
}

/** The markup of `text`, as marks in order (some undecided until the end). */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const codeSpans = findCodeSpans(text);
  const scanner = new TagScanner(text);
  const closingCode = new NextIndex(text, '</code>');
  const commentEnd = new NextIndex(text, '-->');
  const instructionEnd = new NextIndex(text, '?>');
  const cdataEnd = new NextIndex(text, ']]>');
  const declarationEnd = new NextIndex(text, '>');
  const brackets: BracketOpener[] = [];
  let runs: EmphasisRun[] = [];
  const resolvedRuns: EmphasisRun[][] = [];
  let nextCode = 0;

  const mark = (start: number, end: number, role: MarkupRole): number => {
    marks.push({ start, end, role, run: undefined });
    return end;
  };

  /** End of raw HTML (a tag, a comment, a processing instruction, a declaration, CDATA) at `at`, or -1. */
  const rawHtmlEnd = (at: number): number => {
    const next = text.charCodeAt(at + 1);
    if (next === 47 /* / */) return scanner.closingTagEnd(at);
    if (isAsciiLetter(next)) return scanner.openTagEnd(at);
    if (next === 63 /* ? */) {
      const end = instructionEnd.after(at + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (next !== 33 /* ! */) return -1;
    if (text.startsWith('<!-->', at)) return at + 5;
    if (text.startsWith('<!--->', at)) return at + 6;
    if (text.startsWith('<!--', at)) {
      const end = commentEnd.after(at + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (text.startsWith('<![CDATA[', at)) {
      const end = cdataEnd.after(at + 9);
      return end < 0 ? -1 : end + 3;
    }
    if (isAsciiLetter(text.charCodeAt(at + 2))) {
      const end = declarationEnd.after(at + 2);
      return end < 0 ? -1 : end + 1;
    }
    return -1;
  };

  let i = 0;
  while (i < text.length) {
    while (nextCode < codeSpans.length && codeSpans[nextCode]!.span.start < i) nextCode++;
    const codeSpan = codeSpans[nextCode];
    if (codeSpan && codeSpan.span.start === i) {
      i = mark(i, codeSpan.span.end, 'code');
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      i = isAsciiPunctuation(text.charCodeAt(i + 1)) ? mark(i, i + 2, 'other') : i + 1;
      continue;
    }
    if (code === 38 /* & */) {
      const end = characterReferenceEnd(text, i);
      if (end < 0) i++;
      else if (TEXT_REFERENCES[text.slice(i, end)] !== undefined) i = end;
      else i = mark(i, end, 'entity');
      continue;
    }
    if (code === 60 /* < */) {
      const autolink = autolinkEnd(text, i);
      if (autolink > 0) {
        i = mark(i, autolink, 'link');
        continue;
      }
      const end = rawHtmlEnd(i);
      if (end < 0) {
        i++;
        continue;
      }
      if (tagNamed(text, i + 1, 'code')) {
        const close = text.charCodeAt(end - 2) === 47 ? -1 : closingCode.after(end);
        i = mark(i, close < 0 ? end : close + 7, close < 0 ? 'tag' : 'code');
      } else {
        i = mark(i, end, tagNamed(text, i + 1, 'br') ? 'break' : 'tag');
      }
      continue;
    }
    if (code === 42 /* * */ || code === 95 /* _ */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) === code) end++;
      const read = delimiterRun(text, i, end);
      const run: EmphasisRun = {
        char: read.char,
        originalLength: read.originalLength,
        remaining: read.remaining,
        canOpen: read.canOpen,
        canClose: read.canClose,
        start: i,
        end,
        usedAsOpener: 0,
        usedAsCloser: 0,
      };
      runs.push(run);
      marks.push({ start: i, end, role: null, run });
      i = end;
      continue;
    }
    if (code === 91 /* [ */ || (code === 33 /* ! */ && text.charCodeAt(i + 1) === 91)) {
      const image = code === 33;
      const bracket = image ? i + 1 : i;
      const include = includeEnd(text, bracket);
      const alert = include < 0 ? alertEnd(text, bracket) : -1;
      if (include > 0 || alert > 0) {
        if (image) i++;
        i = include > 0 ? mark(i, include, 'include') : mark(i, alert, 'other');
        continue;
      }
      const opener: Mark = { start: i, end: bracket + 1, role: null, run: undefined };
      marks.push(opener);
      brackets.push({ mark: opener, image, active: true, runsBefore: runs.length });
      i = bracket + 1;
      continue;
    }
    if (code === 93 /* ] */) {
      const opener = brackets.pop();
      const tail = opener?.active ? linkTailEnd(text, i) : -1;
      const nextCodeStart = codeSpans[nextCode]?.span.start ?? Infinity;
      if (!opener || tail < 0 || nextCodeStart < tail) {
        i++;
        continue;
      }
      const role: MarkupRole = opener.image ? 'image' : 'link';
      opener.mark.role = role;
      // Emphasis inside the link text is resolved within it (CommonMark's "process emphasis" on the link).
      resolvedRuns.push(runs.slice(opener.runsBefore));
      runs = runs.slice(0, opener.runsBefore);
      if (!opener.image) for (const earlier of brackets) earlier.active = false;
      i = mark(i, tail, role);
      continue;
    }
    i++;
  }
  for (const group of resolvedRuns) resolveEmphasis(group);
  resolveEmphasis(runs);
  return marks;
}

/** A text piece for `raw`, with the references a translator types read as their characters. */
function textPiece(raw: string): TextPiece {
  if (raw.indexOf('&') < 0) return { kind: 'text', raw, text: raw };
  let text = '';
  let at = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', at)) {
    const end = characterReferenceEnd(raw, amp);
    const decoded = end > 0 ? TEXT_REFERENCES[raw.slice(amp, end)] : undefined;
    if (decoded === undefined) {
      text += raw.slice(at, amp + 1);
      at = amp + 1;
    } else {
      text += raw.slice(at, amp) + decoded;
      at = end;
    }
  }
  return { kind: 'text', raw, text: text + raw.slice(at) };
}

/** The pieces of a unit's raw text; joining their `raw` gives `raw` back. */
export function textPieces(raw: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let textStart = 0;
  const markup = (start: number, end: number, role: MarkupRole): void => {
    if (start > textStart) pieces.push(textPiece(raw.slice(textStart, start)));
    pieces.push({ kind: 'markup', raw: raw.slice(start, end), role });
    textStart = end;
  };
  for (const found of findMarks(raw)) {
    const { run } = found;
    if (run) {
      if (run.usedAsCloser > 0) markup(run.start, run.start + run.usedAsCloser, 'emphasis');
      if (run.usedAsOpener > 0) markup(run.end - run.usedAsOpener, run.end, 'emphasis');
    } else if (found.role !== null) {
      markup(found.start, found.end, found.role);
    }
  }
  if (textStart < raw.length) pieces.push(textPiece(raw.slice(textStart)));
  return pieces;
}
