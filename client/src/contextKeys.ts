/**
 * The context key `bilingualDocs.isBilingual`: the active editor's document holds bilingual markup. Commands, the
 * editor title button and the keybinding use it in their `when` clauses, so they show only where they apply.
 *
 * (A list of bilingual URIs for `resource in …` would follow each editor group separately, but in remote windows
 * the workbench sees `vscode-remote:` URIs where the extension host sees `file:` ones, so it never matches.)
 */
import * as vscode from 'vscode';
import type { DocumentSummaries } from './summaries';

export function registerContextKeys(summaries: DocumentSummaries): vscode.Disposable {
  let isBilingual: boolean | undefined;

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const active = editor !== undefined && summaries.isBilingual(editor.document.uri);
    if (active === isBilingual) return;
    isBilingual = active;
    void vscode.commands.executeCommand('setContext', 'bilingualDocs.isBilingual', active);
  };

  update();
  return vscode.Disposable.from(summaries.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
