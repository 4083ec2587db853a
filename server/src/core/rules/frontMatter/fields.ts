/** Where front matter findings point: the field's line when it is written, else the front matter's opening. */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument, TextSpan } from '../../model';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of a top-level key (`ms.contentlocale: et-EE`, quoted or not), from the key to the line's end. */
export function fieldLine(document: BilingualDocument, key: string): TextSpan | undefined {
  const frontMatter = document.frontMatter;
  if (!frontMatter) return undefined;
  const { lines, text } = document;
  const keyLine = new RegExp(`^(["']?)${escapeRegExp(key)}\\1[ \\t]*:`);
  const first = lines.lineAt(frontMatter.yamlSpan.start);
  const last = lines.lineAt(Math.max(frontMatter.yamlSpan.start, frontMatter.yamlSpan.end - 1));
  for (let line = first; line <= last; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineContentEnd(line);
    if (start < frontMatter.yamlSpan.end && keyLine.test(text.slice(start, Math.min(end, start + key.length + 64))))
      return { start, end };
  }
  return undefined;
}

/** The front matter's opening `---`, or the document's first line when it has none. */
export function frontMatterStart(document: BilingualDocument): TextSpan {
  if (document.frontMatter) return { start: document.frontMatter.span.start, end: document.frontMatter.span.start + 3 };
  return { start: 0, end: document.lines.lineContentEnd(0) };
}

export function fieldLocation(document: BilingualDocument, key: string): TextSpan {
  return fieldLine(document, key) ?? frontMatterStart(document);
}

/** What a field holds, for messages: strings quoted, anything else named (`a list`, `the number 5`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;
  if (value instanceof Date) return l10n.t('the date {0}', value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return l10n.t('a list');
  if (typeof value === 'number') return l10n.t('the number {0}', value);
  if (value !== null && typeof value === 'object') return l10n.t('a mapping');
  return String(value);
}
