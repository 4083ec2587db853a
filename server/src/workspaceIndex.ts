/**
 * The units of every bilingual article under the workspace folders, for workspace symbols. Built lazily on the
 * first query, read through the workspace's file system (never written), refreshed per file when its size or
 * modification time changes.
 * Files are scanned for their target tags rather than parsed (see `scanUnits`); `node_modules` and dot-folders
 * are not entered.
 */
import { childUri, normalizeUri, type WorkspaceFileSystem } from './fileSystem';
import { scanUnits, type Cancellation, type IndexedFile } from './languageService';

export interface WorkspaceIndexLimits {
  /** How many Markdown files one walk looks at, at most. */
  readonly maxFiles: number;
  /** Larger files are not indexed. */
  readonly maxFileBytes: number;
}

export const DEFAULT_WORKSPACE_INDEX_LIMITS: WorkspaceIndexLimits = { maxFiles: 20_000, maxFileBytes: 8 * 1024 * 1024 };

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly indexed: IndexedFile;
}

export const MARKDOWN_FILE = /\.(md|markdown)$/i;

export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export class WorkspaceIndex {
  private readonly files = new Map<string, CachedFile>();

  constructor(
    private readonly fileSystem: WorkspaceFileSystem,
    private readonly limits: WorkspaceIndexLimits = DEFAULT_WORKSPACE_INDEX_LIMITS,
  ) {}

  /**
   * The indexed files under the folders (URIs), skipping `skipUris` (the open documents, which the caller
   * indexes from their current text; URIs as `normalizeUri` spells them). Undefined when cancelled.
   */
  async filesUnder(
    folders: readonly string[],
    skipUris: ReadonlySet<string>,
    token: Cancellation,
  ): Promise<IndexedFile[] | undefined> {
    const result: IndexedFile[] = [];
    const seen = new Set<string>();
    const pending = folders.map(normalizeUri);
    while (pending.length > 0 && seen.size < this.limits.maxFiles) {
      if (token.isCancellationRequested) return undefined;
      const folder = pending.pop()!;
      let entries;
      try {
        entries = await this.fileSystem.readDirectory(folder);
      } catch {
        continue; // a folder that vanished or cannot be read holds nothing to index
      }
      for (const entry of entries) {
        const uri = childUri(folder, entry.name);
        if (entry.kind === 'directory') {
          if (!isSkippedFolder(entry.name)) pending.push(uri);
        } else if (entry.kind === 'file' && MARKDOWN_FILE.test(entry.name) && !seen.has(uri) && !this.full(seen)) {
          seen.add(uri);
          if (skipUris.has(uri)) continue;
          if (token.isCancellationRequested) return undefined;
          const indexed = await this.indexFile(uri);
          if (indexed && indexed.units.length > 0) result.push(indexed);
        }
      }
    }
    for (const uri of this.files.keys()) if (!seen.has(uri)) this.files.delete(uri);
    return result;
  }

  private full(seen: ReadonlySet<string>): boolean {
    return seen.size >= this.limits.maxFiles;
  }

  private async indexFile(uri: string): Promise<IndexedFile | undefined> {
    try {
      const stat = await this.fileSystem.stat(uri);
      if (!stat) return undefined;
      const cached = this.files.get(uri);
      if (cached && cached.mtimeMs === stat.mtime && cached.size === stat.size) return cached.indexed;
      let indexed: IndexedFile = { uri, units: [] };
      if (stat.size <= this.limits.maxFileBytes) {
        const text = (await this.fileSystem.readText(uri)).replace(/^\uFEFF/, '');
        if (text.includes('data-ttu-id')) indexed = { uri, units: scanUnits(text) };
      }
      this.files.set(uri, { mtimeMs: stat.mtime, size: stat.size, indexed });
      return indexed;
    } catch {
      return undefined; // deleted or unreadable between listing and reading: not part of the workspace now
    }
  }
}
