/**
 * Dims the `sxs-lookup` half of every unit (the English source and its tags) so the target language reads first
 * (`bilingualDocs.dimSource`, on by default). The ranges come from the server (`bilingualDocs/lookupRanges`), read
 * from the same parse the diagnostics and the preview come from. High contrast themes are left undimmed: lowering contrast there would defeat their purpose.
 */
import * as vscode from 'vscode';
import type { Range } from '../../shared/protocol';
import { SETTINGS_SECTION } from './languageClient';
import type { ServerRequests } from './serverRequests';
import type { DocumentSummaries } from './summaries';

function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function isHighContrast(): boolean {
  const kind = vscode.window.activeColorTheme.kind;
  return kind === vscode.ColorThemeKind.HighContrast || kind === vscode.ColorThemeKind.HighContrastLight;
}

export function registerSourceDecorations(requests: ServerRequests, summaries: DocumentSummaries): vscode.Disposable {
  const dimmed = vscode.window.createTextEditorDecorationType({ opacity: '0.55', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });

  const decorate = async (editor: vscode.TextEditor): Promise<void> => {
    const document = editor.document;
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION, document).get<boolean>('dimSource', true);
    if (!enabled || isHighContrast() || !summaries.isBilingual(document.uri)) {
      editor.setDecorations(dimmed, []);
      return;
    }
    const version = document.version;
    const lookups = await requests.lookupRanges(document).catch(() => null);
    // The document changed while the server answered; the next summary brings ranges that fit.
    if (!lookups || document.version !== version || lookups.version !== version) return;
    editor.setDecorations(dimmed, lookups.ranges.map(toVscodeRange));
  };

  const decorateDocument = (uri: string): void => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri) void decorate(editor);
    }
  };
  const decorateAll = (): void => {
    for (const editor of vscode.window.visibleTextEditors) void decorate(editor);
  };

  decorateAll();
  return vscode.Disposable.from(
    dimmed,
    summaries.onDidChange(decorateDocument),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.window.onDidChangeActiveColorTheme(decorateAll),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.dimSource`)) decorateAll();
    }),
  );
}
