/**
 * "Bilingual Docs: Copy Target Text Without Markup": puts on the clipboard the selection with every unit reduced
 * to its target text (span tags and English lookup dropped, Markdown kept), or the target text of the unit at
 * the cursor when nothing is selected. The document is not changed.
 */
import * as vscode from 'vscode';
import type { ServerRequests } from '../serverRequests';
import { targetTextWithoutMarkup, type UnitOffsets } from '../units';

export function registerCopyTargetWithoutMarkup(requests: ServerRequests): vscode.Disposable {
  return vscode.commands.registerTextEditorCommand('bilingualDocs.copyTargetWithoutMarkup', async (editor) => {
    const document = editor.document;
    let preview;
    try {
      preview = await requests.preview(document);
    } catch (error) {
      void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    const offset = (position: { line: number; character: number }) =>
      document.offsetAt(new vscode.Position(position.line, position.character));
    const units: UnitOffsets[] = (preview?.units ?? []).map((unit) => ({
      start: offset(unit.unitRange.start),
      end: offset(unit.unitRange.end),
      targetStart: offset(unit.targetRange.start),
      targetEnd: offset(unit.targetRange.end),
    }));
    const selection = {
      start: document.offsetAt(editor.selection.start),
      end: document.offsetAt(editor.selection.end),
    };
    const text = targetTextWithoutMarkup(document.getText(), units, selection);
    if (text === null) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The cursor is not in a bilingual unit. Select text to copy it without markup.'),
      );
      return;
    }
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the target text without markup.'), 3000);
  });
}
