/**
 * "Bilingual Docs: Show Source of Unit at Cursor".
 *
 * The source is shown in a non-modal information notification. Screen readers announce notifications as they
 * appear (they are ARIA alerts), so the English is read out without moving focus out of the editor; the text
 * stays in the Notifications list to be read again; nothing has to be dismissed to go on typing. The
 * notification shows the source's words (Markdown and HTML taken out, as a listener needs them) and offers to
 * copy the source exactly as written.
 */
import * as vscode from 'vscode';
import type { ServerRequests } from '../serverRequests';
import { sourceMessage } from './sourceMessage';

export function registerShowSourceAtCursor(requests: ServerRequests): vscode.Disposable {
  return vscode.commands.registerTextEditorCommand('bilingualDocs.showSourceAtCursor', async (editor) => {
    let result;
    try {
      result = await requests.unitAt(editor.document, editor.selection.active);
    } catch (error) {
      void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not in a bilingual unit.'));
      return;
    }
    const { unit } = result;
    const copySource = vscode.l10n.t('Copy Source');
    const actions = unit.source ? [copySource] : [];
    const choice = await vscode.window.showInformationMessage(sourceMessage(unit.id, unit.source), ...actions);
    if (choice === copySource && unit.source !== null) await vscode.env.clipboard.writeText(unit.source);
  });
}
