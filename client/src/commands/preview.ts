/**
 * "Bilingual Docs: Preview Bilingual" and "… to the Side". From the editor title button VS Code passes the
 * editor's resource; from the palette or a keybinding the active editor is meant.
 */
import * as vscode from 'vscode';
import { isPreviewLayout, PREVIEW_LAYOUTS, type PreviewLayout } from '../preview/messages';
import type { PreviewManager } from '../preview/previewManager';
import { layoutLabel } from '../preview/shell';

function documentToPreview(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

export function registerPreviewCommands(previews: PreviewManager): vscode.Disposable {
  const open = (toTheSide: boolean) => (resource: unknown) => {
    const uri = documentToPreview(resource);
    if (!uri) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a Markdown article with bilingual markup to preview it.'),
      );
      return;
    }
    previews.show(uri, toTheSide);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('bilingualDocs.preview', open(false)),
    vscode.commands.registerCommand('bilingualDocs.previewToSide', open(true)),
    vscode.commands.registerCommand('bilingualDocs.preview.toggleLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('bilingualDocs.preview.setLayout', (layout: unknown) =>
      setLayout(previews, layout),
    ),
  );
}

/** With a layout as argument (a keybinding's `args`) it switches at once; without one it asks. */
async function setLayout(previews: PreviewManager, layout: unknown): Promise<void> {
  if (isPreviewLayout(layout)) {
    await previews.setLayout(layout);
    return;
  }
  if (layout !== undefined) {
    const layouts = PREVIEW_LAYOUTS.map((name) => `"${name}"`).join(', ');
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Bilingual Docs: there is no preview layout {0}; the layouts are {1}.',
        JSON.stringify(layout),
        layouts,
      ),
    );
    return;
  }
  const current = previews.layout;
  const items = PREVIEW_LAYOUTS.map((name) => ({
    label: layoutLabel(name),
    description: name === current ? vscode.l10n.t('{0} (current)', name) : name,
    layout: name as PreviewLayout,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Change Preview Layout'),
    placeHolder: vscode.l10n.t('How Preview Bilingual shows the sources'),
  });
  if (picked) await previews.setLayout(picked.layout);
}
