/**
 * Reads the span tags found by the scanner with parse5's HTML tokenizer, which decodes attribute values and
 * gives each attribute's location. The tags are fed as one string; each token maps back to its tag by order.
 */
import { Tokenizer, type TokenHandler, Token } from 'parse5';
import type { TextSpan } from '../model';
import type { CanonicalTag, CanonicalUnit, RawSpanTag } from './htmlTags';

export interface AttributeValue {
  readonly value: string;
  /** Where the value stands inside the tag, between its quotes and without padding. */
  readonly valueSpan: TextSpan;
}

export interface SpanTagToken {
  readonly span: TextSpan;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly escaped: boolean;
  /** The attributes unit reading needs; others are of no interest to it. */
  readonly ttuId?: AttributeValue;
  readonly stuId?: AttributeValue;
  readonly className?: string;
  /** A whole canonical unit read at once by the scanner (see `CanonicalUnit`). */
  readonly unit?: CanonicalUnit;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Where an attribute's value stands, given where `name=value` stands in the tag: inside quotes, without padding. */
function valueSpanOf(tagSource: string, tagStart: number, attrStart: number, attrEnd: number): TextSpan {
  let start = tagSource.indexOf('=', attrStart);
  if (start < 0 || start >= attrEnd) return { start: tagStart + attrEnd, end: tagStart + attrEnd };
  start++;
  while (start < attrEnd && isSpace(tagSource.charCodeAt(start))) start++;
  let end = attrEnd;
  const quote = tagSource.charCodeAt(start);
  if (quote === 34 || quote === 39) {
    start++;
    if (end > start && tagSource.charCodeAt(end - 1) === quote) end--;
  }
  while (start < end && isSpace(tagSource.charCodeAt(start))) start++;
  while (end > start && isSpace(tagSource.charCodeAt(end - 1))) end--;
  return { start: tagStart + start, end: tagStart + end };
}

function canonicalToken(span: TextSpan, tag: CanonicalTag): SpanTagToken {
  const value = { value: tag.value, valueSpan: tag.valueSpan };
  if (tag.attribute === 'data-ttu-id')
    return { span, closing: false, selfClosing: false, escaped: false, ttuId: value };
  if (tag.attribute === 'data-stu-id')
    return { span, closing: false, selfClosing: false, escaped: false, stuId: value };
  return { span, closing: false, selfClosing: false, escaped: false, className: tag.value };
}

/**
 * Closing tags, canonical open tags and canonical units carry nothing to decode, so only the other open tags go
 * through the tokenizer, fed as one string; each start-tag token maps back to its open tag by order.
 */
export function tokenizeSpanTags(tags: readonly RawSpanTag[]): SpanTagToken[] {
  const openTags = tags.filter((tag) => !tag.closing && !tag.canonical && !tag.unit);
  const feedStarts = new Array<number>(openTags.length);
  let offset = 0;
  for (let i = 0; i < openTags.length; i++) {
    feedStarts[i] = offset;
    offset += openTags[i]!.source.length;
  }

  const opened: SpanTagToken[] = [];
  const attributeValue = (
    token: Token.TagToken,
    name: string,
    tag: RawSpanTag,
    base: number,
  ): AttributeValue | undefined => {
    const attribute = token.attrs.find((candidate) => candidate.name === name);
    if (!attribute) return undefined;
    const location = token.location?.attrs?.[name];
    const valueSpan = location
      ? valueSpanOf(tag.source, tag.span.start, location.startOffset - base, location.endOffset - base)
      : { start: tag.span.start, end: tag.span.start };
    return { value: attribute.value, valueSpan };
  };
  const handler: TokenHandler = {
    onStartTag: (token) => {
      const index = opened.length;
      const tag = openTags[index];
      if (!tag) return;
      const base = feedStarts[index]!;
      opened.push({
        span: tag.span,
        closing: false,
        selfClosing: token.selfClosing,
        escaped: tag.escaped,
        ttuId: attributeValue(token, 'data-ttu-id', tag, base),
        stuId: attributeValue(token, 'data-stu-id', tag, base),
        className: token.attrs.find((attribute) => attribute.name === 'class')?.value,
      });
    },
    onEndTag: () => undefined,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
    onCharacter: () => undefined,
    onNullCharacter: () => undefined,
    onWhitespaceCharacter: () => undefined,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(openTags.map((tag) => tag.source).join(''), true);

  // Every open tag the scanner accepted is one HTML start tag, so the fallback only guards that invariant.
  const tokens: SpanTagToken[] = [];
  let nextOpened = 0;
  for (const tag of tags) {
    if (tag.closing) tokens.push({ span: tag.span, closing: true, selfClosing: false, escaped: false });
    else if (tag.unit)
      tokens.push({ span: tag.span, closing: false, selfClosing: false, escaped: false, unit: tag.unit });
    else if (tag.canonical) tokens.push(canonicalToken(tag.span, tag.canonical));
    else
      tokens.push(opened[nextOpened++] ?? { span: tag.span, closing: false, selfClosing: false, escaped: tag.escaped });
  }
  return tokens;
}
