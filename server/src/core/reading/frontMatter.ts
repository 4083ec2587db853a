/**
 * Finds the YAML front matter at the top of an article and parses it with gray-matter. Invalid YAML becomes a
 * problem with a range, never an exception, and the body's offsets stay those of the whole text.
 */
import matter from 'gray-matter';
import type { FrontMatter, TextSpan } from '../model';

const DELIMITER = /^---[ \t]*$/;

interface Line {
  readonly start: number;
  /** End of the line's content, before its break. */
  readonly contentEnd: number;
  /** Start of the next line. */
  readonly next: number;
}

function lineAt(text: string, start: number): Line {
  let contentEnd = start;
  while (contentEnd < text.length) {
    const code = text.charCodeAt(contentEnd);
    if (code === 10 || code === 13) break;
    contentEnd++;
  }
  let next = contentEnd;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10 && (next === contentEnd || text.charCodeAt(next - 1) === 13)) next++;
  return { start, contentEnd, next };
}

/** The front matter block, or undefined when the text does not open with `---` or never closes it. */
export function findFrontMatterBlock(text: string): { span: TextSpan; yamlSpan: TextSpan } | undefined {
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, offset);
  if (!DELIMITER.test(text.slice(first.start, first.contentEnd))) return undefined;
  let line = first;
  while (line.next < text.length) {
    line = lineAt(text, line.next);
    const content = text.slice(line.start, line.contentEnd);
    if (DELIMITER.test(content) || /^\.\.\.[ \t]*$/.test(content)) {
      return { span: { start: offset, end: line.next }, yamlSpan: { start: first.next, end: line.start } };
    }
    if (line.next === line.start) break;
  }
  return undefined;
}

interface YamlMark {
  readonly position?: number;
}

export function readFrontMatter(text: string): FrontMatter | undefined {
  const block = findFrontMatterBlock(text);
  if (!block) return undefined;
  // gray-matter only knows \n and \r\n; a lone \r becomes \n, one character for one, so offsets stay.
  const source = text.slice(block.span.start, block.span.end).replace(/\r(?!\n)/g, '\n');
  try {
    // An options object keeps gray-matter from caching every input string it sees (it caches when called bare).
    const parsed = matter(source, { excerpt: false });
    const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
    return { ...block, data };
  } catch (error) {
    return { ...block, data: {}, error: describeYamlError(error, text, block) };
  }
}

function describeYamlError(error: unknown, text: string, block: { span: TextSpan; yamlSpan: TextSpan }): { message: string; span: TextSpan } {
  const reason = error instanceof Error ? (error as Error & { reason?: string }).reason ?? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
  const mark = (error as { mark?: YamlMark }).mark;
  // gray-matter hands js-yaml the text right after the opening `---`, so the mark's position counts from there.
  const opening = block.span.start + 3;
  if (mark && typeof mark.position === 'number') {
    let at = Math.max(block.yamlSpan.start, Math.min(opening + mark.position, block.yamlSpan.end));
    // Never point between the \r and the \n of one line break: no editor position stands there.
    if (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at--;
    const line = lineAt(text, lineStartBefore(text, at));
    const span = line.contentEnd > line.start ? { start: line.start, end: line.contentEnd } : { start: at, end: at };
    return { message: `Front matter is not valid YAML: ${reason}.`, span };
  }
  return { message: `Front matter is not valid YAML: ${reason}.`, span: { start: block.span.start, end: block.span.start + 3 } };
}

function lineStartBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13) break;
    start--;
  }
  return start;
}
