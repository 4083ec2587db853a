/**
 * The custom requests of protocol.ts, typed. A preview result is kept until the server publishes the document's
 * diagnostics again, so the preview, the source dimming and the commands ask for it once between them.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RequestType } from 'vscode-languageserver-protocol';
import {
  LookupRangesRequest,
  PreviewRequest,
  UnitAtRequest,
  type LookupRangesResult,
  type PreviewResult,
  type UnitAtResult,
} from '../../shared/protocol';

/** Why a request got no answer, in words for the user. */
export class ServerUnavailableError extends Error {}

export class ServerRequests {
  private readonly previews = new Map<
    string,
    { readonly version: number; readonly result: Promise<PreviewResult | null> }
  >();

  constructor(private readonly client: BaseLanguageClient) {}

  /** The preview of the document as it is now (null when the server does not know it). */
  preview(document: vscode.TextDocument): Promise<PreviewResult | null> {
    const uri = document.uri.toString();
    const cached = this.previews.get(uri);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.send(PreviewRequest, { uri });
    this.previews.set(uri, { version: document.version, result });
    result.catch(() => {
      if (this.previews.get(uri)?.result === result) this.previews.delete(uri);
    });
    return result;
  }

  /** Where the lookup halves stand, for dimming; far smaller than the preview. */
  lookupRanges(document: vscode.TextDocument): Promise<LookupRangesResult | null> {
    return this.send(LookupRangesRequest, { uri: document.uri.toString() });
  }

  unitAt(document: vscode.TextDocument, position: vscode.Position): Promise<UnitAtResult | null> {
    const at = { line: position.line, character: position.character };
    return this.send(UnitAtRequest, { uri: document.uri.toString(), position: at });
  }

  /**
   * Forget the document's cached preview: the server has published its diagnostics again, possibly for the same
   * version under changed settings, or the document was closed.
   */
  invalidate(uri: string): void {
    this.previews.delete(uri);
  }

  /** A typed request of shared/protocol.ts; a failure becomes a `ServerUnavailableError` with words for the user. */
  async send<P, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
    try {
      // The client's overload wraps P in a conditional type that a generic P cannot meet; `type` ties them already.
      return await this.client.sendRequest(type, params as never, token);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ServerUnavailableError(
        vscode.l10n.t('The Bilingual Docs language server did not answer ({0}).', reason),
      );
    }
  }
}
