/**
 * The workspace's files on Node: `file:` URIs read with `fs`, as before there was a browser build; files of
 * other schemes (a virtual workspace on the desktop) from the fallback, which asks the client.
 */
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { WorkspaceFileKind, WorkspaceFileSystem } from '../fileSystem';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean }): WorkspaceFileKind {
  if (entry.isFile()) return 'file';
  return entry.isDirectory() ? 'directory' : 'other';
}

export const nodeFileSystem: WorkspaceFileSystem = {
  async stat(uri) {
    try {
      const stat = await fs.stat(URI.parse(uri).fsPath);
      return { kind: kindOf(stat), size: stat.size, mtime: stat.mtimeMs };
    } catch {
      return undefined;
    }
  },
  async readDirectory(uri) {
    const entries = await fs.readdir(URI.parse(uri).fsPath, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  readText: (uri) => fs.readFile(URI.parse(uri).fsPath, 'utf8'),
};

/** Local files with `fs`, the rest from `other`. */
export function nodeFileSystemWith(other: WorkspaceFileSystem): WorkspaceFileSystem {
  const of = (uri: string) => (uri.startsWith('file:') ? nodeFileSystem : other);
  return {
    stat: (uri) => of(uri).stat(uri),
    readDirectory: (uri) => of(uri).readDirectory(uri),
    readText: (uri) => of(uri).readText(uri),
  };
}
