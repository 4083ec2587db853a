/** In-memory documents for the language service tests: built from lines or fixtures, with a cursor marker. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../../../server/src/core/parse';
import { EMPTY_CONFIG, type BilingualDocsConfig } from '../../../server/src/core/config';
import { createLanguageService, type CheckedDocument, type ParsedDocument } from '../../../server/src/languageService';

/** The tests are bundled into out/test/lsp/…, three folders below the repository root. */
export const REPOSITORY_ROOT = resolve(__dirname, '../../..');
export const FIXTURES = join(REPOSITORY_ROOT, 'test/fixtures');

export const CURSOR = '$$';

export const service = createLanguageService({
  ruleDocumentationLink: (code) => `file:///package/docs/rules/${code}.md`,
});

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** An article with the front matter of a Danish human translation, then the body lines. */
export function article(...bodyLines: string[]): string {
  return joinLines(
    '---',
    'title: Sidefodsmodul',
    'ms.contentlocale: da-DK',
    'ms.translationtype: HT',
    '---',
    ...bodyLines,
  );
}

export function fixtureText(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8').replace(/^\uFEFF/, '');
}

export function parsedDocument(text: string, uri = 'file:///articles/article.md', version = 1): ParsedDocument {
  return { uri, version, model: parse(text) };
}

export function checkedDocument(
  text: string,
  config: BilingualDocsConfig = EMPTY_CONFIG,
  uri = 'file:///articles/article.md',
): CheckedDocument {
  return service.check(parsedDocument(text, uri), config);
}

/** The text with the cursor marker removed, and the position where the marker stood. */
export function withCursor(textWithCursor: string): { readonly text: string; readonly position: Position } {
  const at = textWithCursor.indexOf(CURSOR);
  if (at < 0) throw new Error('The text has no cursor marker');
  const text = textWithCursor.slice(0, at) + textWithCursor.slice(at + CURSOR.length);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { text, position: { line: before.length - 1, character: before.at(-1)!.length } };
}

/** The position just inside the n-th occurrence (0-based) of a needle, `offset` characters into it. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return TextDocument.create('file:///x.md', 'markdown', 1, text).positionAt(at + offset);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [...edits]);
}
