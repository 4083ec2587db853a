/**
 * "Bilingual Docs: Preview Bilingual" and "… to the Side". From the editor title button VS Code passes the
 * editor's resource; from the palette or a keybinding the active editor is meant.
 */
import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';

function documentToPreview(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

export function registerPreviewCommands(previews: PreviewManager): vscode.Disposable {
  const open = (toTheSide: boolean) => (resource: unknown) => {
    const uri = documentToPreview(resource);
    if (!uri) {
      void vscode.window.showInformationMessage('Open a Markdown article with bilingual markup to preview it.');
      return;
    }
    previews.show(uri, toTheSide);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('bilingualDocs.preview', open(false)),
    vscode.commands.registerCommand('bilingualDocs.previewToSide', open(true)),
  );
}
