/**
 * The few questions the language server asks of the workspace's files (the workspace symbols' index and the
 * `.bilingual-docs.json` search), by URI, so that the same code serves a folder on disk and a virtual one. The
 * Node server answers them with `fs` (node/nodeFileSystem.ts); the browser's, which runs in a Web Worker without a
 * file system, asks the client (browser/clientFileSystem.ts), which answers with `vscode.workspace.fs`.
 */
import { URI, Utils } from 'vscode-uri';
import type { WorkspaceDirectoryEntry, WorkspaceFileStat } from '../../shared/protocol';

export type { WorkspaceDirectoryEntry, WorkspaceFileKind, WorkspaceFileStat } from '../../shared/protocol';

export interface WorkspaceFileSystem {
  /** What is at the URI; undefined when nothing is (or it cannot be seen). */
  stat(uri: string): Promise<WorkspaceFileStat | undefined>;
  /** The entries of a folder; rejects when it cannot be read. */
  readDirectory(uri: string): Promise<readonly WorkspaceDirectoryEntry[]>;
  /** A file's text as UTF-8; rejects when it cannot be read. */
  readText(uri: string): Promise<string>;
}

/** One spelling per resource, so URIs from the client, the folders and the file system compare equal. */
export function normalizeUri(uri: string): string {
  return URI.parse(uri).toString();
}

/** The folder holding the resource; the root is its own parent. */
export function parentUri(uri: string): string {
  return Utils.dirname(URI.parse(uri)).toString();
}

export function childUri(folderUri: string, name: string): string {
  return Utils.joinPath(URI.parse(folderUri), name).toString();
}

/** How a resource is named to the user: a path for a local file, the URI otherwise. */
export function displayName(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : parsed.toString();
}
