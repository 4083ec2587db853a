/**
 * The workspace's consistency index: every unit of every bilingual article under the workspace folders, open or
 * not, in one index per locale (the core's `LocaleIndexes`, with the records the CLI makes), so that
 * `inconsistent-target` and `inconsistent-source` compare a unit with the whole locale as the CLI does.
 *
 * Built in the background, one file at a time with a turn of the event loop between files so that hover and
 * diagnostics are answered meanwhile; open documents take part with their current text. A change replaces one
 * document's record and tells the listeners which other documents share a group with the units that changed:
 * only those are checked again. Files hidden by `files.exclude`, `node_modules` and dot-folders are left out.
 */
import type { BilingualDocsConfig } from './core/config';
import { LocaleIndexes, type IndexedUnit } from './core/consistency';
import {
  consistencyRecord,
  recordedFindings,
  unitRange,
  type ConsistencyRecord,
  type RecordedFinding,
} from './core/consistencyRecord';
import type { BilingualDocument } from './core/model';
import { configKey, type WorkspaceCheck } from './documentModels';
import type { ExcludeMatcher } from './excludeGlobs';
import { childUri, normalizeUri, type WorkspaceFileSystem } from './fileSystem';
import type { Range } from './core/lineIndex';
import {
  DEFAULT_WORKSPACE_INDEX_LIMITS,
  MARKDOWN_FILE,
  isSkippedFolder,
  type WorkspaceIndexLimits,
} from './workspaceIndex';

/** A workspace folder and what `files.exclude` hides in it. */
export interface IndexedFolder {
  readonly uri: string;
  readonly exclude: ExcludeMatcher;
}

export interface ConsistencyIndexHost {
  readonly fileSystem: WorkspaceFileSystem;
  parse(text: string): BilingualDocument;
  /** The configuration that applies to a file that is not open. */
  configFor(uri: string): Promise<BilingualDocsConfig>;
}

/** How a build tells its progress and learns it should stop. */
export interface BuildProgress {
  readonly isCancellationRequested: boolean;
  report?(indexed: number, total: number): void;
}

export type GroupsChangedListener = (documents: ReadonlySet<string>) => void;

/** Lets the event loop answer what came in (a hover, a keystroke) before the next file is parsed. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each pair of texts a document's units have, with how often: what its part in the groups is. */
function pairCounts(units: readonly IndexedUnit[], locale: string): Map<string, { unit: IndexedUnit; count: number }> {
  const counts = new Map<string, { unit: IndexedUnit; count: number }>();
  for (const unit of units) {
    const key = `${locale}\u0000${unit.source}\u0000${unit.target}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { unit, count: 1 });
  }
  return counts;
}

/** The units whose pair of texts one count has and the other has not as often. */
function changedUnits(
  from: ReadonlyMap<string, { unit: IndexedUnit; count: number }>,
  to: ReadonlyMap<string, { unit: IndexedUnit; count: number }>,
): IndexedUnit[] {
  const changed: IndexedUnit[] = [];
  for (const [key, entry] of from) if (to.get(key)?.count !== entry.count) changed.push(entry.unit);
  return changed;
}

export class WorkspaceConsistency {
  private readonly indexes = new LocaleIndexes();
  private readonly records = new Map<string, ConsistencyRecord>();
  /** Open documents: the version and configuration their record was made from. */
  private readonly open = new Map<string, string>();
  private readonly revisions = new Map<string, number>();
  private readonly listeners: GroupsChangedListener[] = [];
  private folders: readonly IndexedFolder[] = [];
  private nextRevision = 1;

  constructor(
    private readonly host: ConsistencyIndexHost,
    private readonly limits: WorkspaceIndexLimits = DEFAULT_WORKSPACE_INDEX_LIMITS,
  ) {}

  onGroupsChanged(listener: GroupsChangedListener): void {
    this.listeners.push(listener);
  }

  get size(): number {
    return this.records.size;
  }

  /** What an open document is checked across, and when that last changed; undefined when it is not indexed. */
  checkFor(uri: string): WorkspaceCheck | undefined {
    const key = normalizeUri(uri);
    const index = this.indexes.indexOf(key);
    return index ? { index: { index, key }, revision: this.revisions.get(key) ?? 0 } : undefined;
  }

  /** Where a unit's target is in an indexed document, for related information. */
  rangeOf(uri: string, unitIndex: number): Range | undefined {
    const record = this.records.get(normalizeUri(uri));
    return record && unitRange(record, unitIndex);
  }

  /** The consistency findings about a document as its configuration and suppressions let them be shown. */
  findingsFor(uri: string): RecordedFinding[] {
    const key = normalizeUri(uri);
    const record = this.records.get(key);
    return record ? recordedFindings(this.indexes, key, record, (other) => this.records.get(other)) : [];
  }

  /**
   * An open document's current text: its record is made again when its version or configuration changed, and
   * the documents sharing a group with the units that changed are told.
   */
  updateOpen(uri: string, version: number, model: BilingualDocument, config: BilingualDocsConfig): void {
    const key = normalizeUri(uri);
    const state = `${version}\u0000${configKey(config)}`;
    if (this.open.get(key) === state) return;
    this.open.set(key, state);
    this.notify(this.setRecord(key, consistencyRecord(key, model, config, true)), key);
  }

  /** An open document closed: the file on disk speaks for it again (if it is part of the workspace). */
  async closed(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    this.open.delete(key);
    await this.refresh(key);
  }

  /** A file changed, appeared or went away on disk (`workspace/didChangeWatchedFiles`). */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const key = normalizeUri(uri);
    if (this.open.has(key)) return;
    if (deleted) this.notify(this.setRecord(key, undefined));
    else await this.refresh(key);
  }

  /**
   * Indexes every article under the folders, replacing what was indexed before; open documents keep their
   * records. Resolves false when cancelled (what was indexed so far stays).
   */
  async build(folders: readonly IndexedFolder[], progress: BuildProgress): Promise<boolean> {
    this.folders = folders;
    const files = await this.listFiles(folders, progress);
    if (!files) return false;
    const listed = new Set(files);
    const changed = new Set<string>();
    for (const key of [...this.records.keys()]) {
      if (!listed.has(key) && !this.open.has(key)) this.setRecord(key, undefined, changed);
    }
    let indexed = 0;
    for (const key of files) {
      if (progress.isCancellationRequested) return false;
      if (!this.open.has(key)) {
        const record = await this.readRecord(key);
        // Opened while it was being read: the open text speaks for it.
        if (!this.open.has(key)) this.setRecord(key, record, changed);
      }
      progress.report?.(++indexed, files.length);
      await nextTurn();
    }
    this.notify(changed);
    return true;
  }

  /** The Markdown files under the folders that are not hidden, as keys; undefined when cancelled. */
  private async listFiles(folders: readonly IndexedFolder[], progress: BuildProgress): Promise<string[] | undefined> {
    const files: string[] = [];
    for (const folder of folders) {
      const root = normalizeUri(folder.uri);
      const pending: { uri: string; path: string }[] = [{ uri: root, path: '' }];
      while (pending.length > 0 && files.length < this.limits.maxFiles) {
        if (progress.isCancellationRequested) return undefined;
        const { uri, path } = pending.pop()!;
        let entries;
        try {
          entries = await this.host.fileSystem.readDirectory(uri);
        } catch {
          continue; // a folder that vanished or cannot be read holds nothing to index
        }
        for (const entry of entries) {
          const childPath = path === '' ? entry.name : `${path}/${entry.name}`;
          if (folder.exclude(childPath)) continue;
          if (entry.kind === 'directory' && !isSkippedFolder(entry.name)) {
            pending.push({ uri: childUri(uri, entry.name), path: childPath });
          } else if (entry.kind === 'file' && MARKDOWN_FILE.test(entry.name) && files.length < this.limits.maxFiles) {
            files.push(childUri(uri, entry.name));
          }
        }
      }
    }
    return files;
  }

  /** Whether a file is part of the indexed workspace: under a folder, not hidden, a Markdown file. */
  private inWorkspace(key: string): boolean {
    if (!MARKDOWN_FILE.test(key)) return false;
    for (const folder of this.folders) {
      const root = normalizeUri(folder.uri).replace(/\/?$/, '/');
      if (!key.startsWith(root)) continue;
      const path = key.slice(root.length);
      const names = path.split('/');
      // The names are the URI's own (percent-encoded); decoded, they are what the patterns and folders are named.
      const decoded = names.map((name) => {
        try {
          return decodeURIComponent(name);
        } catch {
          return name;
        }
      });
      if (decoded.slice(0, -1).some(isSkippedFolder)) return false;
      return !folder.exclude(decoded.join('/'));
    }
    return false;
  }

  private async refresh(key: string): Promise<void> {
    const record = this.inWorkspace(key) ? await this.readRecord(key) : undefined;
    if (this.open.has(key)) return;
    this.notify(this.setRecord(key, record));
  }

  /** A closed file's record; undefined when it is no bilingual article, too large, or unreadable. */
  private async readRecord(key: string): Promise<ConsistencyRecord | undefined> {
    try {
      const stat = await this.host.fileSystem.stat(key);
      if (!stat || stat.kind !== 'file' || stat.size > this.limits.maxFileBytes) return undefined;
      const text = (await this.host.fileSystem.readText(key)).replace(/^\uFEFF/, '');
      if (!text.includes('data-ttu-id')) return undefined;
      const config = await this.host.configFor(key);
      return consistencyRecord(key, this.host.parse(text), config, true);
    } catch {
      return undefined; // deleted or unreadable between listing and reading: not part of the workspace now
    }
  }

  /**
   * Puts a document's record in place of its previous one (none: takes it out) and returns the documents that
   * share a group with the units whose texts changed, itself included; their revisions move on.
   */
  private setRecord(key: string, record: ConsistencyRecord | undefined, into: Set<string> = new Set()): Set<string> {
    const before = this.records.get(key);
    const beforeCounts = before ? pairCounts(before.units, before.locale) : new Map();
    const afterCounts = record ? pairCounts(record.units, record.locale) : new Map();
    const affected = new Set([key]);
    if (before) this.indexes.documentsInGroupsOf(before.locale, changedUnits(beforeCounts, afterCounts), affected);
    if (record) {
      this.records.set(key, record);
      this.indexes.setDocument(key, record.locale, record.units);
      this.indexes.documentsInGroupsOf(record.locale, changedUnits(afterCounts, beforeCounts), affected);
    } else {
      this.records.delete(key);
      this.indexes.removeDocument(key);
    }
    const revision = this.nextRevision++;
    for (const document of affected) {
      this.revisions.set(document, revision);
      into.add(document);
    }
    return into;
  }

  private notify(documents: ReadonlySet<string>, except?: string): void {
    const others = new Set(documents);
    if (except !== undefined) others.delete(except);
    if (others.size === 0) return;
    for (const listener of this.listeners) listener(others);
  }
}
