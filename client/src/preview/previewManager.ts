/**
 * The open Preview Bilingual panels, one per document: opens or reveals them, restores them after a reload
 * (webview serializer), and passes on what they follow: new summaries from the server and the editor's cursor.
 */
import * as vscode from 'vscode';
import type { DocumentSummaries } from '../summaries';
import type { ServerRequests } from '../serverRequests';
import type { PreviewPageState } from './messages';
import { PREVIEW_VIEW_TYPE, PreviewPanel, previewTitle, previewWebviewOptions, type PreviewRendered } from './previewPanel';

function documentUriOf(state: Partial<PreviewPageState> | undefined): vscode.Uri | undefined {
  if (typeof state?.documentUri !== 'string' || state.documentUri === '') return undefined;
  try {
    return vscode.Uri.parse(state.documentUri, true);
  } catch {
    return undefined;
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires each time a preview has been sent new content. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    summaries: DocumentSummaries,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: Partial<PreviewPageState> | undefined) => this.revive(panel, state),
      }),
      summaries.onDidChange((uri) => void this.panels.get(uri)?.refresh()),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        this.panels.get(event.textEditor.document.uri.toString())?.onCursorMoved(event.selections[0]!.active);
      }),
    );
  }

  /** Opens the document's preview, or brings its existing one forward. */
  show(documentUri: vscode.Uri, toTheSide: boolean): void {
    const column = toTheSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = this.panels.get(documentUri.toString());
    if (existing) {
      existing.reveal(toTheSide ? (existing.panel.viewColumn ?? column) : column, toTheSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      previewTitle(documentUri),
      { viewColumn: column, preserveFocus: toTheSide },
      previewWebviewOptions(this.extensionUri),
    );
    this.track(new PreviewPanel(panel, documentUri, this.extensionUri, this.requests));
  }

  /** A preview that was open before the window reloaded; its page state names the document. */
  private revive(panel: vscode.WebviewPanel, state: Partial<PreviewPageState> | undefined): void {
    const documentUri = documentUriOf(state);
    if (!documentUri || this.panels.has(documentUri.toString())) {
      panel.dispose();
      return;
    }
    this.track(new PreviewPanel(panel, documentUri, this.extensionUri, this.requests));
  }

  private track(preview: PreviewPanel): void {
    const key = preview.documentUri.toString();
    this.panels.set(key, preview);
    const rendered = preview.onDidRender((event) => this.rendered.fire(event));
    preview.onDidDispose(() => {
      rendered.dispose();
      if (this.panels.get(key) === preview) this.panels.delete(key);
    });
  }

  dispose(): void {
    for (const preview of [...this.panels.values()]) preview.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.rendered.dispose();
  }
}
