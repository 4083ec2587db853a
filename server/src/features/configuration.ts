/**
 * Settings, `.bilingual-docs.json` files and workspace folders: when any of them changes, what was read is
 * forgotten and every open document is checked again. The same watcher reports the articles changed on disk, for
 * the workspace's consistency index, and `files.exclude` counts as a setting, since it decides what is indexed.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../core/config';
import { readSettings } from '../settings';
import { normalizeUri } from '../fileSystem';
import type { ServerSession } from '../session';

export function registerConfiguration(session: ServerSession): ServerCapabilities {
  const { connection } = session;

  connection.onInitialized(() => {
    const workspace = session.clientCapabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      const section = ['bilingualDocs', 'files.exclude'];
      void connection.client.register(DidChangeConfigurationNotification.type, { section });
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Glossaries are watched by their kinds; a change counts when a config file names the file (see below).
      // Articles are watched for the workspace's consistency index.
      const globs = [`**/${CONFIG_FILE_NAME}`, '**/*.{tbx,csv,tsv,xml}', '**/*.{md,markdown}'];
      const watchers = globs.map((globPattern) => ({ globPattern }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => normalizeUri(folder.uri)));
        const added = event.added.map((folder) => normalizeUri(folder.uri));
        session.folders = [...session.folders.filter((folder) => !removed.has(folder)), ...added];
        session.configFiles.invalidate();
        session.configurationChanged();
      });
    }
    session.initialized();
  });

  connection.onDidChangeConfiguration((params) => {
    if (!session.pullsConfiguration()) {
      const raw = (params?.settings as { bilingualDocs?: unknown } | null | undefined)?.bilingualDocs;
      const read = readSettings(raw);
      session.configurationChanged();
      session.reportConfigurationProblems(read.problems);
      session.pushedSettings = read.settings;
      return;
    }
    session.configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    const isConfigFile = (change: { uri?: unknown } | undefined) =>
      typeof change?.uri === 'string' &&
      (change.uri.endsWith(`/${CONFIG_FILE_NAME}`) || session.configFiles.isGlossary(change.uri));
    for (const change of changes) {
      if (typeof change?.uri === 'string' && !isConfigFile(change)) {
        session.watchedFileChanged(change.uri, change.type === FileChangeType.Deleted);
      }
    }
    if (!changes.some(isConfigFile)) return;
    session.configFiles.invalidate();
    session.configurationChanged();
  });

  return { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };
}
