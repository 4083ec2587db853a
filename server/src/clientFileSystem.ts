/**
 * The workspace's files as the client reads them (with `vscode.workspace.fs`): all the browser's server has, as a
 * Web Worker has no file system, and what the Node server uses for files that are not on its disk.
 */
import type { Connection } from 'vscode-languageserver';
import { WorkspaceReadDirectoryRequest, WorkspaceReadTextRequest, WorkspaceStatRequest } from '../../shared/protocol';
import type { WorkspaceFileSystem } from './fileSystem';

export function clientFileSystem(connection: Connection): WorkspaceFileSystem {
  return {
    async stat(uri) {
      try {
        return (await connection.sendRequest(WorkspaceStatRequest, { uri })) ?? undefined;
      } catch {
        return undefined; // a client that does not answer (another editor) shows no files beyond its documents
      }
    },
    readDirectory: (uri) => connection.sendRequest(WorkspaceReadDirectoryRequest, { uri }),
    readText: (uri) => connection.sendRequest(WorkspaceReadTextRequest, { uri }),
  };
}
