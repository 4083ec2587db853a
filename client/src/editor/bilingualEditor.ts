/**
 * The Bilingual Editor: a custom editor (`bilingualDocs.editor`, opened with "Open in Bilingual Editor" or
 * "Reopen Editor With…") over the same TextDocument as the text editor, and the commands of its grid. The grid's
 * keys are contributed keybindings that run these commands, so users can rebind them.
 */
import * as vscode from 'vscode';
import type { GridCommand, GridFilter } from '../../../shared/protocol';
import type { ServerRequests } from '../serverRequests';
import type { DocumentSummaries } from '../summaries';
import { newNonce } from '../webviewNonce';
import { GridSession, type GridRendered } from './gridSession';

export const BILINGUAL_EDITOR_VIEW_TYPE = 'bilingualDocs.editor';

const GRID_COMMANDS: readonly [string, GridCommand][] = [
  ['bilingualDocs.editor.commitAndNext', 'commitAndNext'],
  ['bilingualDocs.editor.commit', 'commit'],
  ['bilingualDocs.editor.cancelEdit', 'cancelEdit'],
  ['bilingualDocs.editor.nextProblem', 'nextProblem'],
  ['bilingualDocs.editor.previousProblem', 'previousProblem'],
  ['bilingualDocs.editor.nextUntranslated', 'nextUntranslated'],
  ['bilingualDocs.editor.previousUntranslated', 'previousUntranslated'],
  ['bilingualDocs.editor.copySourceToTarget', 'copySourceToTarget'],
  ['bilingualDocs.editor.find', 'find'],
];

const GRID_FILTERS: readonly GridFilter[] = ['all', 'untranslated', 'problems', 'edited'];

/** The filters as "Filter Units…" offers them, in the display language. */
function filterItems(): (vscode.QuickPickItem & { readonly filter: GridFilter })[] {
  return [
    { label: vscode.l10n.t('All units'), filter: 'all' },
    { label: vscode.l10n.t('Untranslated units'), filter: 'untranslated' },
    { label: vscode.l10n.t('Units with problems'), filter: 'problems' },
    { label: vscode.l10n.t('Units edited since the editor opened'), filter: 'edited' },
  ];
}

export class BilingualEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly sessions = new Set<GridSession>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<GridRendered>();
  /** The grid that was active last: the one the grid commands act on. */
  private active: GridSession | undefined;
  /** Fires whenever a grid has been sent rows. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    summaries: DocumentSummaries,
  ) {
    // The server announces each checked version of a document; that is when a grid's rows can change.
    this.disposables.push(
      summaries.onDidChange((uri) => {
        for (const session of this.sessions) if (session.uri === uri) void session.refresh();
      }),
      this.rendered,
    );
  }

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const session = new GridSession(document, panel, this.extensionUri, this.requests, newNonce);
    this.sessions.add(session);
    this.active = session;
    session.onDidRender((event) => this.rendered.fire(event));
    session.onDidBecomeActive(() => (this.active = session));
    session.onDidDispose(() => {
      this.sessions.delete(session);
      if (this.active === session) this.active = undefined;
    });
  }

  /** The grid the commands act on: the active one, else none. */
  activeSession(): GridSession | undefined {
    return this.active?.panel.active ? this.active : [...this.sessions].find((session) => session.panel.active);
  }

  sessionOf(uri: vscode.Uri): GridSession | undefined {
    return [...this.sessions].find((session) => session.uri === uri.toString());
  }

  register(): vscode.Disposable {
    const commands = GRID_COMMANDS.map(([id, command]) =>
      vscode.commands.registerCommand(id, () => this.activeSession()?.command(command)),
    );
    return vscode.Disposable.from(
      vscode.window.registerCustomEditorProvider(BILINGUAL_EDITOR_VIEW_TYPE, this, {
        // The grid holds what a translator is typing and where they are in a long article; a reload would lose both.
        webviewOptions: { retainContextWhenHidden: true },
        supportsMultipleEditorsPerDocument: true,
      }),
      vscode.commands.registerCommand('bilingualDocs.openEditor', (uri?: vscode.Uri) =>
        openWith(uri, vscode.ViewColumn.Active),
      ),
      vscode.commands.registerCommand('bilingualDocs.openEditorToSide', (uri?: vscode.Uri) =>
        openWith(uri, vscode.ViewColumn.Beside),
      ),
      vscode.commands.registerCommand('bilingualDocs.editor.openTextEditor', async () => {
        const session = this.activeSession();
        if (!session) return;
        // As "Reopen Editor With…" does: the text editor takes the grid's place in its group.
        const column = session.panel.viewColumn;
        const gridTab = vscode.window.tabGroups.all
          .find((group) => group.viewColumn === column)
          ?.tabs.find(
            (tab) =>
              tab.input instanceof vscode.TabInputCustom &&
              tab.input.viewType === BILINGUAL_EDITOR_VIEW_TYPE &&
              tab.input.uri.toString() === session.uri,
          );
        await vscode.commands.executeCommand('vscode.openWith', session.document.uri, 'default', column);
        if (gridTab) await vscode.window.tabGroups.close(gridTab);
      }),
      vscode.commands.registerCommand('bilingualDocs.editor.changeFilter', async (filter?: GridFilter) => {
        const session = this.activeSession();
        if (!session) return;
        const chosen =
          filter !== undefined && GRID_FILTERS.includes(filter)
            ? filter
            : (await vscode.window.showQuickPick(filterItems(), { placeHolder: vscode.l10n.t('Show which units?') }))
                ?.filter;
        if (chosen) session.setFilter(chosen);
      }),
      ...commands,
    );
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** Opens a Markdown file (the given one, else the active editor's) in the Bilingual Editor. */
async function openWith(uri: vscode.Uri | undefined, viewColumn: vscode.ViewColumn): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a localized Markdown article first, then open it in the Bilingual Editor.'),
    );
    return;
  }
  await vscode.commands.executeCommand('vscode.openWith', target, BILINGUAL_EDITOR_VIEW_TYPE, viewColumn);
}
