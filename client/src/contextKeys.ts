/**
 * Context keys for `when` clauses, so that commands, the editor title button and keybindings show up only on
 * Markdown that holds bilingual markup:
 * - `bilingualDocs.isBilingual`: the active editor's document holds the markup;
 * - `bilingualDocs.bilingualResources`: the URIs of open documents that hold it (for `resource in …` in menus
 *   that belong to one editor group, such as `editor/title`).
 */
import * as vscode from 'vscode';
import type { DocumentSummaries } from './summaries';

export function registerContextKeys(summaries: DocumentSummaries): vscode.Disposable {
  let isBilingual: boolean | undefined;
  let resources = '';

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const active = editor !== undefined && summaries.isBilingual(editor.document.uri);
    if (active !== isBilingual) {
      isBilingual = active;
      void vscode.commands.executeCommand('setContext', 'bilingualDocs.isBilingual', active);
    }
    const uris = summaries.bilingualUris().sort();
    if (uris.join('\n') !== resources) {
      resources = uris.join('\n');
      void vscode.commands.executeCommand('setContext', 'bilingualDocs.bilingualResources', uris);
    }
  };

  update();
  return vscode.Disposable.from(summaries.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
