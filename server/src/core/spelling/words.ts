/**
 * The words of a unit's text that a spelling dictionary can judge: prose only. Inline code, link and image
 * destinations, HTML tags and entities, URLs, e-mail addresses, paths, file names, numbers and words written like
 * identifiers (`PowerShell`, `SSPR`, `Win32`, `snake_case`) are left out, since no dictionary of any language
 * holds them and a translation keeps them as they are.
 */
import type { TextSpan } from '../model';
import type { InlineScan } from '../rules/translation/inlineMarkdown';

export interface TextWord {
  readonly word: string;
  /** Where the word is, relative to the text read. */
  readonly span: TextSpan;
  /** Written with a hyphen and a space after it, to be completed by a later word (`Vermittlungs- und …`). */
  readonly elided: boolean;
}

/** Tags, comments and character references: markup, whatever is inside. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/g;

/**
 * A run of characters without spaces that holds an address rather than words: a scheme (`https:`), `www.`, an
 * `@` between letters, a path or file name (`/`, `\`, or a dot between two letters, as in `web.config`).
 */
const ADDRESS = /^(?:[A-Za-z][\w+.-]*:\/\/|www\.|mailto:)|[\p{L}\p{N}][@\\/][\p{L}\p{N}]|\p{L}\.\p{L}/u;

/**
 * A word: letters and combining marks, with apostrophes or hyphens inside it (`l'utilisateur`, `e-post`), then
 * what follows it directly (digits, `_`, further letters after a dot) so that identifiers can be told apart.
 */
const WORD = /[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*/gu;
const RUN = /[^\s]+/gu;
const IDENTIFIER_NEIGHBOUR = /[\p{N}_]/u;
/** Every address of ADDRESS has one of these; most runs have none, and this test is far cheaper. */
const MAY_BE_ADDRESS = /[:@\\/.]/;
/** A capital after the first letter. */
const INNER_CAPITAL = /^.[^]*\p{Lu}/u;

/** Written like an identifier or an acronym: a capital after the first letter (`iPhone`, `SharePoint`, `SSPR`). */
function looksLikeName(word: string): boolean {
  return INNER_CAPITAL.test(word);
}

function besideIdentifier(char: string | undefined): boolean {
  return char !== undefined && IDENTIFIER_NEIGHBOUR.test(char);
}

/** The spans of `text` that are not prose: inline code, destinations and markup, sorted by start. */
function hiddenSpans(text: string, scan: InlineScan): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const code of scan.codeSpans) spans.push(code.span);
  for (const destination of scan.destinations) spans.push(destination.span);
  if (text.includes('<') || text.includes('&')) {
    for (const match of text.matchAll(MARKUP)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Replaces the hidden spans with spaces, so offsets stay those of the text and no word runs across markup. */
function blankOut(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    result += text.slice(at, start) + ' '.repeat(span.end - start);
    at = span.end;
  }
  return result + text.slice(at);
}

/** The words of a unit text to check for spelling, in order. */
export function proseWords(text: string, scan: InlineScan): TextWord[] {
  const prose = blankOut(text, hiddenSpans(text, scan));
  const words: TextWord[] = [];
  for (const run of prose.matchAll(RUN)) {
    const chunk = run[0];
    if (MAY_BE_ADDRESS.test(chunk) && ADDRESS.test(chunk)) continue;
    for (const match of chunk.matchAll(WORD)) {
      const word = match[0];
      const before = chunk[match.index - 1];
      const after = chunk[match.index + word.length];
      if (besideIdentifier(before) || besideIdentifier(after)) continue;
      // An ending after an apostrophe that follows no letter belongs to a number or code: `10'dan`, `X++'nın`.
      if (before === "'" || before === '’') continue;
      if (word.length < 2 || looksLikeName(word)) continue;
      const start = run.index + match.index;
      const elided = (after === '-' || after === '‐') && match.index + word.length + 1 === chunk.length;
      words.push({ word, span: { start, end: start + word.length }, elided });
    }
  }
  return words;
}

/** The words of a text, lower-cased, for telling which target words the source also has. */
export function wordSet(text: string, scan: InlineScan): Set<string> {
  const set = new Set<string>();
  const prose = blankOut(text, hiddenSpans(text, scan));
  for (const match of prose.matchAll(WORD)) set.add(match[0].toLowerCase());
  return set;
}
