/**
 * A small reader of Markdown inline text (a unit's target or source), enough for the translation checks to
 * compare the two halves of a unit: link and image destinations, inline code, numbers, emphasis, includes,
 * alert markers, line breaks and table pipes.
 *
 * It is not a Markdown renderer. It follows CommonMark where the result would otherwise differ between a correct
 * translation and its source (backslash escapes, code spans with backtick strings of equal length, flanking rules
 * so that `snake_case_names` are not emphasis) and is deliberately simple elsewhere. Every step moves forward, and
 * every look-ahead is either bounded or never repeated over the same characters, so the reader is linear in the
 * text: units can be megabytes long.
 */
import type { TextSpan } from '../../model';
import { rememberedCodeUnitTest } from '../../rememberedCodeUnitTest';

/** Where a link, image, include or autolink points, with `span` relative to the scanned text. */
export interface Destination {
  readonly kind: 'link' | 'reference' | 'autolink' | 'html';
  /** The destination as written (angle brackets of `<url>` removed). */
  readonly text: string;
  readonly span: TextSpan;
}

export interface CodeSpan {
  /** The code between the backtick strings (or inside `<code>`), as written. */
  readonly code: string;
  readonly span: TextSpan;
}

export interface NumberToken {
  /** Digits (any script's decimal digits, mapped to ASCII) and the separators written between them. */
  readonly text: string;
  readonly span: TextSpan;
}

export interface InlineScan {
  readonly destinations: readonly Destination[];
  readonly codeSpans: readonly CodeSpan[];
  readonly numbers: readonly NumberToken[];
  /** Digits written inside a word (`32` of `Win32`, `2` of `v2`): a translation may write them apart. */
  readonly wordNumbers: readonly NumberToken[];
  /** Strong emphasis: `**x**`, `__x__`, `<strong>`, `<b>`. */
  readonly bold: number;
  /** Emphasis: `*x*`, `_x_`, `<em>`, `<i>`. */
  readonly italic: number;
  /** `[!INCLUDE[...](...)]` markers. */
  readonly includes: number;
  /** `[!NOTE]`, `[!TIP]`, ... by upper-case name. */
  readonly alerts: ReadonlyMap<string, number>;
  /** `<br>`, `<br/>`, `<br />`. */
  readonly lineBreaks: number;
  /** Offsets of `|` that are neither escaped nor inside code. */
  readonly pipes: readonly number[];
}

const BACKTICK = 0x60;
const BACKSLASH = 0x5c;

/** `\` escapes exactly the ASCII punctuation characters (CommonMark 2.4). */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

const UNICODE_WHITESPACE = /\s/u;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

/** The decimal value of a digit in any of the scripts real articles use, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10; // full-width (CJK)
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660; // Arabic-Indic
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0; // Extended Arabic-Indic (Persian, Urdu)
  if (code >= 0x0966 && code <= 0x096f) return code - 0x0966; // Devanagari
  if (code >= 0x0e50 && code <= 0x0e59) return code - 0x0e50; // Thai
  return -1;
}

function isDigit(text: string, index: number): boolean {
  return index < text.length && digitValue(text.charCodeAt(index)) >= 0;
}

/** The character before/after a position, as a string (a whole code point), or '' at the edges. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1]!;
}

function charAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) return text.slice(index, index + 2);
  return text[index]!;
}

interface BacktickRun {
  readonly start: number;
  readonly length: number;
}

/**
 * Code spans by CommonMark 6.1: a backtick string opens a span that the next backtick string of the same length
 * closes. For each length a pointer walks forward through the runs of that length, so finding closers is linear.
 */
export function findCodeSpans(text: string): readonly CodeSpan[] {
  if (text.indexOf('`') < 0) return NONE;
  const runs: BacktickRun[] = [];
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) {
    const start = i;
    while (i + 1 < text.length && text.charCodeAt(i + 1) === BACKTICK) i++;
    runs.push({ start, length: i - start + 1 });
  }
  if (runs.length < 2) return NONE;
  const runsByLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = runsByLength.get(run.length);
    if (list) list.push(index);
    else runsByLength.set(run.length, [index]);
  });
  const nextOfLength = new Map<number, number>();
  const spans: CodeSpan[] = [];
  let consumedUntil = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    if (run.start < consumedUntil) continue;
    let backslashes = 0;
    while (run.start - backslashes - 1 >= consumedUntil && text.charCodeAt(run.start - backslashes - 1) === BACKSLASH)
      backslashes++;
    // An escaped first backtick is literal; the rest of the string can still open a span.
    const escaped = backslashes % 2 === 1;
    const openerLength = escaped ? run.length - 1 : run.length;
    if (openerLength === 0) continue;
    const candidates = runsByLength.get(openerLength);
    if (!candidates) continue;
    let pointer = nextOfLength.get(openerLength) ?? 0;
    while (pointer < candidates.length && candidates[pointer]! <= index) pointer++;
    nextOfLength.set(openerLength, pointer);
    if (pointer >= candidates.length) continue;
    const closer = runs[candidates[pointer]!]!;
    const openerStart = escaped ? run.start + 1 : run.start;
    spans.push({
      code: text.slice(run.start + run.length, closer.start),
      span: { start: openerStart, end: closer.start + closer.length },
    });
    consumedUntil = closer.start + closer.length;
  }
  return spans;
}

export interface DelimiterRun {
  readonly char: number;
  readonly originalLength: number;
  remaining: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

type CharacterClass = 'space' | 'punctuation' | 'other';

/** CommonMark's classes for flanking: the text's edges count as whitespace. */
function classify(char: string): CharacterClass {
  if (char === '') return 'space';
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code <= 0x20) return 'space';
    return isAsciiPunctuation(code) ? 'punctuation' : 'other';
  }
  if (UNICODE_WHITESPACE.test(char)) return 'space';
  return UNICODE_PUNCTUATION.test(char) ? 'punctuation' : 'other';
}

export function delimiterRun(text: string, start: number, end: number): DelimiterRun {
  const before = classify(charBefore(text, start));
  const after = classify(charAt(text, end));
  const beforeIsSpace = before === 'space';
  const afterIsSpace = after === 'space';
  const beforeIsPunctuation = before === 'punctuation';
  const afterIsPunctuation = after === 'punctuation';
  const leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation);
  const rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation);
  const char = text.charCodeAt(start);
  const underscore = char === 0x5f;
  // `_` inside a word (snake_case_names) neither opens nor closes (CommonMark 6.2, rules 2 and 4).
  const canOpen = underscore ? leftFlanking && (!rightFlanking || beforeIsPunctuation) : leftFlanking;
  const canClose = underscore ? rightFlanking && (!leftFlanking || afterIsPunctuation) : rightFlanking;
  const length = end - start;
  return { char, originalLength: length, remaining: length, canOpen, canClose };
}

/**
 * CommonMark's "process emphasis" over delimiter runs: pairs each closer with the nearest opener that may match it
 * and tells `onMatch` how many delimiters (1 plain, 2 strong) each pair uses. Linear in the runs: below a stack
 * height remembered per kind of closer no opener can match, so later searches stop there.
 */
export function processEmphasis<Run extends DelimiterRun>(
  runs: readonly Run[],
  onMatch: (opener: Run, closer: Run, used: 1 | 2) => void,
): void {
  const openers: Run[] = [];
  const openersBottom = new Map<number, number>();
  for (const closer of runs) {
    if (closer.canClose) {
      while (closer.remaining > 0) {
        const key = closer.char * 8 + (closer.canOpen ? 4 : 0) + (closer.originalLength % 3);
        const bottom = openersBottom.get(key) ?? 0;
        let found = -1;
        for (let i = openers.length - 1; i >= bottom; i--) {
          const opener = openers[i]!;
          if (opener.char !== closer.char) continue;
          const bothMayBeEither = opener.canClose || closer.canOpen;
          const sum = opener.originalLength + closer.originalLength;
          const bothMultiplesOfThree = opener.originalLength % 3 === 0 && closer.originalLength % 3 === 0;
          if (bothMayBeEither && sum % 3 === 0 && !bothMultiplesOfThree) continue;
          found = i;
          break;
        }
        if (found < 0) {
          openersBottom.set(key, openers.length);
          break;
        }
        const opener = openers[found]!;
        const used = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
        opener.remaining -= used;
        closer.remaining -= used;
        onMatch(opener, closer, used);
        openers.length = opener.remaining > 0 ? found + 1 : found;
      }
    }
    if (closer.remaining > 0 && closer.canOpen) openers.push(closer);
  }
}

/** Strong and plain emphasis, counted. */
function countEmphasis(runs: readonly DelimiterRun[]): { bold: number; italic: number } {
  if (runs.length < 2) return { bold: 0, italic: 0 };
  let bold = 0;
  let italic = 0;
  processEmphasis(runs, (_opener, _closer, used) => {
    if (used === 2) bold++;
    else italic++;
  });
  return { bold, italic };
}

// Sticky expressions, matched at a position of the whole text (no copies of it).
const ALERT = /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/iy;
const INCLUDE = /\[!INCLUDE\s*\[/iy;
const LINE_BREAK_TAG = /<br\s*\/?>/iy;
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/y;
const ATTRIBUTE_URL = /\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const BARE_URL = /(?:https?|ftp):\/\//iy;
/** Entities that stand for a space in numbers such as `1&nbsp;234`. */
const SPACE_ENTITY = /&(?:nbsp|#160|#x[aA]0|#8239|#x202[fF]|thinsp|#8201);/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Separators that may stand between the digit groups of one number (`1,234.5`, `1 234,5`, `1'234`). */
function isNumberSeparator(char: string): boolean {
  return (
    char === '.' ||
    char === ',' ||
    char === '\u00a0' ||
    char === '\u202f' ||
    char === '\u2009' ||
    char === "'" ||
    char === '\u066b' ||
    char === '\u066c'
  );
}

const NO_ALERTS: ReadonlyMap<string, number> = new Map();
const NONE: readonly never[] = Object.freeze([]);
const NO_EMPHASIS = { bold: 0, italic: 0 } as const;

/**
 * ASCII characters the reader acts on: `\ | * _ < & [ ]`, digits and letters. Every other ASCII character is
 * stepped over at once, which matters because the reader sees every character of every unit.
 */
const ASCII_OF_INTEREST = new Uint8Array(128);
for (const char of '\\|*_<&[]') ASCII_OF_INTEREST[char.charCodeAt(0)] = 1;
for (let code = 0x30; code <= 0x39; code++) ASCII_OF_INTEREST[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) ASCII_OF_INTEREST[code] = ASCII_OF_INTEREST[code + 0x20] = 1;

/** CJK, kana and Hangul (not the full-width forms, which hold digits): neither word letters nor digits here. */
function isIdeographicOrHangul(code: number): boolean {
  return (code >= 0x2e80 && code < 0xa640) || (code >= 0xac00 && code < 0xff00);
}

export function scanInline(text: string): InlineScan {
  const codeSpans = findCodeSpans(text);
  // Made on first use: most unit texts hold few of these, and the reader runs on every text of every unit.
  let htmlCodeSpans: CodeSpan[] | undefined;
  let destinations: Destination[] | undefined;
  let numbers: NumberToken[] | undefined;
  let wordNumbers: NumberToken[] | undefined;
  let delimiterRuns: DelimiterRun[] | undefined;
  let pipes: number[] | undefined;
  let alerts: Map<string, number> | undefined;
  let htmlBold = 0;
  let htmlItalic = 0;
  let includes = 0;
  let lineBreaks = 0;
  let nextCodeSpan = 0;
  /** Where the next `</code>` is once looked for (-1: there is none), so no stretch is searched twice. */
  let closingCodeTagAt = -2;

  let i = 0;
  /** Where the next code span starts: everything before it is read here, the span itself skipped. */
  let nextCodeStart = codeSpans.length > 0 ? codeSpans[0]!.span.start : Infinity;
  while (i < text.length) {
    if (i >= nextCodeStart) {
      while (nextCodeSpan < codeSpans.length && codeSpans[nextCodeSpan]!.span.end <= i) nextCodeSpan++;
      const codeSpan = codeSpans[nextCodeSpan];
      nextCodeStart = codeSpan ? codeSpan.span.start : Infinity;
      if (codeSpan && i >= codeSpan.span.start) {
        i = codeSpan.span.end;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_OF_INTEREST[code] === 0 : isIdeographicOrHangul(code)) {
      i++;
      continue;
    }
    if (code === BACKSLASH && i + 1 < text.length && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    if (code === 0x7c /* | */) {
      (pipes ??= []).push(i);
      i++;
      continue;
    }
    if (code === 0x2a /* * */ || code === 0x5f /* _ */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) === code) end++;
      (delimiterRuns ??= []).push(delimiterRun(text, i, end));
      i = end;
      continue;
    }
    if (code === 0x3c /* < */) {
      const autolink = matchAt(AUTOLINK, text, i) ?? matchAt(EMAIL_AUTOLINK, text, i);
      if (autolink) {
        (destinations ??= []).push({
          kind: 'autolink',
          text: autolink[1]!,
          span: { start: i + 1, end: i + 1 + autolink[1]!.length },
        });
        i += autolink[0].length;
        continue;
      }
      const lineBreak = matchAt(LINE_BREAK_TAG, text, i);
      if (lineBreak) {
        lineBreaks++;
        i += lineBreak[0].length;
        continue;
      }
      const tag = matchAt(HTML_TAG, text, i);
      // A tag ends at the first `>`; a `<` before it means this was not a tag after all.
      let end = i + 1;
      if (tag) while (end < text.length && text.charCodeAt(end) !== 0x3e && text.charCodeAt(end) !== 0x3c) end++;
      if (!tag || text.charCodeAt(end) !== 0x3e) {
        i++;
        continue;
      }
      const tagText = text.slice(i, end + 1);
      const name = tag[1]!.toLowerCase();
      const opening = tagText.charCodeAt(1) !== 0x2f;
      i = end + 1;
      if (!opening) continue;
      if (name === 'strong' || name === 'b') htmlBold++;
      else if (name === 'em' || name === 'i') htmlItalic++;
      const url = ATTRIBUTE_URL.exec(tagText);
      if (url) {
        const value = url[2] ?? url[3] ?? url[4]!;
        const valueStart =
          end + 1 - tagText.length + url.index + url[0].length - value.length - (url[4] === undefined ? 1 : 0);
        (destinations ??= []).push({
          kind: 'html',
          text: value,
          span: { start: valueStart, end: valueStart + value.length },
        });
      }
      if (name === 'code') {
        if (closingCodeTagAt !== -1 && closingCodeTagAt < i) closingCodeTagAt = text.indexOf('</code>', i);
        if (closingCodeTagAt >= i) {
          (htmlCodeSpans ??= []).push({
            code: text.slice(i, closingCodeTagAt),
            span: { start: end + 1 - tagText.length, end: closingCodeTagAt + 7 },
          });
          i = closingCodeTagAt + 7;
        }
      }
      continue;
    }
    if (code === 0x26 /* & */) {
      const entity = matchAt(ENTITY, text, i);
      i += entity ? entity[0].length : 1;
      continue;
    }
    if (code === 0x5b /* [ */) {
      const alert = matchAt(ALERT, text, i);
      if (alert) {
        const name = alert[1]!.toUpperCase();
        alerts ??= new Map();
        alerts.set(name, (alerts.get(name) ?? 0) + 1);
        i += alert[0].length;
        continue;
      }
      if (matchAt(INCLUDE, text, i)) includes++;
      i++;
      continue;
    }
    if (code === 0x5d /* ] */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x28 /* ( */) {
        const destination = readLinkDestination(text, i + 2);
        if (destination) {
          (destinations ??= []).push(destination);
          i = destination.span.end;
          continue;
        }
      } else if (next === 0x5b /* [ */) {
        const reference = readReferenceLabel(text, i + 2);
        if (reference) {
          (destinations ??= []).push(reference);
          i = reference.span.end + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (isWordStart(text, i)) {
      if (
        (code === 0x68 || code === 0x48 || code === 0x66 || code === 0x46) /* h H f F */ &&
        matchAt(BARE_URL, text, i)
      ) {
        const url = readBareUrl(text, i);
        (destinations ??= []).push({ kind: 'autolink', text: text.slice(url.start, url.end), span: url });
        i = url.end;
        continue;
      }
      // Letters glued to digits (`Win32`, `x64`, `SHA256`) make one word, not a number.
      let end = i;
      /** Most words hold no digit: their numbers are then not looked for again. */
      let firstDigit = -1;
      while (end < text.length) {
        if (isWordLetter(text, end)) end++;
        else if (isDigit(text, end)) {
          if (firstDigit < 0) firstDigit = end;
          end++;
        } else break;
      }
      for (let at = firstDigit; at >= 0 && at < end; at++) {
        if (!isDigit(text, at)) continue;
        let digitsEnd = at;
        let digits = '';
        while (digitsEnd < end && isDigit(text, digitsEnd)) digits += String(digitValue(text.charCodeAt(digitsEnd++)));
        (wordNumbers ??= []).push({ text: digits, span: { start: at, end: digitsEnd } });
        at = digitsEnd;
      }
      i = end;
      continue;
    }
    if (digitValue(code) >= 0) {
      const token = readNumber(text, i);
      (numbers ??= []).push(token);
      i = token.span.end;
      continue;
    }
    i++;
  }

  const emphasis = delimiterRuns ? countEmphasis(delimiterRuns) : NO_EMPHASIS;
  const allCodeSpans =
    htmlCodeSpans === undefined
      ? codeSpans
      : [...codeSpans, ...htmlCodeSpans].sort((a, b) => a.span.start - b.span.start);
  return {
    destinations: destinations ?? NONE,
    codeSpans: allCodeSpans,
    numbers: numbers ?? NONE,
    wordNumbers: wordNumbers ?? NONE,
    bold: emphasis.bold + htmlBold,
    italic: emphasis.italic + htmlItalic,
    includes,
    alerts: alerts ?? NO_ALERTS,
    lineBreaks,
    pipes: pipes ?? NONE,
  };
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /\p{L}/u.test(charAt(text, index));
}

/**
 * Letters of scripts that separate words with spaces: in these, letters and digits written together are one
 * word (`Win32`, `x64`). Ideographs and kana are not: `2つ` and `第2章` hold the number 2.
 */
function isWordLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Hebrew to Mongolian, CJK and kana, Hangul: none of these scripts, and by far the most common text here.
  if ((code >= 0x0590 && code < 0x1d00) || (code >= 0x2e80 && code < 0xa640) || (code >= 0xac00 && code < 0xff00))
    return false;
  if (code >= 0xd800 && code <= 0xdfff) return WORD_SCRIPT.test(charAt(text, index));
  return isWordScriptCodeUnit(code);
}

const WORD_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const isWordScriptCodeUnit = rememberedCodeUnitTest(WORD_SCRIPT);

function isWordStart(text: string, index: number): boolean {
  return isWordLetter(text, index) && !(index > 0 && (isWordLetter(text, index - 1) || isDigit(text, index - 1)));
}

/** `[text][label]`: the label, at most 999 characters and without brackets (CommonMark 4.7). */
function readReferenceLabel(text: string, start: number): Destination | undefined {
  let end = start;
  while (end < text.length && end - start < 1000) {
    const code = text.charCodeAt(end);
    if (code === 0x5d) break;
    if (code === 0x5b) return undefined;
    end += code === BACKSLASH ? 2 : 1;
  }
  if (text.charCodeAt(end) !== 0x5d || end === start) return undefined;
  return { kind: 'reference', text: text.slice(start, end), span: { start, end } };
}

/**
 * The destination of an inline link or image after `](`: `<...>` or a run without spaces whose parentheses
 * balance (CommonMark 6.3). Undefined when nothing there reads as a destination.
 */
function readLinkDestination(text: string, start: number): Destination | undefined {
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text.charCodeAt(i) === 0x3c /* < */) {
    let end = i + 1;
    while (end < text.length && text[end] !== '>' && text[end] !== '<' && text[end] !== '\n') {
      end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
    }
    if (text[end] !== '>') return undefined;
    return { kind: 'link', text: text.slice(i + 1, end), span: { start: i + 1, end } };
  }
  let end = i;
  let depth = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code <= 0x20 || code === 0x7f) break;
    if (code === BACKSLASH && end + 1 < text.length && isAsciiPunctuation(text.charCodeAt(end + 1))) {
      end += 2;
      continue;
    }
    if (code === 0x28) depth++;
    else if (code === 0x29) {
      if (depth === 0) break;
      depth--;
    }
    end++;
  }
  if (end === i && text.charCodeAt(end) !== 0x29) return undefined;
  return { kind: 'link', text: text.slice(i, end), span: { start: i, end } };
}

/**
 * A GFM extended autolink: up to a space, `<` or `]` (the end of a link text holding the URL), without trailing
 * punctuation or an unbalanced `)`.
 */
function readBareUrl(text: string, start: number): TextSpan {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (
      code <= 0x20 ||
      code === 0x3c ||
      code === 0x5d ||
      code === 0x22 ||
      code === 0x7f ||
      code === 0xa0 ||
      code === 0x3000
    )
      break;
    end++;
  }
  while (end > start && /[?!.,:*_~'"]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ')') {
    let balance = 0;
    for (let k = start; k < end; k++) {
      if (text[k] === '(') balance++;
      else if (text[k] === ')') balance--;
    }
    while (balance < 0 && text[end - 1] === ')') {
      end--;
      balance++;
    }
  }
  return { start, end };
}

/**
 * Digits with separators between digit groups (`1,234.5`, `1.234,5`, `1 234,5`, `1&nbsp;234`); a separator not
 * followed by a digit is not part of the number. A space groups thousands only after a group of one to three
 * digits, before exactly three, and only while no `.` or `,` has been seen (`Windows 10 2004` stays two numbers
 * only when the second is not three digits: both halves of a unit are read the same way, so they still compare).
 */
function readNumber(text: string, start: number): NumberToken {
  let digits = '';
  let i = start;
  let end: number;
  let groupLength = 0;
  let sawPoint = false;
  for (;;) {
    while (isDigit(text, i)) {
      digits += String(digitValue(text.charCodeAt(i)));
      groupLength++;
      i++;
    }
    end = i;
    const char = text[i] ?? '';
    if (isNumberSeparator(char) && isDigit(text, i + 1)) {
      digits += char;
      if (char === '.' || char === ',') sawPoint = true;
      groupLength = 0;
      i++;
      continue;
    }
    const spaceLength = char === ' ' ? 1 : char === '&' ? (matchAt(SPACE_ENTITY, text, i)?.[0].length ?? 0) : 0;
    if (
      spaceLength > 0 &&
      !sawPoint &&
      groupLength >= 1 &&
      groupLength <= 3 &&
      isThousandsGroup(text, i + spaceLength)
    ) {
      digits += '\u00a0';
      groupLength = 0;
      i += spaceLength;
      continue;
    }
    break;
  }
  return { text: digits, span: { start, end } };
}

function isThousandsGroup(text: string, at: number): boolean {
  return (
    isDigit(text, at) &&
    isDigit(text, at + 1) &&
    isDigit(text, at + 2) &&
    !isDigit(text, at + 3) &&
    !isLetter(text, at + 3)
  );
}
