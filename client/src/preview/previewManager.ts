/**
 * The open Preview Bilingual panels, as VS Code's Markdown preview keeps its own: one preview follows the active
 * Markdown editor; a locked preview stays on its document. The manager opens or reveals them, restores them after
 * a reload (webview serializer), applies the chosen layout to all of them, and passes on what they follow: new
 * summaries from the server, the editor's cursor and its scrolling.
 */
import * as vscode from 'vscode';
import type { DocumentSummaries } from '../summaries';
import type { ServerRequests } from '../serverRequests';
import { isPreviewLayout, type PreviewLayout, type PreviewPageState } from './messages';
import {
  PREVIEW_VIEW_TYPE,
  PreviewPanel,
  previewTitle,
  previewWebviewOptions,
  type PreviewRendered,
} from './previewPanel';

const LAYOUT_KEY = 'bilingualDocs.preview.layout';
export const DEFAULT_LAYOUT: PreviewLayout = 'columns';

function documentUriOf(state: Partial<PreviewPageState> | undefined): vscode.Uri | undefined {
  if (typeof state?.documentUri !== 'string' || state.documentUri === '') return undefined;
  try {
    return vscode.Uri.parse(state.documentUri, true);
  } catch {
    return undefined;
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<PreviewPanel>();
  /** The unlocked preview, which follows the active editor; at most one. */
  private following: PreviewPanel | undefined;
  /** The preview the user last had in front, for the lock and layout commands. */
  private lastActive: PreviewPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires each time a preview has been sent new content. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
    summaries: DocumentSummaries,
    private readonly memento: vscode.Memento,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: Partial<PreviewPageState> | undefined) =>
          this.revive(panel, state),
      }),
      summaries.onDidChange((uri) => {
        for (const preview of this.previewsOf(uri)) void preview.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const previews = this.previewsOf(event.textEditor.document.uri.toString());
        for (const preview of previews) preview.onCursorMoved(event.selections[0]!.active);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const top = event.visibleRanges[0]?.start.line;
        if (top === undefined) return;
        for (const preview of this.previewsOf(event.textEditor.document.uri.toString())) preview.onEditorScrolled(top);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== 'markdown') return;
        this.following?.showDocument(editor.document.uri);
      }),
    );
  }

  get layout(): PreviewLayout {
    const saved = this.memento.get<string>(LAYOUT_KEY);
    return isPreviewLayout(saved) ? saved : DEFAULT_LAYOUT;
  }

  /** Every open preview takes the layout, and new ones open in it. */
  async setLayout(layout: PreviewLayout): Promise<void> {
    await this.memento.update(LAYOUT_KEY, layout);
    for (const preview of this.previews) preview.setLayout(layout);
  }

  private previewsOf(uri: string): PreviewPanel[] {
    return [...this.previews].filter((preview) => preview.documentUri.toString() === uri);
  }

  /** The preview in front, or else the one last in front, or else the one following the editor. */
  activePreview(): PreviewPanel | undefined {
    return [...this.previews].find((preview) => preview.panel.active) ?? this.lastActive ?? this.following;
  }

  /** Opens the document's preview: its own if it has one, else the following preview turned to it, else a new one. */
  show(documentUri: vscode.Uri, toTheSide: boolean): void {
    const column = toTheSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = this.previewsOf(documentUri.toString());
    const shown = existing.find((preview) => preview === this.following) ?? existing[0] ?? this.following;
    if (shown) {
      shown.showDocument(documentUri);
      shown.reveal(toTheSide ? (shown.panel.viewColumn ?? column) : column, toTheSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      previewTitle(documentUri),
      { viewColumn: column, preserveFocus: toTheSide },
      previewWebviewOptions(this.extensionUri, documentUri),
    );
    this.following = this.track(new PreviewPanel(panel, documentUri, this.extensionUri, this.requests, this.layout));
  }

  /**
   * Locks the preview in front on its document, or unlocks it to follow the active editor again (closing the
   * preview that followed until then, as VS Code's Markdown preview does). Says which it did.
   */
  toggleLock(): void {
    const preview = this.activePreview();
    if (!preview) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open Preview Bilingual first: there is no preview to lock.'),
      );
      return;
    }
    if (preview.isLocked) {
      const previous = this.following;
      preview.setLocked(false);
      this.following = preview;
      if (previous && previous !== preview) previous.dispose();
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId === 'markdown') preview.showDocument(editor.document.uri);
    } else {
      preview.setLocked(true);
      if (this.following === preview) this.following = undefined;
    }
    const said = preview.isLocked
      ? vscode.l10n.t('Preview Bilingual locked on this article')
      : vscode.l10n.t('Preview Bilingual follows the active editor');
    vscode.window.setStatusBarMessage(said, 3000);
  }

  /** A preview that was open before the window reloaded; its page state names the document. */
  private revive(panel: vscode.WebviewPanel, state: Partial<PreviewPageState> | undefined): void {
    const documentUri = documentUriOf(state);
    if (!documentUri) {
      panel.dispose();
      return;
    }
    const preview = this.track(new PreviewPanel(panel, documentUri, this.extensionUri, this.requests, this.layout));
    if (this.following) preview.setLocked(true);
    else this.following = preview;
  }

  private track(preview: PreviewPanel): PreviewPanel {
    this.previews.add(preview);
    const subscriptions = [
      preview.onDidRender((event) => this.rendered.fire(event)),
      preview.onDidChooseLayout((layout) => void this.setLayout(layout)),
      preview.panel.onDidChangeViewState((event) => {
        if (event.webviewPanel.active) this.lastActive = preview;
      }),
    ];
    preview.onDidDispose(() => {
      for (const subscription of subscriptions) subscription.dispose();
      this.previews.delete(preview);
      if (this.following === preview) this.following = undefined;
      if (this.lastActive === preview) this.lastActive = undefined;
    });
    return preview;
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.rendered.dispose();
  }
}
