/** Small text helpers for labels: unit text reduced to readable words, and safe Markdown snippets. */

const TAG = /<\/?[A-Za-z][^<>]*>/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/**
 * A link or image with its text. Neither part may hold the bracket that opens it, so that a try from one `[` or
 * `(` ends at the next one: with `[^\]]*` a run of `[` was read to its end from each of them (quadratic time).
 */
const LINK_OR_IMAGE = /!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const EMPHASIS_OR_CODE = /\*\*|__|`/g;

/**
 * Unit text as a reader sees it in a list: links and images reduced to their text, emphasis marks and tags
 * dropped, common entities decoded, whitespace collapsed.
 */
export function plainText(raw: string): string {
  return raw
    .replace(LINK_OR_IMAGE, '$1')
    .replace(EMPHASIS_OR_CODE, '')
    .replace(TAG, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first words of a text, cut at a word boundary near `maxLength` characters with an ellipsis. */
export function firstWords(raw: string, maxLength = 48): string {
  const text = plainText(raw);
  if (text.length <= maxLength) return text;
  const cut = text.lastIndexOf(' ', maxLength);
  return `${text.slice(0, cut > maxLength / 2 ? cut : maxLength)}…`;
}

/** A Markdown code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
