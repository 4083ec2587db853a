/**
 * One Preview Bilingual webview, showing one document. It asks the server for the preview whenever the page
 * (re)loads and whenever the server has published the document's diagnostics again; it tells the page which
 * unit the editor's cursor is in; it reveals units and follows links the page reports.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { PreviewResult } from '../../../shared/protocol';
import type { ServerRequests } from '../serverRequests';
import { unitIndexAt } from '../units';
import { classifyLink, linkedFile } from './links';
import { notificationText } from '../uiText';
import type { HostMessage, PageMessage } from './messages';
import { renderPreviewContent } from './render';
import { renderPreviewShell } from './shell';

export const PREVIEW_VIEW_TYPE = 'bilingualDocs.preview';

/** The only folders the page may load from: the bundled page script and the stylesheet. */
export function previewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'media'), vscode.Uri.joinPath(extensionUri, 'client', 'media')];
}

export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableForms: false, localResourceRoots: previewResourceRoots(extensionUri) };
}

export function previewTitle(documentUri: vscode.Uri): string {
  return `Bilingual ${documentUri.path.split('/').pop() ?? ''}`;
}

function safelyDecoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export interface PreviewRendered {
  readonly uri: string;
  readonly version: number;
  readonly unitCount: number;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  private readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  private lastResult: PreviewResult | null = null;
  private currentUnitIndex: number | null = null;
  /** Only the newest refresh may paint; an older answer arriving late is dropped. */
  private refreshSequence = 0;
  private isDisposed = false;

  readonly onDidDispose = this.disposed.event;
  /** Fires when the page has been sent new content (for tests that wait on the preview). */
  readonly onDidRender = this.rendered.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly documentUri: vscode.Uri,
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
  ) {
    panel.webview.options = previewWebviewOptions(extensionUri);
    panel.title = previewTitle(documentUri);
    panel.webview.html = this.shell();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: PageMessage) => this.onPageMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private shell(): string {
    const webview = this.panel.webview;
    return renderPreviewShell({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'media', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'client', 'media', 'preview.css')).toString(),
      documentUri: this.documentUri.toString(),
      title: this.panel.title,
    });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private onPageMessage(message: PageMessage): void {
    switch (message?.type) {
      case 'ready':
        void this.refresh();
        break;
      case 'reveal':
        if (Number.isInteger(message.unitIndex)) this.report(this.revealUnit(message.unitIndex, message.focusEditor === true));
        break;
      case 'openLink':
        if (typeof message.href === 'string') this.report(this.openLink(message.href));
        break;
    }
  }

  /** A page request that failed (a deleted file, a malformed link) is said once, not thrown into the void. */
  private report(action: Promise<void>): void {
    action.catch((error: unknown) => {
      void vscode.window.showWarningMessage(`Bilingual Docs: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** Ask the server for the document's preview and show it; the page keeps what it had if that fails. */
  async refresh(): Promise<void> {
    if (!this.panel.visible) return;
    const sequence = ++this.refreshSequence;
    let message: string | null = null;
    try {
      const document = await vscode.workspace.openTextDocument(this.documentUri);
      const result = await this.requests.preview(document);
      if (sequence !== this.refreshSequence) return;
      if (result) {
        this.lastResult = result;
        this.currentUnitIndex = this.cursorUnitIndex();
        const html = renderPreviewContent(result, { fileName: this.documentUri.path.split('/').pop() ?? '' });
        this.post({ type: 'update', html, version: result.summary.version, currentUnitIndex: this.currentUnitIndex });
        this.rendered.fire({ uri: this.documentUri.toString(), version: result.summary.version, unitCount: result.units.length });
      } else {
        message = 'The language server has no preview for this document yet.';
      }
    } catch (error) {
      if (sequence !== this.refreshSequence) return;
      message = error instanceof Error ? error.message : String(error);
    }
    this.post({ type: 'message', text: message });
  }

  private cursorUnitIndex(): number | null {
    const editor = this.editorOfDocument();
    return editor && this.lastResult ? unitIndexAt(this.lastResult.units, editor.selection.active) : null;
  }

  private editorOfDocument(): vscode.TextEditor | undefined {
    const uri = this.documentUri.toString();
    const active = vscode.window.activeTextEditor;
    if (active?.document.uri.toString() === uri) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri);
  }

  /** The editor's cursor moved: mark its unit, and bring the row into view. */
  onCursorMoved(position: vscode.Position): void {
    if (!this.lastResult) return;
    const unitIndex = unitIndexAt(this.lastResult.units, position);
    if (unitIndex === this.currentUnitIndex) return;
    this.currentUnitIndex = unitIndex;
    this.post({ type: 'cursor', unitIndex, scroll: true });
  }

  private async revealUnit(unitIndex: number, focusEditor: boolean): Promise<void> {
    const unit = this.lastResult?.units[unitIndex];
    if (!unit) return;
    const document = await vscode.workspace.openTextDocument(this.documentUri);
    const start = new vscode.Position(unit.targetRange.start.line, unit.targetRange.start.character);
    const editor = this.editorOfDocument();
    const shown = await vscode.window.showTextDocument(document, {
      viewColumn: editor?.viewColumn ?? vscode.ViewColumn.Beside,
      preserveFocus: !focusEditor,
      selection: new vscode.Range(start, start),
    });
    const range = new vscode.Range(unit.unitRange.start.line, unit.unitRange.start.character, unit.unitRange.end.line, unit.unitRange.end.character);
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Links are checked again here: the page is never trusted to have done it. */
  private async openLink(href: string): Promise<void> {
    const target = classifyLink(href);
    if (target.kind === 'blocked') {
      const message = `Bilingual Docs did not open the link: ${target.reason}.`;
      void vscode.window.showInformationMessage(notificationText(message));
    } else if (target.kind === 'external') {
      await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    } else if (target.path.startsWith('/')) {
      const message =
        `The link ${href} is relative to the published site, not to a file; Bilingual Docs cannot open it.`;
      void vscode.window.showInformationMessage(notificationText(message));
    } else if (target.path !== '') {
      const file = linkedFile(this.documentUri.path, safelyDecoded(target.path), this.linkableFolders());
      if (file.kind === 'refused') {
        const message = `Bilingual Docs did not open the link ${href}: ${file.reason}.`;
        void vscode.window.showInformationMessage(notificationText(message));
      } else {
        const uri = this.documentUri.with({ path: file.path, query: '', fragment: '' });
        await vscode.commands.executeCommand('vscode.open', uri);
      }
    }
  }

  /** The workspace folders on the article's file system; with none open, the article's own folder. */
  private linkableFolders(): string[] {
    const { scheme, authority } = this.documentUri;
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
    const same = folders.filter((uri) => uri.scheme === scheme && uri.authority === authority).map((uri) => uri.path);
    return same.length > 0 ? same : [this.documentUri.path.split('/').slice(0, -1).join('/') || '/'];
  }

  reveal(column: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.refreshSequence++;
    this.disposed.fire();
    this.disposed.dispose();
    this.rendered.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
