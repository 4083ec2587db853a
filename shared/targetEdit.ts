/**
 * What a committed target cell writes into the article. The grid sends the target's pieces in their new order
 * (text as typed, markup as its raw); this computes the new raw inner target so that the article reads back as
 * exactly what the grid showed, and so that an edit touches as few bytes as it can:
 *
 * - The common start and end of the old and the new target (compared item by item: each text character, each
 *   markup piece by its raw) keep their bytes exactly; only the changed middle is written anew.
 * - Typed text can never open or close markup: `&`, `<`, `>` are written `&amp;`, `&lt;`, `&gt;` (the form the real
 *   files use), a backtick `&#96;`, a `]` before `(` `&#93;` (no link destination), and a backslash that would
 *   escape what follows (ASCII punctuation, or the target's `</span>` when it is last) `&#92;`. The server's reader
 *   reads these six back as text.
 * - Line breaks in the rewritten middle become spaces: a unit is inline, and a line break would end the table
 *   row, list item or heading it stands in (a blank line, its paragraph). Kept line breaks stay.
 *
 * Pure and free of imports beyond the protocol's types, so the webview, the extension and the tests share it.
 */
import type { EditedPiece, TextPiece } from './protocol';

/** One thing the translator sees: a character of text (one UTF-16 code unit) or a whole markup piece. */
interface Item {
  readonly markup: boolean;
  /** The character, or the markup's raw. */
  readonly shown: string;
  /** How the item is written in the file now. */
  readonly raw: string;
}

/**
 * Character references read as the character they stand for, as text a translator types: the three Markdown text
 * needs and the three this module writes for a backslash, a backtick or a `]` that would otherwise be markup.
 */
export const TEXT_REFERENCES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&#92;': '\\',
  '&#96;': '`',
  '&#93;': ']',
};
const REFERENCES = Object.keys(TEXT_REFERENCES);

/** What the grid shows of pieces: text as read, markup as its raw. */
export function displayText(pieces: readonly (TextPiece | EditedPiece)[]): string {
  let shown = '';
  for (const piece of pieces) shown += piece.kind === 'text' ? piece.text : piece.raw;
  return shown;
}


/** The raw of each character of a text piece, read the way the server reads it (references as one character). */
function textItems(piece: Extract<TextPiece, { kind: 'text' }>, into: Item[]): void {
  const { raw } = piece;
  let at = 0;
  while (at < raw.length) {
    if (raw.charCodeAt(at) === 38 /* & */) {
      const reference = REFERENCES.find((candidate) => raw.startsWith(candidate, at));
      if (reference !== undefined) {
        into.push({ markup: false, shown: TEXT_REFERENCES[reference]!, raw: reference });
        at += reference.length;
        continue;
      }
    }
    const character = raw[at]!;
    into.push({ markup: false, shown: character, raw: character });
    at++;
  }
}

function originalItems(pieces: readonly TextPiece[]): Item[] {
  const items: Item[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'markup') items.push({ markup: true, shown: piece.raw, raw: piece.raw });
    else textItems(piece, items);
  }
  return items;
}

function editedItems(pieces: readonly EditedPiece[]): Item[] {
  const items: Item[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'markup') {
      items.push({ markup: true, shown: piece.raw, raw: piece.raw });
      continue;
    }
    const { text } = piece;
    for (let i = 0; i < text.length; i++) items.push({ markup: false, shown: text[i]!, raw: '' });
  }
  return items;
}

function sameItem(a: Item, b: Item): boolean {
  return a.markup === b.markup && a.shown === b.shown;
}

function isHighSurrogate(item: Item | undefined): boolean {
  const code = item && !item.markup ? item.shown.charCodeAt(0) : 0;
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(item: Item | undefined): boolean {
  const code = item && !item.markup ? item.shown.charCodeAt(0) : 0;
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A kept character written bare that could join with what is written after it into markup or a reference
 * (`\` + `*`, `&` + `lt;`, `<` + `b>`): it is written anew with the changed middle instead.
 */
const JOINING: ReadonlySet<string> = new Set(['\\', '&', '<', ']']);

function mayJoinWithNext(item: Item | undefined): boolean {
  return item !== undefined && !item.markup && JOINING.has(item.raw);
}

/** Where a bare `&` followed only by name characters ends the kept start (`R&D`), or `prefix` when none does. */
function openReferenceStart(items: readonly Item[], prefix: number): number {
  let at = prefix - 1;
  while (at >= 0 && prefix - at <= 33 && isReferenceNameItem(items[at]!)) at--;
  const item = items[at];
  return item !== undefined && !item.markup && item.raw === '&' ? at : prefix;
}

function isReferenceNameItem(item: Item): boolean {
  if (item.markup || item.raw.length !== 1) return false;
  const code = item.raw.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 35;
}

function isFragile(items: readonly Item[], at: number): boolean {
  const item = items[at]!;
  if (item.markup) return false;
  if (item.raw === '`' || item.raw === '<') return true;
  const next = items[at + 1];
  return item.raw === ']' && next !== undefined && !next.markup && next.raw === '(';
}

function isAsciiPunctuation(code: number): boolean {
  if (code < 0x21 || code > 0x7e) return false;
  return code <= 0x2f || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || code >= 0x7b;
}

function writeCharacter(character: string, nextRaw: string): string {
  switch (character) {
    case '\n':
      return ' ';
    case '\r':
      // `\r\n` is one line break, made one space by its `\n`.
      return nextRaw === ' ' ? '' : ' ';
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '`':
      return '&#96;';
    case ']':
      // `](` would start a link's destination, where `&lt;` and `&amp;` are not read back as `<` and `&`.
      return nextRaw.charCodeAt(0) === 40 /* ( */ ? '&#93;' : ']';
    case '\\':
      // At the end of the target the `</span>` follows: a backslash there would escape its `<`.
      return nextRaw === '' || isAsciiPunctuation(nextRaw.charCodeAt(0)) ? '&#92;' : '\\';
    default:
      return character;
  }
}

/** Where the old and the new target differ, as items: `[prefix, original.length - suffix)` was replaced. */
interface ItemChange {
  readonly original: readonly Item[];
  readonly edited: readonly Item[];
  readonly prefix: number;
  readonly suffix: number;
}

function itemChange(original: readonly TextPiece[], edited: readonly EditedPiece[]): ItemChange {
  const before = originalItems(original);
  const after = editedItems(edited);
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && sameItem(before[prefix]!, after[prefix]!)) prefix++;
  let suffix = 0;
  const sameFromEnd = (back: number): boolean =>
    sameItem(before[before.length - 1 - back]!, after[after.length - 1 - back]!);
  while (suffix < shortest - prefix && sameFromEnd(suffix)) suffix++;
  if (prefix === before.length && prefix === after.length) {
    return { original: before, edited: after, prefix, suffix: 0 };
  }
  // Never split a surrogate pair, and never leave a bare `\`, `&`, `<` or `]` just before new text, nor a bare `&`
  // that the new text could end as a reference (`R&D` + `x;` would read `&Dx;`).
  prefix = Math.min(prefix, openReferenceStart(before, prefix));
  while (prefix > 0 && (isHighSurrogate(before[prefix - 1]) || mayJoinWithNext(before[prefix - 1]))) prefix--;
  while (suffix > 0 && isLowSurrogate(before[before.length - suffix])) suffix--;
  // A bare backtick, `<` or `](` kept as text could become markup with what the edit brings (a moved `\``, a typed
  // letter after `<!`, a typed `[`) and take new text into code, raw HTML or a link destination, where references
  // read back as written: such characters are written anew, as references.
  let firstFragile = 0;
  while (firstFragile < prefix && !isFragile(before, firstFragile)) firstFragile++;
  prefix = firstFragile;
  let lastFragile = before.length - 1;
  while (lastFragile >= before.length - suffix && !isFragile(before, lastFragile)) lastFragile--;
  suffix = before.length - 1 - lastFragile;
  return { original: before, edited: after, prefix, suffix };
}

function rawOf(items: readonly Item[], from: number, to: number): string {
  let raw = '';
  for (let i = from; i < to; i++) raw += items[i]!.raw;
  return raw;
}

/** The changed middle written anew, from its end backwards so each backslash knows what follows it. */
interface WrittenChange {
  readonly middle: string;
  /** The raw kept before and after the middle. */
  readonly kept: { readonly head: string; readonly tail: string };
}

function writeMiddle(change: ItemChange): WrittenChange {
  const { original, edited, prefix, suffix } = change;
  const head = rawOf(original, 0, prefix);
  const tail = rawOf(original, original.length - suffix, original.length);
  const written: string[] = [];
  let next = tail;
  for (let i = edited.length - suffix - 1; i >= prefix; i--) {
    const item = edited[i]!;
    const raw = item.markup ? item.raw : writeCharacter(item.shown, next);
    written.push(raw);
    next = raw;
  }
  return { middle: written.reverse().join(''), kept: { head, tail } };
}

function endsAndStartsWithBacktick(before: string, after: string): boolean {
  return before.endsWith('`') && after.startsWith('`');
}

/** Pairs of neighbouring markup pieces whose backticks touch (`` `a` `` right before `` `b` ``), as `a\0b` keys. */
function touchingBackticks(pieces: readonly (TextPiece | EditedPiece)[]): string[] {
  const pairs: string[] = [];
  let previous: TextPiece | EditedPiece | undefined;
  for (const piece of pieces) {
    if (piece.kind === 'text' && piece.text === '') continue;
    if (previous?.kind === 'markup' && piece.kind === 'markup' && endsAndStartsWithBacktick(previous.raw, piece.raw)) {
      pairs.push(`${previous.raw}\0${piece.raw}`);
    }
    previous = piece;
  }
  return pairs;
}

/** Why an edit cannot be written; the client words it in the user's language. */
export type UnwritableEdit =
  | { readonly kind: 'touchingBackticks'; readonly first: string; readonly second: string }
  | { readonly kind: 'codeOrder' };

/**
 * Why an edit cannot be written so that it reads back as the grid shows it, or null when it can. Markup that pairs
 * anew would make code of text, whose references then read back as written: two tokens with touching backticks
 * (`` `a` `` moved right before `` `b` ``) make one longer run of backticks, which Markdown pairs differently, and
 * code or a lone `<code>` moved past other such markup pairs with it.
 */
export function unwritableEdit(original: readonly TextPiece[], edited: readonly EditedPiece[]): UnwritableEdit | null {
  const before = new Set(touchingBackticks(original));
  const touching = touchingBackticks(edited).find((pair) => !before.has(pair));
  if (touching !== undefined) {
    const [first = '', second = ''] = touching.split('\0');
    return { kind: 'touchingBackticks', first, second };
  }
  if (!keepsCodeOrder(original, edited)) return { kind: 'codeOrder' };
  return null;
}

/** Markup whose backticks or `<code>` tags pair with other markup: it decides what is code. */
const PAIRS_AS_CODE = /`|<\/?code[\s/>]/i;

/** Whether the edited markup that decides what is code stands in its original order (some may be deleted). */
function keepsCodeOrder(original: readonly TextPiece[], edited: readonly EditedPiece[]): boolean {
  const before = original.filter((piece) => piece.kind === 'markup' && PAIRS_AS_CODE.test(piece.raw));
  let at = 0;
  for (const piece of edited) {
    if (piece.kind !== 'markup' || !PAIRS_AS_CODE.test(piece.raw)) continue;
    while (at < before.length && before[at]!.raw !== piece.raw) at++;
    if (at === before.length) return false;
    at++;
  }
  return true;
}

/** The new raw inner target after an edit; the original raw exactly when nothing changed. */
export function targetTextAfterEdit(original: readonly TextPiece[], edited: readonly EditedPiece[]): string {
  const change = itemChange(original, edited);
  if (change.prefix === change.original.length && change.prefix === change.edited.length) {
    return original.map((piece) => piece.raw).join('');
  }
  const { middle, kept } = writeMiddle(change);
  return kept.head + middle + kept.tail;
}

/** The smallest replacement inside the raw target: UTF-16 offsets `[start, end)` of the old raw, and the new text. */
export interface TargetChange {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The edit as the smallest replacement inside the target's raw text; null when nothing changed. */
export function targetChange(original: readonly TextPiece[], edited: readonly EditedPiece[]): TargetChange | null {
  const change = itemChange(original, edited);
  if (change.prefix === change.original.length && change.prefix === change.edited.length) return null;
  const { middle, kept } = writeMiddle(change);
  const originalLength = original.reduce((length, piece) => length + piece.raw.length, 0);
  return { start: kept.head.length, end: originalLength - kept.tail.length, newText: middle };
}
