/**
 * The latest DocumentSummary of each open document, as the server announces it (`bilingualDocs/status`) each time
 * it publishes the document's diagnostics. The status bar, the context keys, the preview and the source dimming
 * all follow this one stream, so they change together with the diagnostics.
 */
import * as vscode from 'vscode';
import type { DocumentSummary } from '../../shared/protocol';

export class DocumentSummaries implements vscode.Disposable {
  private readonly byUri = new Map<string, DocumentSummary>();
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly closeListener: vscode.Disposable;

  /** Fires with the document's URI (as a string) when its summary arrives, and when it is closed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.closeListener = vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri));
  }

  get(uri: vscode.Uri): DocumentSummary | undefined {
    return this.byUri.get(uri.toString());
  }

  /** Whether the document holds bilingual markup, as far as the server has said. */
  isBilingual(uri: vscode.Uri): boolean {
    return this.get(uri)?.hasMarkup === true;
  }

  update(summary: DocumentSummary): void {
    this.byUri.set(summary.uri, summary);
    this.changed.fire(summary.uri);
  }

  private forget(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire(uri.toString());
  }

  dispose(): void {
    this.closeListener.dispose();
    this.changed.dispose();
  }
}
