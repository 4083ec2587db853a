/**
 * "Add to the workspace word list" for a spelling finding: an edit of the `.bilingual-docs.json` that applies to
 * the article (or a new one in its workspace folder), computed as the smallest text edit so the file keeps its
 * formatting byte for byte. Files are named and read by URI, through the server's file system, so this works in a
 * virtual workspace too.
 */
import * as l10n from '@vscode/l10n';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { CONFIG_FILE_NAME } from '../core/config';
import { addToWordList } from '../core/wordListEdit';
import { childUri, normalizeUri, parentUri } from '../fileSystem';
import { QUICK_FIX_KIND, type CheckedDocument } from '../languageService';
import type { ServerSession } from '../session';

/** An LSP range of offsets in a text (UTF-16 code units, as LSP counts them). */
function rangeIn(text: string, start: number, end: number): Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: position(start), end: position(end) };
}

/** The folder a new configuration file goes in: the workspace folder holding the article, else the article's. */
function newConfigFolder(session: ServerSession, articleUri: string): string {
  const holding = session.folders.filter((folder) => articleUri.startsWith(`${folder.replace(/\/$/, '')}/`));
  return holding.sort((a, b) => b.length - a.length)[0] ?? parentUri(articleUri);
}

export async function wordListAction(
  session: ServerSession,
  document: CheckedDocument,
  diagnostic: Diagnostic,
  word: string,
): Promise<CodeAction | undefined> {
  const locale = document.model.locale;
  if (locale === undefined || document.uri.startsWith('untitled:')) return undefined;
  const articleUri = normalizeUri(document.uri);
  const existing = await session.configFileUriFor(document.uri);
  const uri = existing ?? childUri(newConfigFolder(session, articleUri), CONFIG_FILE_NAME);
  let text: string | undefined;
  try {
    text = existing === undefined ? undefined : await session.readText(existing);
  } catch {
    return undefined;
  }
  const change = addToWordList(text, locale, word);
  const title = l10n.t('Add "{0}" to the workspace word list', word);
  const common = { title, kind: QUICK_FIX_KIND, diagnostics: [diagnostic] };
  if (change.kind === 'create') {
    const start = { line: 0, character: 0 };
    return {
      ...common,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: change.text }] },
        ],
      },
    };
  }
  if (change.kind !== 'edit' || text === undefined) return undefined;
  const range = rangeIn(text, change.edit.span.start, change.edit.span.end);
  return { ...common, edit: { changes: { [uri]: [{ range, newText: change.edit.newText }] } } };
}
