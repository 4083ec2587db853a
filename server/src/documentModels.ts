/**
 * Parse once per document version: the one model every feature of an open document reads, the rule findings
 * computed from it (once per version and configuration) and its units for workspace symbols. Entries go when
 * the document closes.
 */
import type { BilingualDocument } from './core/model';
import type { BilingualDocsConfig } from './core/config';
import {
  indexUnits,
  type AcrossDocuments,
  type CheckedDocument,
  type IndexedFile,
  type ParsedDocument,
} from './languageService';

/** The part of an open text document the cache reads (a `TextDocument` from vscode-languageserver-textdocument). */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

interface Entry {
  readonly parsed: ParsedDocument;
  checked?: { readonly configKey: string; readonly document: CheckedDocument };
  indexed?: IndexedFile;
}

/** The consistency index a document is checked across, and its groups' revision (see `DocumentModels.checked`). */
export interface WorkspaceCheck {
  readonly index: AcrossDocuments;
  readonly revision: number;
}

/** The same configuration always gives the same key, whatever order its rules were written in. */
export function configKey(config: BilingualDocsConfig): string {
  return JSON.stringify([Object.entries(config.rules).sort(([a], [b]) => a.localeCompare(b)), config.words ?? null]);
}

export class DocumentModels {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly parse: (text: string) => BilingualDocument,
    private readonly check: (
      document: ParsedDocument,
      config: BilingualDocsConfig,
      across?: AcrossDocuments,
    ) => CheckedDocument,
  ) {}

  private entryOf(document: VersionedText): Entry {
    const cached = this.entries.get(document.uri);
    if (cached && cached.parsed.version === document.version) return cached;
    const entry: Entry = {
      parsed: { uri: document.uri, version: document.version, model: this.parse(document.getText()) },
    };
    this.entries.set(document.uri, entry);
    return entry;
  }

  parsed(document: VersionedText): ParsedDocument {
    return this.entryOf(document).parsed;
  }

  /**
   * The document checked under a configuration and, when it is in the workspace's consistency index, across the
   * locale's documents: `across.revision` changes whenever the groups of its units do, so the check runs again.
   */
  checked(document: VersionedText, config: BilingualDocsConfig, across?: WorkspaceCheck): CheckedDocument {
    const entry = this.entryOf(document);
    const key = across ? `${configKey(config)}#${across.revision}` : configKey(config);
    if (entry.checked?.configKey === key) return entry.checked.document;
    const checked = this.check(entry.parsed, config, across?.index);
    entry.checked = { configKey: key, document: checked };
    return checked;
  }

  /** What the document gives workspace symbols. */
  indexed(document: VersionedText): IndexedFile {
    const entry = this.entryOf(document);
    entry.indexed ??= { uri: document.uri, units: indexUnits(entry.parsed.model) };
    return entry.indexed;
  }

  /** Forgets every document's findings (a dictionary was loaded): the next request checks again. */
  forgetFindings(): void {
    for (const entry of this.entries.values()) delete entry.checked;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
