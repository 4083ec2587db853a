/**
 * The CLI's search for `.bilingual-docs.json`, on paths (the language server's is workspaceConfigFiles.ts, by
 * URI): finds and reads it for a document: the nearest one in the document's folder or above it, stopping at the
 * workspace folder, at a repository root (a folder holding `.git`, a folder or a file) or at the file system root.
 * Results are cached per folder until `invalidate()` (the server calls it when a config file changes on disk).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from './core/config';
import {
  NO_CONFIG_FILE,
  readConfigFileText,
  unreadableConfigFile,
  withGlossaries,
  type ConfigFileResult,
  type GlossaryFileText,
} from './workspaceConfigFiles';

export { CONFIG_FILE_KEYS, type ConfigFileResult } from './workspaceConfigFiles';

/** The file system reads this needs, replaceable in tests. */
export interface ConfigFileSystem {
  isFile(path: string): boolean;
  exists(path: string): boolean;
  readText(path: string): string;
}

const NODE_CONFIG_FILE_SYSTEM: ConfigFileSystem = {
  // Something that exists but cannot be looked at (a link to itself, a folder we may not enter) counts as a file:
  // reading it then says why it cannot be used, instead of the search failing or passing over it in silence.
  isFile: (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return true;
    }
  },
  exists: (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false }) !== undefined;
    } catch {
      return true;
    }
  },
  readText: (path) => readFileSync(path, 'utf8'),
};

/**
 * Reads one config file. A file that cannot be read or parsed gives a problem and the empty configuration; every
 * problem names the file and, where it can, the line and column.
 */
function readConfigFile(path: string, fileSystem: ConfigFileSystem = NODE_CONFIG_FILE_SYSTEM): ConfigFileResult {
  let text: string;
  try {
    text = fileSystem.readText(path);
  } catch (error) {
    return unreadableConfigFile(path, error);
  }
  const result = readConfigFileText(path, text);
  const glossaries = (result.config.glossaries ?? []).map((configured): GlossaryFileText => {
    const shown = resolve(dirname(path), configured);
    try {
      return { configured, shown, text: fileSystem.readText(shown) };
    } catch (error) {
      return { configured, shown, error };
    }
  });
  return withGlossaries(result, glossaries);
}

export class ConfigFiles {
  private readonly byFolder = new Map<string, ConfigFileResult>();

  constructor(private readonly fileSystem: ConfigFileSystem = NODE_CONFIG_FILE_SYSTEM) {}

  /** The configuration file for a document at `documentPath`, looking no higher than any of `stopFolders`. */
  forDocument(documentPath: string, stopFolders: readonly string[]): ConfigFileResult {
    const stops = new Set(stopFolders.map((folder) => resolve(folder)));
    return this.forFolder(dirname(resolve(documentPath)), stops);
  }

  private forFolder(folder: string, stops: ReadonlySet<string>): ConfigFileResult {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    let result: ConfigFileResult;
    if (this.fileSystem.isFile(candidate)) result = readConfigFile(candidate, this.fileSystem);
    else if (stops.has(folder) || dirname(folder) === folder || this.fileSystem.exists(join(folder, '.git')))
      result = NO_CONFIG_FILE;
    else result = this.forFolder(dirname(folder), stops);
    this.byFolder.set(folder, result);
    return result;
  }

  invalidate(): void {
    this.byFolder.clear();
  }
}
