/**
 * Unit markup that was HTML-escaped on its way through a translation tool: `<span data-ttu-id=&quot;…&quot;>` or
 * `<span data-ttu-id="…&quot;>`, as found in real articles. The reader reads such a tag as the tag it was meant to
 * be, and reports it with the repair (each `&quot;` back to `"`).
 */
import type { TextSpan } from '../model';

export interface EscapedTag {
  /** The tag as far as it could be read: `<span` or `<a` to its `>`. */
  readonly span: TextSpan;
  /** Where each `&quot;` inside it stands. */
  readonly quotes: readonly number[];
}

export const ESCAPED_QUOTE = '&quot;';
const LONGEST_TAG = 1000;

/** Finds `<span …>` and `<a …>` tags holding `&quot;` where a quote belongs, outside the excluded spans. */
export function findEscapedTags(text: string, isExcluded: (offset: number) => boolean): EscapedTag[] {
  const found: EscapedTag[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('&quot;', from);
    if (at < 0) break;
    // Walk back to the tag opener of this quote, if it stands inside one.
    let open = at - 1;
    const limit = Math.max(0, at - LONGEST_TAG);
    while (open >= limit && text.charCodeAt(open) !== 60 /* < */ && text.charCodeAt(open) !== 62 /* > */) open--;
    from = at + ESCAPED_QUOTE.length;
    if (open < limit || text.charCodeAt(open) !== 60) continue;
    if (!/^<(?:span|a)[\s>]/i.test(text.slice(open, open + 6))) continue;
    if (isExcluded(open)) continue;
    let close = at;
    const closeLimit = Math.min(text.length, open + LONGEST_TAG);
    while (close < closeLimit && text.charCodeAt(close) !== 62 && text.charCodeAt(close) !== 60) close++;
    if (close >= closeLimit || text.charCodeAt(close) !== 62) continue;
    const tagText = text.slice(open, close + 1);
    if (!/(?:data-[ts]tu-id|class|name)\s*=\s*(?:&quot;|")/i.test(tagText)) continue;
    const quotes: number[] = [];
    let q = tagText.indexOf(ESCAPED_QUOTE);
    while (q >= 0) {
      quotes.push(open + q);
      q = tagText.indexOf(ESCAPED_QUOTE, q + ESCAPED_QUOTE.length);
    }
    found.push({ span: { start: open, end: close + 1 }, quotes });
    from = close + 1;
  }
  return found;
}
