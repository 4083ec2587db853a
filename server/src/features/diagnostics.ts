/**
 * Diagnostics and the `bilingualDocs/status` summary of each open document: at once on open and on any
 * configuration change, after the configured pause (`bilingualDocs.diagnosticsDelay`) on typing. When a change
 * (in any article) changes the consistency groups of other open documents, they are published again after the same
 * pause; with `bilingualDocs.workspaceDiagnostics` on, articles that are not open get their consistency findings
 * across files too, and lose them when fixed or when the setting goes off.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { StatusNotification } from '../../../shared/protocol';
import { normalizeUri } from '../fileSystem';
import type { DiagnosticsOptions } from '../languageService';
import { errorText, type ServerSession } from '../session';

export function registerDiagnostics(session: ServerSession): ServerCapabilities {
  const { connection, documents, service, consistency } = session;
  const pendingDiagnostics = new Map<string, ReturnType<typeof setTimeout>>();
  /** Articles that are not open and have diagnostics published, by their keys in the consistency index. */
  const publishedClosed = new Set<string>();

  function diagnosticsOptions(): DiagnosticsOptions {
    return {
      relatedInformation: session.clientCapabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
      relatedRange: (document, unitIndex) => consistency.rangeOf(document, unitIndex),
    };
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const checked = await session.checkedDocument(uri);
    // A newer version has its own run coming; a closed document has had its diagnostics cleared.
    if (!checked || checked.version !== version || documents.get(uri)?.version !== version) return;
    const diagnostics = service.getDiagnostics(checked, diagnosticsOptions());
    await connection.sendDiagnostics({ uri, version, diagnostics });
    await connection.sendNotification(StatusNotification, service.getSummary(checked));
  }

  function runPublish(uri: string): void {
    publishDiagnostics(uri).catch((error: unknown) =>
      connection.console.error(`Diagnostics for ${uri} failed: ${errorText(error)}`),
    );
  }

  /** Diagnostics after the configured pause; a newer change restarts it. */
  function scheduleDiagnostics(uri: string, immediately: boolean): void {
    clearTimeout(pendingDiagnostics.get(uri));
    pendingDiagnostics.delete(uri);
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    if (immediately) {
      runPublish(uri);
      return;
    }
    session
      .settingsFor(uri)
      .then((settings) => {
        if (documents.get(uri)?.version !== version) return;
        clearTimeout(pendingDiagnostics.get(uri));
        const publishLater = () => {
          pendingDiagnostics.delete(uri);
          runPublish(uri);
        };
        pendingDiagnostics.set(uri, setTimeout(publishLater, settings.diagnosticsDelay));
      })
      .catch((error: unknown) =>
        connection.console.error(`Scheduling diagnostics for ${uri} failed: ${errorText(error)}`),
      );
  }

  async function publishClosed(key: string): Promise<void> {
    const settings = await session.settingsFor(undefined);
    if (session.openUriOf(key) !== undefined) return;
    const findings = settings.workspaceDiagnostics === true ? consistency.findingsFor(key) : [];
    if (findings.length === 0) {
      if (publishedClosed.delete(key)) await connection.sendDiagnostics({ uri: key, diagnostics: [] });
      return;
    }
    publishedClosed.add(key);
    const diagnostics = service.getRecordedDiagnostics(key, findings, diagnosticsOptions());
    await connection.sendDiagnostics({ uri: key, diagnostics });
  }

  function runPublishClosed(key: string): void {
    publishClosed(key).catch((error: unknown) =>
      connection.console.error(`Diagnostics for ${key} failed: ${errorText(error)}`),
    );
  }

  consistency.onGroupsChanged((changed) => {
    for (const key of changed) {
      const openUri = session.openUriOf(key);
      if (openUri !== undefined) scheduleDiagnostics(openUri, false);
      else runPublishClosed(key);
    }
  });

  session.onConfigurationChanged(() => {
    for (const document of documents.all()) scheduleDiagnostics(document.uri, true);
  });
  // The setting may have gone off: what was published for closed articles goes at once, not after indexing again.
  session.onConfigurationSourcesChanged(() => {
    for (const key of publishedClosed) runPublishClosed(key);
  });

  /** Documents whose open is being handled: `onDidChangeContent` fires for an open too, right after `onDidOpen`. */
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    publishedClosed.delete(normalizeUri(event.document.uri));
    justOpened.add(event.document.uri);
    scheduleDiagnostics(event.document.uri, true);
  });
  documents.onDidChangeContent((event) => {
    if (justOpened.delete(event.document.uri)) return;
    scheduleDiagnostics(event.document.uri, false);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(pendingDiagnostics.get(uri));
    pendingDiagnostics.delete(uri);
    session.forgetDocument(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  return {};
}
