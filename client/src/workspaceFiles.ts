/**
 * Answers the language server's questions about the workspace's files with `vscode.workspace.fs`, which reads
 * every file system VS Code knows (a folder on disk, github.dev's and vscode.dev's virtual ones, a remote host).
 * The browser's server has no other way to read a file; the Node server asks only for what is not on its disk.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  WorkspaceReadDirectoryRequest,
  WorkspaceReadTextRequest,
  WorkspaceStatRequest,
  type WorkspaceFileKind,
} from '../../shared/protocol';

function kindOf(type: vscode.FileType): WorkspaceFileKind {
  if (type & vscode.FileType.SymbolicLink) return 'other';
  if (type & vscode.FileType.Directory) return 'directory';
  return type & vscode.FileType.File ? 'file' : 'other';
}

export function answerWorkspaceFileRequests(client: BaseLanguageClient): vscode.Disposable {
  const decoder = new TextDecoder('utf-8');
  const disposables = [
    client.onRequest(WorkspaceStatRequest, async ({ uri }) => {
      try {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return { kind: kindOf(stat.type), size: stat.size, mtime: stat.mtime };
      } catch {
        return null;
      }
    }),
    client.onRequest(WorkspaceReadDirectoryRequest, async ({ uri }) => {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
    }),
    client.onRequest(WorkspaceReadTextRequest, async ({ uri }) =>
      decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))),
    ),
  ];
  return vscode.Disposable.from(...disposables);
}
