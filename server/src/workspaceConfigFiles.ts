/**
 * The language server's search for `.bilingual-docs.json`, by URI over the workspace's file system, so it works
 * on a folder on disk and on a virtual one alike: the nearest file in the document's folder or above it, stopping
 * at a workspace folder, at a repository root (a folder holding `.git`) or at the root. The same search as the
 * CLI's (configFiles.ts, on paths); results are cached per folder until `invalidate()`.
 */
import * as l10n from '@vscode/l10n';
import { CONFIG_FILE_NAME, didYouMean, EMPTY_CONFIG, readConfig, type BilingualDocsConfig } from './core/config';
import { KNOWN_RULE_CODES } from './core/rules';
import { combineGlossaries, readGlossaryText } from './core/glossary/read';
import type { GlossaryReadResult } from './core/glossary/model';
import { fileErrorReason } from './fileErrors';
import { childUri, displayName, normalizeUri, parentUri, type WorkspaceFileSystem } from './fileSystem';

export interface ConfigFileResult {
  /** The file that applies (a path for the CLI and for local files, a URI otherwise); absent when there is none. */
  readonly path?: string;
  /** The file's URI, where it was found by URI (in the language server). */
  readonly uri?: string;
  readonly config: BilingualDocsConfig;
  /** What is wrong with the file, each a sentence for the user; what could be read still applies. */
  readonly problems: readonly string[];
}

export const NO_CONFIG_FILE: ConfigFileResult = { config: EMPTY_CONFIG, problems: [] };

/** The keys a configuration file may hold, as in schemas/bilingual-docs.schema.json. */
export const CONFIG_FILE_KEYS: readonly string[] = ['$schema', 'rules', 'words', 'glossaries'];

/** `line:column` (1-based) of an offset in the text. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

/** Where a key is written: its first occurrence as a JSON string followed by a colon, else the file's start. */
export function keyOffset(text: string, key: string): number {
  const written = JSON.stringify(key);
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    let after = at + written.length;
    while (after < text.length && ' \t\r\n'.includes(text[after]!)) after++;
    if (text[after] === ':') return at;
  }
  return 0;
}

/** JSON.parse's reason and where it stopped: V8 says `… in JSON at position N`, and nothing at the end. */
function jsonError(error: unknown, text: string): { reason: string; offset: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bat position (\d+)/.exec(message);
  const reason = message.split(' in JSON at position')[0]!.split(' (line ')[0]!;
  return { reason, offset: position ? Math.min(Number(position[1]), text.length) : text.length };
}

/**
 * A config file's text read. Text that is not JSON gives a problem and the empty configuration; every problem
 * names the file and, where it can, the line and column.
 */
export function readConfigFileText(path: string, fileText: string): ConfigFileResult {
  const text = fileText.replace(/^\uFEFF/, '');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const { reason, offset } = jsonError(error, text);
    const where = `${path}:${lineAndColumn(text, offset)}`;
    const problem = l10n.t('{0}: not valid JSON: {1}; the default severities apply', where, reason);
    return { path, config: EMPTY_CONFIG, problems: [problem] };
  }
  const at = (key: string): string => `${path}:${lineAndColumn(text, keyOffset(text, key))}`;
  const { config, problems } = readConfig(input, KNOWN_RULE_CODES, (code) => (code === undefined ? path : at(code)));
  const unknownKeys: string[] = [];
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of Object.keys(input)) {
      if (CONFIG_FILE_KEYS.includes(key)) continue;
      unknownKeys.push(l10n.t('{0}: unknown key "{1}"', at(key), key) + didYouMean(key, CONFIG_FILE_KEYS));
    }
  }
  return { path, config, problems: [...unknownKeys, ...problems] };
}

/** A glossary file named by a config file: its text, or why it could not be read. */
export interface GlossaryFileText {
  /** As the config file names it (`terms/et-EE.csv`): the rules' messages say it so. */
  readonly configured: string;
  /** Where it is, as the user is shown it (a path, or a URI). */
  readonly shown: string;
  readonly text?: string;
  readonly error?: unknown;
}

/**
 * The config file's glossaries read into its configuration. Every problem of a glossary is a problem of the config
 * file (CLI exit 2, a message in the editor), never silently ignored; the entries that could be read still apply.
 */
export function withGlossaries(result: ConfigFileResult, files: readonly GlossaryFileText[]): ConfigFileResult {
  if (files.length === 0) return result;
  const problems = [...result.problems];
  const read: GlossaryReadResult[] = [];
  for (const file of files) {
    if (file.text === undefined) {
      problems.push(
        l10n.t('{0}: glossary "{1}" cannot be read: {2}', result.path ?? '', file.configured, fileErrorReason(file.error)),
      );
      continue;
    }
    const glossary = readGlossaryText(file.shown, file.text);
    problems.push(...glossary.problems);
    read.push({ ...glossary, entries: glossary.entries.map((entry) => ({ ...entry, file: file.configured })) });
  }
  return { ...result, config: { ...result.config, glossary: combineGlossaries(read) }, problems };
}

export function unreadableConfigFile(path: string, error: unknown): ConfigFileResult {
  const problem = l10n.t('{0}: cannot be read: {1}; the default severities apply', path, fileErrorReason(error));
  return { path, config: EMPTY_CONFIG, problems: [problem] };
}

export class WorkspaceConfigFiles {
  private readonly byFolder = new Map<string, Promise<ConfigFileResult>>();
  private readonly glossaryUris = new Set<string>();

  constructor(private readonly fileSystem: WorkspaceFileSystem) {}

  /** Whether the file is a glossary that a config file read so far names: a change to it changes the configuration. */
  isGlossary(uri: string): boolean {
    return this.glossaryUris.has(normalizeUri(uri));
  }

  /** The configuration file for the document, looking no higher than any of the `stopFolders` (URIs). */
  forDocument(documentUri: string, stopFolders: readonly string[]): Promise<ConfigFileResult> {
    const stops = new Set(stopFolders.map(normalizeUri));
    return this.forFolder(parentUri(normalizeUri(documentUri)), stops);
  }

  private forFolder(folder: string, stops: ReadonlySet<string>): Promise<ConfigFileResult> {
    let result = this.byFolder.get(folder);
    if (!result) {
      result = this.search(folder, stops);
      this.byFolder.set(folder, result);
    }
    return result;
  }

  private async search(folder: string, stops: ReadonlySet<string>): Promise<ConfigFileResult> {
    const candidate = childUri(folder, CONFIG_FILE_NAME);
    if ((await this.fileSystem.stat(candidate))?.kind === 'file') return this.read(candidate);
    const parent = parentUri(folder);
    if (stops.has(folder) || parent === folder) return NO_CONFIG_FILE;
    if ((await this.fileSystem.stat(childUri(folder, '.git'))) !== undefined) return NO_CONFIG_FILE;
    return this.forFolder(parent, stops);
  }

  private async read(uri: string): Promise<ConfigFileResult> {
    const name = displayName(uri);
    let result: ConfigFileResult;
    try {
      result = { ...readConfigFileText(name, await this.fileSystem.readText(uri)), uri };
    } catch (error) {
      return unreadableConfigFile(name, error);
    }
    const files = await Promise.all(
      (result.config.glossaries ?? []).map(async (configured): Promise<GlossaryFileText> => {
        const glossaryUri = normalizeUri(childUri(parentUri(uri), configured));
        this.glossaryUris.add(glossaryUri);
        const shown = displayName(glossaryUri);
        try {
          return { configured, shown, text: await this.fileSystem.readText(glossaryUri) };
        } catch (error) {
          return { configured, shown, error };
        }
      }),
    );
    return withGlossaries(result, files);
  }

  invalidate(): void {
    this.byFolder.clear();
  }
}
