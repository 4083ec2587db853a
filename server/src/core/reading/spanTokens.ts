/**
 * Reads the span tags found by the scanner with parse5's HTML tokenizer, which decodes attribute values and
 * gives each attribute's location. The tags are fed as one string; each token maps back to its tag by order.
 */
import { Tokenizer, type TokenHandler, Token } from 'parse5';
import type { TextSpan } from '../model';
import type { RawSpanTag } from './htmlTags';

export interface SpanTagToken {
  readonly span: TextSpan;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly escaped: boolean;
  /** Attribute name (lower case) → decoded value and the span of the value inside the tag. */
  readonly attributes: ReadonlyMap<string, { readonly value: string; readonly valueSpan: TextSpan }>;
}

/** Where an attribute's value stands, given where `name=value` stands: inside quotes, without padding. */
function valueSpanOf(tagSource: string, tagStart: number, attrStart: number, attrEnd: number): TextSpan {
  let start = tagSource.indexOf('=', attrStart);
  if (start < 0 || start >= attrEnd) return { start: tagStart + attrEnd, end: tagStart + attrEnd };
  start++;
  while (start < attrEnd && /\s/.test(tagSource[start]!)) start++;
  let end = attrEnd;
  const quote = tagSource[start];
  if (quote === '"' || quote === "'") {
    start++;
    if (end > start && tagSource[end - 1] === quote) end--;
  }
  while (start < end && /\s/.test(tagSource[start]!)) start++;
  while (end > start && /\s/.test(tagSource[end - 1]!)) end--;
  return { start: tagStart + start, end: tagStart + end };
}

export function tokenizeSpanTags(tags: readonly RawSpanTag[]): SpanTagToken[] {
  const feed = tags.map((tag) => tag.source).join('');
  const feedStarts: number[] = [];
  let offset = 0;
  for (const tag of tags) {
    feedStarts.push(offset);
    offset += tag.source.length;
  }

  const tokens: SpanTagToken[] = [];
  const take = (token: Token.TagToken, closing: boolean): void => {
    const index = tokens.length;
    const tag = tags[index];
    if (!tag) return;
    const base = feedStarts[index]!;
    const attributes = new Map<string, { value: string; valueSpan: TextSpan }>();
    if (!closing) {
      for (const attribute of token.attrs) {
        const location = token.location?.attrs?.[attribute.name];
        const valueSpan = location
          ? valueSpanOf(tag.source, tag.span.start, location.startOffset - base, location.endOffset - base)
          : { start: tag.span.start, end: tag.span.start };
        attributes.set(attribute.name, { value: attribute.value, valueSpan });
      }
    }
    tokens.push({ span: tag.span, closing, selfClosing: token.selfClosing, escaped: tag.escaped, attributes });
  };
  const handler: TokenHandler = {
    onStartTag: (token) => take(token, false),
    onEndTag: (token) => take(token, true),
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
    onCharacter: () => undefined,
    onNullCharacter: () => undefined,
    onWhitespaceCharacter: () => undefined,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(feed, true);
  // Every tag the scanner accepted is one HTML tag, so this only guards the invariant: never lose a tag.
  for (let index = tokens.length; index < tags.length; index++) {
    const tag = tags[index]!;
    tokens.push({ span: tag.span, closing: tag.closing, selfClosing: false, escaped: tag.escaped, attributes: new Map() });
  }
  return tokens;
}
