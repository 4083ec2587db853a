/**
 * Dims the `sxs-lookup` half of every unit (the English source and its tags) so the target language reads first
 * (`bilingualDocs.dimSource`, on by default), never below 4.5:1 contrast (contrast.ts). The ranges come from the
 * server (`bilingualDocs/lookupRanges`), read from the same parse the diagnostics and the preview come from. High
 * contrast themes are left undimmed: lowering contrast there would defeat their purpose.
 */
import * as vscode from 'vscode';
import type { Range } from '../../shared/protocol';
import { sourceOpacity } from './contrast';
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

function themeKind(): 'light' | 'dark' {
  const kind = vscode.window.activeColorTheme.kind;
  return kind === vscode.ColorThemeKind.Light || kind === vscode.ColorThemeKind.HighContrastLight ? 'light' : 'dark';
}

export function registerSourceDecorations(requests: ServerRequests, summaries: DocumentSummaries): vscode.Disposable {
  /** One decoration type per opacity in use (a type's opacity is fixed when it is made). */
  const types = new Map<number, vscode.TextEditorDecorationType>();
  const typeFor = (opacity: number): vscode.TextEditorDecorationType => {
    let type = types.get(opacity);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        opacity: String(opacity),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      types.set(opacity, type);
    }
    return type;
  };
  const clear = (editor: vscode.TextEditor, except?: vscode.TextEditorDecorationType): void => {
    for (const type of types.values()) if (type !== except) editor.setDecorations(type, []);
  };

  const decorate = async (editor: vscode.TextEditor): Promise<void> => {
    const document = editor.document;
    const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION, document).get<unknown>('dimSource', true);
    const opacity = sourceOpacity(setting, themeKind());
    if (opacity === null || isHighContrast() || !summaries.isBilingual(document.uri)) {
      clear(editor);
      return;
    }
    const dimmed = typeFor(opacity);
    const version = document.version;
    const lookups = await requests.lookupRanges(document).catch(() => null);
    // The document changed while the server answered; the next summary brings ranges that fit.
    if (!lookups || document.version !== version || lookups.version !== version) return;
    clear(editor, dimmed);
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
    { dispose: () => types.forEach((type) => type.dispose()) },
    summaries.onDidChange(decorateDocument),
    vscode.window.onDidChangeVisibleTextEditors(decorateAll),
    vscode.window.onDidChangeActiveColorTheme(decorateAll),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.dimSource`)) decorateAll();
    }),
  );
}
