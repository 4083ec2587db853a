/**
 * Diagnostics and the `bilingualDocs/status` summary of each open document: at once on open and on any
 * configuration change, after the configured pause (`bilingualDocs.diagnosticsDelay`) on typing.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { StatusNotification } from '../../../shared/protocol';
import { errorText, type ServerSession } from '../session';

export function registerDiagnostics(session: ServerSession): ServerCapabilities {
  const { connection, documents, service } = session;
  const pendingDiagnostics = new Map<string, ReturnType<typeof setTimeout>>();

  async function publishDiagnostics(uri: string): Promise<void> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const checked = await session.checkedDocument(uri);
    // A newer version has its own run coming; a closed document has had its diagnostics cleared.
    if (!checked || checked.version !== version || documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: service.getDiagnostics(checked) });
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

  session.onConfigurationChanged(() => {
    for (const document of documents.all()) scheduleDiagnostics(document.uri, true);
  });

  /** Documents whose open is being handled: `onDidChangeContent` fires for an open too, right after `onDidOpen`. */
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
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
