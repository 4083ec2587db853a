/**
 * "Bilingual Docs: Go to Next Unit with a Problem" and "… Previous …": move the cursor to the start of the
 * target text of the next (previous) unit that has a problem, coming round at the end of the document.
 */
import * as vscode from 'vscode';
import type { ServerRequests } from '../serverRequests';
import { findProblemUnit, problemUnitStatus, type Direction } from '../units';

async function goToProblemUnit(
  requests: ServerRequests,
  editor: vscode.TextEditor,
  direction: Direction,
): Promise<void> {
  let preview;
  try {
    preview = await requests.preview(editor.document);
  } catch (error) {
    void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  const match = preview ? findProblemUnit(preview.units, editor.selection.active, direction) : null;
  if (!match) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No unit in this article has a problem.'));
    return;
  }
  const { start } = match.unit.targetRange;
  const position = new vscode.Position(start.line, start.character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(problemUnitStatus(match, direction), 5000);
}

export function registerProblemUnitNavigation(requests: ServerRequests): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerTextEditorCommand('bilingualDocs.nextProblemUnit', (editor) =>
      goToProblemUnit(requests, editor, 'next'),
    ),
    vscode.commands.registerTextEditorCommand('bilingualDocs.previousProblemUnit', (editor) =>
      goToProblemUnit(requests, editor, 'previous'),
    ),
  );
}
