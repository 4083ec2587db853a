/**
 * Finds the YAML front matter at the top of an article and parses it with the `yaml` package. Invalid YAML becomes
 * a problem with a range, never an exception, and the body's offsets stay those of the whole text.
 */
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import type { FrontMatter, TextSpan } from '../model';

type FrontMatterError = NonNullable<FrontMatter['error']>;

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

export function readFrontMatter(text: string): FrontMatter | undefined {
  const block = findFrontMatterBlock(text);
  if (!block) return undefined;
  // A lone \r becomes \n, one character for one, so the parser's offsets stay those of the text.
  const source = text.slice(block.yamlSpan.start, block.yamlSpan.end).replace(/\r(?!\n)/g, '\n');
  // YAML 1.1, as docs repositories write front matter (and as gray-matter read it before): `yes` is true, a date
  // is a timestamp. Messages stay plain; the range says where. The parser's own check of unique keys compares
  // each key with every other (quadratic: 16,000 keys took seconds), so keys are checked here, once each.
  const parsed = parseDocument(source, { version: '1.1', prettyErrors: false, uniqueKeys: false });
  const error = parsed.errors[0];
  if (error)
    return { ...block, data: {}, error: yamlError(error.message, block.yamlSpan.start + error.pos[0], text, block) };
  const repeated = repeatedKey(parsed);
  if (repeated !== undefined) {
    return {
      ...block,
      data: {},
      error: yamlError('Map keys must be unique', block.yamlSpan.start + repeated, text, block),
    };
  }
  let value: unknown;
  try {
    value = parsed.toJS();
  } catch (failure) {
    // toJS refuses aliases that would expand beyond its limit (a "billion laughs" header), with no position.
    const reason = failure instanceof Error ? failure.message : String(failure);
    return { ...block, data: {}, error: yamlError(reason, block.yamlSpan.start, text, block) };
  }
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { ...block, data };
}

/** Where a mapping first repeats a key (as its scalar value reads), if one does. */
function repeatedKey(document: Document): number | undefined {
  let found: number | undefined;
  visit(document, {
    Map(_, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (keys.has(key)) {
          found = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
  });
  return found;
}

function yamlError(reason: string, position: number, text: string, block: { yamlSpan: TextSpan }): FrontMatterError {
  let at = Math.max(block.yamlSpan.start, Math.min(position, block.yamlSpan.end));
  // Never point between the \r and the \n of one line break: no editor position stands there.
  if (text.charCodeAt(at) === 10 && text.charCodeAt(at - 1) === 13) at--;
  const line = lineAt(text, lineStartBefore(text, at));
  const span = line.contentEnd > line.start ? { start: line.start, end: line.contentEnd } : { start: at, end: at };
  return { reason, span };
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
