/**
 * The units of every bilingual article under the workspace folders, for workspace symbols. Built lazily on the
 * first query, read from disk (never written), refreshed per file when its size or modification time changes.
 * Files are scanned for their target tags rather than parsed (see `scanUnits`); `node_modules` and dot-folders
 * are not entered.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanUnits, type Cancellation, type IndexedFile } from './languageService';

export interface WorkspaceIndexLimits {
  /** How many Markdown files one walk looks at, at most. */
  readonly maxFiles: number;
  /** Larger files are not indexed. */
  readonly maxFileBytes: number;
}

const DEFAULT_WORKSPACE_INDEX_LIMITS: WorkspaceIndexLimits = { maxFiles: 20_000, maxFileBytes: 8 * 1024 * 1024 };

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly indexed: IndexedFile;
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export class WorkspaceIndex {
  private readonly files = new Map<string, CachedFile>();

  constructor(private readonly limits: WorkspaceIndexLimits = DEFAULT_WORKSPACE_INDEX_LIMITS) {}

  /**
   * The indexed files under the folders (file system paths), skipping `skipPaths` (the open documents, which
   * the caller indexes from their current text). Undefined when cancelled.
   */
  async filesUnder(folders: readonly string[], skipPaths: ReadonlySet<string>, token: Cancellation): Promise<IndexedFile[] | undefined> {
    const result: IndexedFile[] = [];
    const seen = new Set<string>();
    const pending = [...folders];
    while (pending.length > 0 && seen.size < this.limits.maxFiles) {
      if (token.isCancellationRequested) return undefined;
      const folder = pending.pop()!;
      let entries;
      try {
        entries = await fs.readdir(folder, { withFileTypes: true });
      } catch {
        continue; // a folder that vanished or cannot be read holds nothing to index
      }
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!isSkippedFolder(entry.name)) pending.push(path);
        } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name) && !seen.has(path) && seen.size < this.limits.maxFiles) {
          seen.add(path);
          if (skipPaths.has(path)) continue;
          if (token.isCancellationRequested) return undefined;
          const indexed = await this.indexFile(path);
          if (indexed && indexed.units.length > 0) result.push(indexed);
        }
      }
    }
    for (const path of this.files.keys()) if (!seen.has(path)) this.files.delete(path);
    return result;
  }

  private async indexFile(path: string): Promise<IndexedFile | undefined> {
    try {
      const stat = await fs.stat(path);
      const cached = this.files.get(path);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.indexed;
      const uri = pathToFileURL(path).href;
      let indexed: IndexedFile = { uri, units: [] };
      if (stat.size <= this.limits.maxFileBytes) {
        const text = (await fs.readFile(path, 'utf8')).replace(/^\uFEFF/, '');
        if (text.includes('data-ttu-id')) indexed = { uri, units: scanUnits(text) };
      }
      this.files.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, indexed });
      return indexed;
    } catch {
      return undefined; // deleted or unreadable between listing and reading: not part of the workspace now
    }
  }
}
