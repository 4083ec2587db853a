/**
 * The language server's search for `.bilingual-docs.json`, by URI over the workspace's file system, so it works
 * on a folder on disk and on a virtual one alike: the nearest file in the document's folder or above it, stopping
 * at a workspace folder, at a repository root (a folder holding `.git`) or at the root. The same search as the
 * CLI's (configFiles.ts, on paths); results are cached per folder until `invalidate()`.
 */
import { CONFIG_FILE_NAME, EMPTY_CONFIG, readConfig, type BilingualDocsConfig } from './core/config';
import { KNOWN_RULE_CODES } from './core/rules';
import { childUri, displayName, normalizeUri, parentUri, type WorkspaceFileSystem } from './fileSystem';

export interface ConfigFileResult {
  /** The file that applies (a path for the CLI and for local files, a URI otherwise); absent when there is none. */
  readonly path?: string;
  readonly config: BilingualDocsConfig;
  /** What is wrong with the file, each a sentence for the user; what could be read still applies. */
  readonly problems: readonly string[];
}

export const NO_CONFIG_FILE: ConfigFileResult = { config: EMPTY_CONFIG, problems: [] };

/** A config file's text read; text that is not JSON gives a problem and the empty configuration. */
export function readConfigFileText(path: string, text: string): ConfigFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { path, config: EMPTY_CONFIG, problems: [`${path}: is not valid JSON (${(error as Error).message})`] };
  }
  const { config, problems } = readConfig(input, KNOWN_RULE_CODES, path);
  return { path, config, problems };
}

export function unreadableConfigFile(path: string, error: unknown): ConfigFileResult {
  return { path, config: EMPTY_CONFIG, problems: [`${path}: could not be read (${(error as Error).message})`] };
}

export class WorkspaceConfigFiles {
  private readonly byFolder = new Map<string, Promise<ConfigFileResult>>();

  constructor(private readonly fileSystem: WorkspaceFileSystem) {}

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
    try {
      return readConfigFileText(name, await this.fileSystem.readText(uri));
    } catch (error) {
      return unreadableConfigFile(name, error);
    }
  }

  invalidate(): void {
    this.byFolder.clear();
  }
}
