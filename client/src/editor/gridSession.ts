/**
 * One Bilingual Editor: a webview grid over an open TextDocument. The document is the only model: the grid shows
 * what the language server reads from the document's current version, and every change the grid asks for becomes
 * one WorkspaceEdit on the document, so undo, redo, dirty state, save and hot exit stay VS Code's own.
 */
import * as vscode from 'vscode';
import {
  EditorModelRequest,
  EditorUnitFixesRequest,
  type EditorModelResult,
  type EditorUnitRow,
  type UnitFix,
  type FromGridMessage,
  type GridCommand,
  type GridFilter,
  type Range,
  type ToGridMessage,
} from '../../../shared/protocol';
import { targetChange, unwritableEdit, type UnwritableEdit } from '../../../shared/targetEdit';
import type { ServerRequests } from '../serverRequests';
import {
  gridContentOf,
  gridUpdate,
  rawOf,
  spanTokensPairUp,
  targetFingerprints,
  withUnitFixes,
  type GridContent,
} from './gridRows';
import { renderGridShell } from './gridShell';
import { notificationText } from '../uiText';

function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Rows sent ahead of the others when the grid is filled anew: more than a tall window shows. */
const FIRST_ROWS = 200;

export interface GridRendered {
  readonly uri: string;
  readonly version: number;
  readonly kind: 'reset' | 'patch';
  readonly changedRows: number;
}

export class GridSession implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private model: EditorModelResult | undefined;
  private content: GridContent | undefined;
  private openedTargets: Map<string, string> | undefined;
  private ready = false;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  /** The model asked for while the page starts, so a large article's rows are ready when the page is. */
  private prefetched: Promise<EditorModelResult | null> | undefined;
  /** The unit whose target cell has the focus: its row shows the fixes made on request (spelling corrections). */
  private focusedUnit: number | undefined;
  /** Those fixes, per unit, for the model's version: `this.model` carries them in its rows once they are here. */
  private unitFixes = new Map<number, readonly (readonly UnitFix[])[]>();
  private readonly rendered = new vscode.EventEmitter<GridRendered>();
  private readonly disposed = new vscode.EventEmitter<void>();
  private readonly activated = new vscode.EventEmitter<void>();
  /** Fires after the page has been sent rows (for tests that wait on the grid, and for figures). */
  readonly onDidRender = this.rendered.event;
  readonly onDidDispose = this.disposed.event;
  /** Fires when this editor becomes the active one. */
  readonly onDidBecomeActive = this.activated.event;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    private readonly nonce: () => string,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'media');
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [media, vscode.Uri.joinPath(extensionUri, 'client', 'media')],
    };
    panel.webview.html = this.shell();
    this.prefetched = requests.send(EditorModelRequest, { uri: this.uri }).catch(() => null);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromGridMessage) => this.report(this.receive(message))),
      panel.onDidChangeViewState((event) => {
        if (event.webviewPanel.active) this.activated.fire();
        else void vscode.commands.executeCommand('setContext', 'bilingualDocs.editorTargetFocus', false);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  get fileName(): string {
    return this.document.uri.path.split('/').pop() ?? '';
  }

  private shell(): string {
    const webview = this.panel.webview;
    const asset = (...path: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    return renderGridShell({
      cspSource: webview.cspSource,
      nonce: this.nonce(),
      scriptUri: asset('dist', 'media', 'editor.js'),
      styleUri: asset('client', 'media', 'editor.css'),
      title: vscode.l10n.t('Bilingual Editor: {0}', this.fileName),
      uiLanguage: vscode.env.language,
    });
  }

  private post(message: ToGridMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Runs a grid command (from a keybinding or the palette) in the page. */
  command(command: GridCommand): void {
    this.post({ type: 'command', command });
  }

  setFilter(filter: GridFilter): void {
    this.post({ type: 'setFilter', filter });
  }

  focusUnit(unitIndex: number): void {
    this.post({ type: 'focusUnit', unitIndex });
  }

  /** Handles a message of the page; the page is never trusted, so every field is checked. */
  async receive(message: FromGridMessage): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.content = undefined;
        await this.refresh();
        break;
      case 'commit':
        await this.commit(message);
        break;
      case 'applyFix':
        await this.applyFix(message.unitIndex, message.problem, message.fix);
        break;
      case 'reveal':
        if (Number.isInteger(message.unitIndex)) await this.reveal(message.unitIndex);
        break;
      case 'focused': {
        // Enter, Escape and Ctrl+Enter are the grid's only while a target cell has the focus.
        const targetFocused = Number.isInteger(message.unitIndex);
        this.focusedUnit = targetFocused ? (message.unitIndex as number) : undefined;
        await vscode.commands.executeCommand('setContext', 'bilingualDocs.editorTargetFocus', targetFocused);
        this.post({ type: 'keysReady', ready: targetFocused });
        if (this.focusedUnit !== undefined) await this.showFixesOnRequest(this.focusedUnit);
        break;
      }
      default:
        break;
    }
  }

  /**
   * Asks the server for the model of the document's current version and sends the page what changed. Calls made
   * while one is running fold into one more run after it.
   */
  refresh(): Promise<void> {
    if (!this.ready) return Promise.resolve();
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          await this.refreshOnce();
        } while (this.refreshAgain);
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const prefetched = this.prefetched ? await this.prefetched : null;
    this.prefetched = undefined;
    const current = prefetched && prefetched.version === this.document.version;
    const model = current ? prefetched : await this.requests.send(EditorModelRequest, { uri: this.uri });
    // The server answers for the version it has; a newer one is on its way and announces itself when checked.
    if (!model || model.version > this.document.version) return;
    if (this.model && model.version < this.model.version) return;
    if (model.version !== this.model?.version) this.unitFixes = new Map();
    this.model = withUnitFixes(model, this.unitFixes);
    this.openedTargets ??= targetFingerprints(model);
    this.send(gridContentOf(this.model, this.fileName, this.openedTargets));
    if (this.focusedUnit !== undefined) void this.showFixesOnRequest(this.focusedUnit);
  }

  /** Sends the page what changed since the content it has: everything, or the rows that changed. */
  private send(next: GridContent): void {
    const model = this.model!;
    const previous = this.content;
    this.content = next;
    const update = previous ? gridUpdate(previous, next) : ({ kind: 'reset' } as const);
    if (update.kind === 'reset') {
      // A screenful of rows first: the page shows them while the rest of a long article is still on its way.
      const first = next.rows.slice(0, FIRST_ROWS);
      this.post({ type: 'reset', version: model.version, header: next.header, rows: first });
      if (next.rows.length > FIRST_ROWS)
        this.post({ type: 'appendRows', version: model.version, rows: next.rows.slice(FIRST_ROWS) });
      this.rendered.fire({ uri: this.uri, version: model.version, kind: 'reset', changedRows: next.rows.length });
    } else {
      this.post({ type: 'patch', version: model.version, header: next.header, changed: update.changed });
      this.rendered.fire({ uri: this.uri, version: model.version, kind: 'patch', changedRows: update.changed.length });
    }
  }

  /**
   * Gives the unit's row the fixes its problems have only on request (a misspelled word's corrections), once per
   * version: asked for when its target cell gets the focus, as a CAT tool suggests for the segment at hand.
   */
  private async showFixesOnRequest(unitIndex: number): Promise<void> {
    const model = this.model;
    if (!model || !this.content || this.unitFixes.has(unitIndex)) return;
    const row = model.rows.find((candidate) => candidate.kind === 'unit' && candidate.unitIndex === unitIndex);
    if (row?.kind !== 'unit' || !row.problems.some((problem) => problem.fixesOnRequest)) return;
    const params = { uri: this.uri, version: model.version, unitIndex };
    const answer = await this.requests.send(EditorUnitFixesRequest, params).catch(() => null);
    // Another version came meanwhile: its fixes are asked for when it is shown.
    if (!answer || answer.version !== this.model?.version || answer.unitIndex !== unitIndex) return;
    this.unitFixes.set(unitIndex, answer.fixes);
    this.model = withUnitFixes(this.model, this.unitFixes);
    this.send(gridContentOf(this.model, this.fileName, this.openedTargets ?? new Map()));
  }

  /** The model of the document as it is now, asking the server again when the one at hand is older. */
  private async currentModel(): Promise<EditorModelResult | undefined> {
    if (this.model?.version === this.document.version) return this.model;
    const model = await this.requests.send(EditorModelRequest, { uri: this.uri });
    if (model && model.version === this.document.version) {
      if (model.version !== this.model?.version) this.unitFixes = new Map();
      this.model = withUnitFixes(model, this.unitFixes);
      return this.model;
    }
    return undefined;
  }

  private async unitRow(unitIndex: number, id?: string): Promise<EditorUnitRow | string> {
    const model = await this.currentModel();
    if (!model) return notReadYet();
    const row = model.rows.find(
      (candidate): candidate is EditorUnitRow => candidate.kind === 'unit' && candidate.unitIndex === unitIndex,
    );
    if (!row || (id !== undefined && row.id !== id)) {
      return vscode.l10n.t('The unit is no longer at that place in the article.');
    }
    return row;
  }

  private async commit(message: Extract<FromGridMessage, { type: 'commit' }>): Promise<void> {
    const { unitIndex } = message;
    if (
      !Number.isInteger(unitIndex) ||
      typeof message.id !== 'string' ||
      typeof message.baseTarget !== 'string' ||
      !Array.isArray(message.pieces)
    )
      return;
    const fail = (reason: string) => this.post({ type: 'commitFailed', unitIndex, reason });
    const row = await this.unitRow(unitIndex, message.id);
    if (typeof row === 'string') return fail(row);
    if (row.readOnlyReason) return fail(row.readOnlyReason);
    const range = toVscodeRange(row.targetRange);
    const current = this.document.getText(range);
    if (current !== rawOf(row.target)) return fail(notReadYet());
    if (current !== message.baseTarget) {
      const changed = vscode.l10n.t('This target was changed elsewhere while you were typing.');
      return fail(`${changed} ${vscode.l10n.t('Your text stays in the cell: press Escape to see the new target.')}`);
    }
    const pieces = message.pieces.filter(
      (piece) =>
        (piece?.kind === 'text' && typeof piece.text === 'string') ||
        (piece?.kind === 'markup' && typeof piece.raw === 'string'),
    );
    const markupOf = (list: readonly { kind: string; raw?: string }[]) =>
      list.flatMap((piece) => (piece.kind === 'markup' && piece.raw !== undefined ? [piece.raw] : []));
    if (spanTokensPairUp(markupOf(row.target)) && !spanTokensPairUp(markupOf(pieces))) {
      const unpaired = vscode.l10n.t(
        'its <span> and </span> tokens would no longer pair up, and a lone </span> would break the unit.',
      );
      return fail(`${unpaired} ${vscode.l10n.t('Put the token back or delete its pair too.')}`);
    }
    const unwritable = unwritableEdit(row.target, pieces);
    if (unwritable) return fail(unwritableEditText(unwritable));
    const change = targetChange(row.target, pieces);
    if (!change) return;
    const start = this.document.offsetAt(range.start);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      this.document.uri,
      new vscode.Range(this.document.positionAt(start + change.start), this.document.positionAt(start + change.end)),
      change.newText,
    );
    if (!(await vscode.workspace.applyEdit(edit)))
      fail(vscode.l10n.t('VS Code did not apply the edit (is the file read-only?).'));
  }

  private async applyFix(unitIndex: number, problemIndex: number, fixIndex: number): Promise<void> {
    if (![unitIndex, problemIndex, fixIndex].every(Number.isInteger)) return;
    const row = await this.unitRow(unitIndex);
    if (typeof row === 'string') return void vscode.window.showWarningMessage(notificationText(row));
    const fix = row.problems[problemIndex]?.fixes[fixIndex];
    if (!fix) {
      return void vscode.window.showWarningMessage(
        vscode.l10n.t('That fix no longer applies: the problems of the unit have changed.'),
      );
    }
    const edit = new vscode.WorkspaceEdit();
    for (const textEdit of fix.edits) edit.replace(this.document.uri, toVscodeRange(textEdit.range), textEdit.newText);
    // A fix's title quotes the article (an ID, a link), so it is shown as text only.
    if (await vscode.workspace.applyEdit(edit)) return;
    void vscode.window.showWarningMessage(notificationText(vscode.l10n.t('VS Code did not apply "{0}".', fix.title)));
  }

  /** Shows the unit in a text editor beside the grid, the cursor on the first character of its target text. */
  async reveal(unitIndex: number): Promise<void> {
    const row = await this.unitRow(unitIndex);
    if (typeof row === 'string') return;
    const start = toVscodeRange(row.targetRange).start;
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(start, start),
    });
    editor.revealRange(toVscodeRange(row.unitRange), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private report(work: Promise<void>): void {
    work.catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showWarningMessage(notificationText(vscode.l10n.t('Bilingual Editor: {0}', reason)));
    });
  }

  dispose(): void {
    this.disposed.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.rendered.dispose();
    this.disposed.dispose();
    this.activated.dispose();
  }
}

function notReadYet(): string {
  return vscode.l10n.t('The language server has not read the latest change yet; try again in a moment.');
}

/** Why the grid did not write an edit, in the user's language. */
function unwritableEditText(reason: UnwritableEdit): string {
  if (reason.kind === 'touchingBackticks') {
    return vscode.l10n.t(
      '{0} and {1} touch: their backticks would run together and change what is code; put a space between them.',
      reason.first,
      reason.second,
    );
  }
  return vscode.l10n.t(
    'Code and the tokens that open or close it keep their order: moved, they would make code of other text.',
  );
}
