/**
 * Finds the `<span>` tags of the text the way Markdown sees raw HTML (CommonMark's open and closing tag
 * grammar), so that literal text such as `<DomainName>`, `\<domain>`, `a <b c` or `<=` is never read as a tag
 * and never swallows the `</span>` after it. Code regions are skipped. HTML comments do not hide unit markup:
 * real articles hold units whose text is a bare `<!--` (a commented-out table row in the English), and the
 * units after it are still units to translate. Linear: every search below remembers where it last looked.
 */
import type { TextSpan } from '../model';
import type { EscapedTag } from './escapedMarkup';

export interface RawSpanTag {
  readonly span: TextSpan;
  readonly closing: boolean;
  /** The tag's text as the tokenizer should read it: escaped quotes put back, the same length as the original. */
  readonly source: string;
  readonly escaped: boolean;
  /**
   * Set for an open tag written byte for byte in the canonical form the translation tools write
   * (`<span data-ttu-id="646d1-104">`, `<span class="sxs-lookup">`, `<span data-stu-id="646d1-104">`): there is
   * nothing in it to decode, so it needs no tokenizer. Every other tag goes through parse5's.
   */
  readonly canonical?: CanonicalTag;
  /**
   * Set instead when the tag opens a whole unit written in the canonical form, with no `<` in its target or its
   * source: the unit's six tags are then read here at once (see `canonicalUnitAt`).
   */
  readonly unit?: CanonicalUnit;
}

export interface CanonicalTag {
  readonly attribute: 'data-ttu-id' | 'data-stu-id' | 'class';
  readonly value: string;
  readonly valueSpan: TextSpan;
}

/**
 * A unit written exactly as the translation tools write it, whose target and source hold no `<` (nearly every unit
 * of a real article):
 *
 *   <span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>
 *
 * Reading its six tags one by one would give this very unit, so it is read in one step, which saves the
 * allocations and the work of six tags per unit at repository scale.
 */
export interface CanonicalUnit {
  /** Where the `data-ttu-id` value stands (between its quotes). */
  readonly targetValueStart: number;
  readonly targetValueEnd: number;
  /** Where the target's `</span>` starts. */
  readonly targetCloseStart: number;
  /** Where the `data-stu-id` value stands. */
  readonly sourceValueStart: number;
  readonly sourceValueEnd: number;
  /** Where the source's `</span>` starts (the lookup's own `</span>` follows at once, and ends the unit). */
  readonly sourceCloseStart: number;
}

export const CLOSING_SPAN = '</span>';
export const LOOKUP_OPENING = '<span class="sxs-lookup">';
const TARGET_OPENING = '<span data-ttu-id="';
const TARGET_END_TO_SOURCE_ID = `${CLOSING_SPAN}${LOOKUP_OPENING}<span data-stu-id="`;
const SOURCE_END = `${CLOSING_SPAN}${CLOSING_SPAN}`;

const CANONICAL_OPENINGS: readonly (readonly [string, CanonicalTag['attribute']])[] = [
  [TARGET_OPENING, 'data-ttu-id'],
  ['<span class="', 'class'],
  ['<span data-stu-id="', 'data-stu-id'],
];
const LONGEST_CANONICAL_VALUE = 64;

/** IDs and the class in the canonical form hold only these characters: nothing to decode. */
function isCanonicalValueChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 46 ||
    code === 95
  );
}

function canonicalTagAt(text: string, at: number): { end: number; tag: CanonicalTag } | undefined {
  for (const [opening, attribute] of CANONICAL_OPENINGS) {
    if (!text.startsWith(opening, at)) continue;
    const valueStart = at + opening.length;
    const valueEnd = canonicalValueEnd(text, valueStart);
    if (valueEnd < 0) return undefined;
    return {
      end: valueEnd + 2,
      tag: { attribute, value: text.slice(valueStart, valueEnd), valueSpan: { start: valueStart, end: valueEnd } },
    };
  }
  return undefined;
}

/** End of the canonical value starting at `valueStart` when `">` follows it, or -1. */
function canonicalValueEnd(text: string, valueStart: number): number {
  let valueEnd = valueStart;
  while (valueEnd - valueStart < LONGEST_CANONICAL_VALUE && isCanonicalValueChar(text.charCodeAt(valueEnd))) valueEnd++;
  if (valueEnd === valueStart || text.charCodeAt(valueEnd) !== 34 || text.charCodeAt(valueEnd + 1) !== 62) return -1;
  return valueEnd;
}

/**
 * The canonical unit starting at `at`, when the whole unit is canonical, its texts hold no `<` and it ends by
 * `limit` (the next code region or escaped tag); or undefined, and its tags are read one by one.
 */
function canonicalUnitAt(text: string, at: number, limit: number): { end: number; unit: CanonicalUnit } | undefined {
  if (!text.startsWith(TARGET_OPENING, at)) return undefined;
  const targetValueStart = at + TARGET_OPENING.length;
  const targetValueEnd = canonicalValueEnd(text, targetValueStart);
  if (targetValueEnd < 0) return undefined;
  const targetCloseStart = text.indexOf('<', targetValueEnd + 2);
  if (targetCloseStart < 0 || !text.startsWith(TARGET_END_TO_SOURCE_ID, targetCloseStart)) return undefined;
  const sourceValueStart = targetCloseStart + TARGET_END_TO_SOURCE_ID.length;
  const sourceValueEnd = canonicalValueEnd(text, sourceValueStart);
  if (sourceValueEnd < 0) return undefined;
  const sourceCloseStart = text.indexOf('<', sourceValueEnd + 2);
  if (sourceCloseStart < 0 || !text.startsWith(SOURCE_END, sourceCloseStart)) return undefined;
  const end = sourceCloseStart + SOURCE_END.length;
  if (end > limit) return undefined;
  return {
    end,
    unit: { targetValueStart, targetValueEnd, targetCloseStart, sourceValueStart, sourceValueEnd, sourceCloseStart },
  };
}

/** Longer "tags" are not tags: a guard against hostile input, far above any real attribute. */
const LONGEST_TAG = 4 * 1024 * 1024;

class ForwardSearch {
  private from = -1;
  private found = -1;
  constructor(private readonly text: string, private readonly needle: string) {}
  /** `text.indexOf(needle, from)`, answered from the last search whenever that one still holds. */
  next(from: number): number {
    if (from >= this.from && (this.found < 0 || from <= this.found)) {
      if (this.from >= 0) return this.found;
    }
    this.from = from;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45;
}
function isAttributeNameStart(code: number): boolean {
  return isAsciiLetter(code) || code === 95 || code === 58;
}
function isAttributeNameChar(code: number): boolean {
  return isAttributeNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45;
}
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}
/** Characters an unquoted attribute value may not hold. */
function endsUnquotedValue(code: number): boolean {
  return isSpace(code) || code === 34 || code === 39 || code === 61 || code === 60 || code === 62 || code === 96;
}

export class TagScanner {
  private readonly doubleQuote: ForwardSearch;
  private readonly singleQuote: ForwardSearch;

  constructor(private readonly text: string) {
    this.doubleQuote = new ForwardSearch(text, '"');
    this.singleQuote = new ForwardSearch(text, "'");
  }

  /** End of a valid open tag starting at `at` (its `<`), or -1. */
  openTagEnd(at: number): number {
    const text = this.text;
    const limit = Math.min(text.length, at + LONGEST_TAG);
    let i = at + 1;
    if (!isAsciiLetter(text.charCodeAt(i))) return -1;
    while (i < limit && isTagNameChar(text.charCodeAt(i))) i++;
    for (;;) {
      const beforeSpace = i;
      while (i < limit && isSpace(text.charCodeAt(i))) i++;
      const code = text.charCodeAt(i);
      if (code === 62) return i + 1;
      if (code === 47) return text.charCodeAt(i + 1) === 62 ? i + 2 : -1;
      if (i === beforeSpace || !isAttributeNameStart(code)) return -1;
      while (i < limit && isAttributeNameChar(text.charCodeAt(i))) i++;
      let j = i;
      while (j < limit && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== 61) continue; // an attribute without a value
      j++;
      while (j < limit && isSpace(text.charCodeAt(j))) j++;
      const quote = text.charCodeAt(j);
      if (quote === 34 || quote === 39) {
        const close = (quote === 34 ? this.doubleQuote : this.singleQuote).next(j + 1);
        if (close < 0 || close >= limit) return -1;
        i = close + 1;
      } else {
        const valueStart = j;
        while (j < limit && !endsUnquotedValue(text.charCodeAt(j))) j++;
        if (j === valueStart) return -1;
        i = j;
      }
      if (i >= limit) return -1;
    }
  }

  /** End of a valid closing tag starting at `at`, or -1. */
  closingTagEnd(at: number): number {
    const text = this.text;
    let i = at + 2;
    if (!isAsciiLetter(text.charCodeAt(i))) return -1;
    while (i < text.length && isTagNameChar(text.charCodeAt(i))) i++;
    while (i < text.length && isSpace(text.charCodeAt(i)) && i - at < LONGEST_TAG) i++;
    return text.charCodeAt(i) === 62 ? i + 1 : -1;
  }
}

function isSpanName(text: string, nameStart: number): boolean {
  return (
    (text.charCodeAt(nameStart) | 32) === 115 &&
    (text.charCodeAt(nameStart + 1) | 32) === 112 &&
    (text.charCodeAt(nameStart + 2) | 32) === 97 &&
    (text.charCodeAt(nameStart + 3) | 32) === 110 &&
    !isTagNameChar(text.charCodeAt(nameStart + 4))
  );
}

/**
 * The span tags of `text` from `from` on, skipping `excluded` (sorted, disjoint: code and front matter).
 * `escaped` (sorted) are tags known to hold `&quot;` for quotes; they are read with the quotes repaired.
 * `readWholeUnits: false` reads canonical units tag by tag too (the tests compare the two readings).
 */
export function scanSpanTags(
  text: string,
  from: number,
  excluded: readonly TextSpan[],
  escaped: readonly EscapedTag[],
  readWholeUnits = true,
): RawSpanTag[] {
  const scanner = new TagScanner(text);
  const tags: RawSpanTag[] = [];
  let nextExcluded = 0;
  let nextEscaped = 0;
  let at = text.indexOf('<', from);
  while (at >= 0) {
    while (nextExcluded < excluded.length && excluded[nextExcluded]!.end <= at) nextExcluded++;
    const region = excluded[nextExcluded];
    if (region && region.start <= at) {
      at = text.indexOf('<', region.end);
      continue;
    }
    while (nextEscaped < escaped.length && escaped[nextEscaped]!.span.start < at) nextEscaped++;
    const repaired = escaped[nextEscaped];
    let end: number;
    if (repaired && repaired.span.start === at) {
      end = repaired.span.end;
      if (isSpanName(text, at + 1))
        tags.push({ span: repaired.span, closing: false, source: repairQuotes(text, repaired), escaped: true });
    } else if (text.charCodeAt(at + 1) === 47 /* / */) {
      end = scanner.closingTagEnd(at);
      if (end > 0 && isSpanName(text, at + 2))
        tags.push({ span: { start: at, end }, closing: true, source: '', escaped: false });
    } else {
      const limit = Math.min(region ? region.start : text.length, repaired ? repaired.span.start : text.length);
      const whole = readWholeUnits ? canonicalUnitAt(text, at, limit) : undefined;
      const canonical = whole ? undefined : canonicalTagAt(text, at);
      if (whole) {
        end = whole.end;
        tags.push({ span: { start: at, end }, closing: false, source: '', escaped: false, unit: whole.unit });
      } else if (canonical) {
        end = canonical.end;
        tags.push({ span: { start: at, end }, closing: false, source: '', escaped: false, canonical: canonical.tag });
      } else {
        end = scanner.openTagEnd(at);
        if (end > 0 && isSpanName(text, at + 1))
          tags.push({ span: { start: at, end }, closing: false, source: text.slice(at, end), escaped: false });
      }
    }
    at = text.indexOf('<', end > at ? end : at + 1);
  }
  return tags;
}

/** `&quot;` → `"` padded with spaces, so the repaired tag keeps the original's length and offsets. */
function repairQuotes(text: string, tag: EscapedTag): string {
  let repaired = '';
  let at = tag.span.start;
  for (const quote of tag.quotes) {
    repaired += text.slice(at, quote) + '"     ';
    at = quote + 6;
  }
  return repaired + text.slice(at, tag.span.end);
}
