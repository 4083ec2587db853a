/**
 * The workspace's consistency index (see consistencyIndex.ts) kept up to date: built in the background once the
 * client is ready, with progress the user can cancel, built again when settings, configuration files, folders or
 * `files.exclude` change, and told about articles changed on disk or closed. Open documents join it when they are
 * checked (ServerSession.checkedDocument); diagnostics.ts publishes what changes.
 */
import type { ServerCapabilities, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { MARKDOWN_FILE } from '../workspaceIndex';
import { errorText, type ServerSession } from '../session';

/** Progress is reported at most this often (in files), so a large workspace does not flood the client. */
const REPORT_EVERY = 25;

export function registerWorkspaceConsistency(session: ServerSession): ServerCapabilities {
  const { connection, consistency } = session;
  let running: { cancelled: boolean } | undefined;
  let started = false;

  async function progressReporter(): Promise<WorkDoneProgressServerReporter | undefined> {
    if (session.clientCapabilities.window?.workDoneProgress !== true) return undefined;
    try {
      return await connection.window.createWorkDoneProgress();
    } catch {
      return undefined; // the client refused: index without showing progress
    }
  }

  async function build(): Promise<void> {
    if (running) running.cancelled = true;
    const own = { cancelled: false };
    running = own;
    const folders = await Promise.all(
      session.folders.map(async (uri) => ({ uri, exclude: await session.filesExcludeFor(uri) })),
    );
    if (own.cancelled) return;
    const reporter = await progressReporter();
    reporter?.begin('Bilingual Docs', 0, 'Indexing articles', true);
    const progress = {
      get isCancellationRequested() {
        return own.cancelled || reporter?.token.isCancellationRequested === true;
      },
      report(indexed: number, total: number) {
        if (indexed % REPORT_EVERY === 0 || indexed === total) {
          const articles = total === 1 ? '1 article' : `${total} articles`;
          reporter?.report(Math.floor((indexed / total) * 100), `Indexing ${articles}`);
        }
      },
    };
    try {
      await consistency.build(folders, progress);
    } finally {
      reporter?.done();
      if (running === own) running = undefined;
    }
  }

  function runBuild(): void {
    build().catch((error: unknown) => connection.console.error(`Indexing the workspace failed: ${errorText(error)}`));
  }

  session.onInitialized(() => {
    started = true;
    runBuild();
  });
  session.onConfigurationSourcesChanged(() => {
    if (started) runBuild();
  });
  const logFailure = (uri: string) => (error: unknown) =>
    connection.console.error(`Indexing ${uri} failed: ${errorText(error)}`);
  session.onWatchedFileChanged((uri, deleted) => {
    if (MARKDOWN_FILE.test(uri)) consistency.fileChanged(uri, deleted).catch(logFailure(uri));
  });
  session.documents.onDidClose((event) => {
    consistency.closed(event.document.uri).catch(logFailure(event.document.uri));
  });
  return {};
}
