/**
 * One Preview Bilingual webview, showing one document. It asks the server for the preview whenever the page
 * (re)loads and whenever the server has published the document's diagnostics again; it tells the page which
 * unit the editor's cursor is in; it reveals units and follows links the page reports.
 */
import * as vscode from 'vscode';
import type { PreviewResult } from '../../../shared/protocol';
import type { ServerRequests } from '../serverRequests';
import { firstUnitFromLine, unitIndexAt } from '../units';
import { newNonce } from '../webviewNonce';
import { classifyLink, linkedFile, localImagePath } from './links';
import { notificationText } from '../uiText';
import { isPreviewLayout, type HostMessage, type PageMessage, type PreviewLayout } from './messages';
import { renderPreviewContent } from './render';
import { renderPreviewShell } from './shell';

export const PREVIEW_VIEW_TYPE = 'bilingualDocs.preview';

/**
 * The only folders the page may load from: the bundled page script, the stylesheet and, for the article's local
 * images, the workspace folder of the document (or its own folder when it is in none).
 */
export function previewResourceRoots(extensionUri: vscode.Uri, documentUri?: vscode.Uri): vscode.Uri[] {
  const roots = [
    vscode.Uri.joinPath(extensionUri, 'dist', 'media'),
    vscode.Uri.joinPath(extensionUri, 'client', 'media'),
  ];
  if (documentUri?.scheme === 'file') {
    roots.push(vscode.workspace.getWorkspaceFolder(documentUri)?.uri ?? vscode.Uri.joinPath(documentUri, '..'));
  }
  return roots;
}

export function previewWebviewOptions(extensionUri: vscode.Uri, documentUri?: vscode.Uri): vscode.WebviewOptions {
  const localResourceRoots = previewResourceRoots(extensionUri, documentUri);
  return { enableScripts: true, enableForms: false, localResourceRoots };
}

export function previewTitle(documentUri: vscode.Uri, locked = false): string {
  const fileName = documentUri.path.split('/').pop() ?? '';
  return locked ? vscode.l10n.t('[Locked] Bilingual {0}', fileName) : vscode.l10n.t('Bilingual {0}', fileName);
}

/** How long a scroll caused by the other side is not echoed back (the editor reports its own a little later). */
const SCROLL_ECHO_MILLISECONDS = 250;

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
  readonly layout: PreviewLayout;
  /** What the page was sent, for the real-VS-Code tests to read. */
  readonly html: string;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  private readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  private readonly layoutChosen = new vscode.EventEmitter<PreviewLayout>();
  private lastResult: PreviewResult | null = null;
  private currentUnitIndex: number | null = null;
  /** Only the newest refresh may paint; an older answer arriving late is dropped. */
  private refreshSequence = 0;
  private isDisposed = false;
  /** Until when the editor's scrolling is ours (the page asked for it) and is not sent back to the page. */
  private editorScrolledByPageUntil = 0;
  /** The editor line the page last asked to bring to the top; the editor's report of it is an echo. */
  private echoTopLine: number | undefined;
  /** Locked, the preview stays on its document; unlocked, it follows the active editor. */
  private locked = false;

  readonly onDidDispose = this.disposed.event;
  /** Fires when the page has been sent new content (for tests that wait on the preview). */
  readonly onDidRender = this.rendered.event;
  /** The page's layout control was used; the manager applies the choice to every preview. */
  readonly onDidChooseLayout = this.layoutChosen.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.Uri,
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    private layout: PreviewLayout,
  ) {
    panel.webview.options = previewWebviewOptions(extensionUri, document);
    panel.title = previewTitle(document);
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
      nonce: newNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'media', 'preview.js')).toString(),
      styleUri: webview
        .asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'client', 'media', 'preview.css'))
        .toString(),
      documentUri: this.documentUri.toString(),
      title: this.panel.title,
      layout: this.layout,
      uiLanguage: vscode.env.language,
    });
  }

  get documentUri(): vscode.Uri {
    return this.document;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.panel.title = previewTitle(this.document, locked);
  }

  /** Show another document in this preview (it follows the active editor): a fresh page for it. */
  showDocument(documentUri: vscode.Uri): void {
    if (documentUri.toString() === this.document.toString()) return;
    this.document = documentUri;
    this.lastResult = null;
    this.currentUnitIndex = null;
    this.refreshSequence++;
    this.panel.webview.options = previewWebviewOptions(this.extensionUri, documentUri);
    this.panel.title = previewTitle(documentUri, this.locked);
    this.panel.webview.html = this.shell();
  }

  get currentLayout(): PreviewLayout {
    return this.layout;
  }

  setLayout(layout: PreviewLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    void this.refresh();
  }

  /** A local image of the article, as the page may load it; anything else is not loaded. */
  private resolveImage(source: string): string | null {
    const path = localImagePath(source);
    if (path === null) return null;
    return this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.documentUri, '..', path)).toString();
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
        if (Number.isInteger(message.unitIndex))
          this.report(this.revealUnit(message.unitIndex, message.focusEditor === true));
        break;
      case 'openLink':
        if (typeof message.href === 'string') this.report(this.openLink(message.href));
        break;
      case 'scrolled':
        if (Number.isInteger(message.unitIndex)) this.scrollEditorTo(message.unitIndex);
        break;
      case 'setLayout':
        if (isPreviewLayout(message.layout)) this.layoutChosen.fire(message.layout);
        break;
    }
  }

  /** A page request that failed (a deleted file, a malformed link) is said once, not thrown into the void. */
  private report(action: Promise<void>): void {
    action.catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showWarningMessage(vscode.l10n.t('Bilingual Docs: {0}', reason));
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
      // The units are placed by the server's ranges, which hold only for the text of the version they came from;
      // a newer version brings its own refresh when the server has read it.
      if (result && this.layout !== 'units' && result.summary.version !== document.version) return;
      if (result) {
        this.lastResult = result;
        this.currentUnitIndex = this.cursorUnitIndex();
        const html = renderPreviewContent(result, {
          fileName: this.documentUri.path.split('/').pop() ?? '',
          layout: this.layout,
          text: document.getText(),
          resolveImage: (source) => this.resolveImage(source),
        });
        const { version } = result.summary;
        this.post({ type: 'update', html, version, currentUnitIndex: this.currentUnitIndex, layout: this.layout });
        const uri = this.documentUri.toString();
        this.rendered.fire({ uri, version, unitCount: result.units.length, layout: this.layout, html });
      } else {
        message = vscode.l10n.t('The language server has no preview for this document yet.');
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

  /** The page was scrolled: bring the same unit to the top of the editor, without moving its cursor. */
  private scrollEditorTo(unitIndex: number): void {
    const unit = this.lastResult?.units[unitIndex];
    const editor = this.editorOfDocument();
    if (!unit || !editor) return;
    this.editorScrolledByPageUntil = Date.now() + SCROLL_ECHO_MILLISECONDS;
    const line = unit.unitRange.start.line;
    this.echoTopLine = line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** The editor was scrolled: bring the unit at its top to the top of the page. */
  onEditorScrolled(topLine: number): void {
    if (!this.lastResult) return;
    // The editor's report of the line the page asked for is an echo: ignored once. Any other scroll is the
    // person's own, however soon after, and the page follows it (revealing a line moves the editor at once, with
    // no reports on the way there).
    const echo = topLine === this.echoTopLine && Date.now() < this.editorScrolledByPageUntil;
    this.echoTopLine = undefined;
    if (echo) return;
    const unit = firstUnitFromLine(this.lastResult.units, topLine);
    if (unit) this.post({ type: 'scrollToUnit', unitIndex: unit.index });
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
    const range = new vscode.Range(
      unit.unitRange.start.line,
      unit.unitRange.start.character,
      unit.unitRange.end.line,
      unit.unitRange.end.character,
    );
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Links are checked again here: the page is never trusted to have done it. */
  private async openLink(href: string): Promise<void> {
    const target = classifyLink(href);
    if (target.kind === 'blocked') {
      const message = vscode.l10n.t('Bilingual Docs did not open the link: {0}.', target.reason);
      void vscode.window.showInformationMessage(notificationText(message));
    } else if (target.kind === 'external') {
      await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
    } else if (target.path.startsWith('/')) {
      const message = vscode.l10n.t(
        'The link {0} is relative to the published site, not to a file; Bilingual Docs cannot open it.',
        href,
      );
      void vscode.window.showInformationMessage(notificationText(message));
    } else if (target.path !== '') {
      const file = linkedFile(this.documentUri.path, safelyDecoded(target.path), this.linkableFolders());
      if (file.kind === 'refused') {
        const message = vscode.l10n.t('Bilingual Docs did not open the link {0}: {1}.', href, file.reason);
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
    this.layoutChosen.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
