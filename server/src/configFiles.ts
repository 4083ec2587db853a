/**
 * Finds and reads `.bilingual-docs.json` for a document: the nearest one in the document's folder or above it,
 * stopping at the workspace folder, at a repository root (a folder holding `.git`, a folder or a file) or at the file system root.
 * Results are cached per folder until `invalidate()` (the server calls it when a config file changes on disk).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, didYouMean, EMPTY_CONFIG, readConfig, type BilingualDocsConfig } from './core/config';
import { KNOWN_RULE_CODES } from './core/rules';
import { fileErrorReason } from './fileErrors';

export interface ConfigFileResult {
  /** The file that applies; absent when there is none. */
  readonly path?: string;
  readonly config: BilingualDocsConfig;
  /** What is wrong with the file, each a sentence for the user; what could be read still applies. */
  readonly problems: readonly string[];
}

const NO_CONFIG_FILE: ConfigFileResult = { config: EMPTY_CONFIG, problems: [] };

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

/** The keys a configuration file may hold, as in schemas/bilingual-docs.schema.json. */
export const CONFIG_FILE_KEYS: readonly string[] = ['$schema', 'rules', 'words'];

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
function keyOffset(text: string, key: string): number {
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
 * Reads one config file. A file that cannot be read or parsed gives a problem and the empty configuration; every
 * problem names the file and, where it can, the line and column.
 */
function readConfigFile(path: string, fileSystem: ConfigFileSystem = NODE_CONFIG_FILE_SYSTEM): ConfigFileResult {
  let text: string;
  try {
    text = fileSystem.readText(path).replace(/^\uFEFF/, '');
  } catch (error) {
    const problem = `${path}: cannot be read: ${fileErrorReason(error)}; the default severities apply`;
    return { path, config: EMPTY_CONFIG, problems: [problem] };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const { reason, offset } = jsonError(error, text);
    const problem = `${path}:${lineAndColumn(text, offset)}: not valid JSON: ${reason}; the default severities apply`;
    return { path, config: EMPTY_CONFIG, problems: [problem] };
  }
  const at = (key: string): string => `${path}:${lineAndColumn(text, keyOffset(text, key))}`;
  const { config, problems } = readConfig(input, KNOWN_RULE_CODES, (code) => (code === undefined ? path : at(code)));
  const unknownKeys: string[] = [];
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    for (const key of Object.keys(input)) {
      if (CONFIG_FILE_KEYS.includes(key)) continue;
      unknownKeys.push(`${at(key)}: unknown key "${key}"${didYouMean(key, CONFIG_FILE_KEYS)}`);
    }
  }
  return { path, config, problems: [...unknownKeys, ...problems] };
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
    else if (stops.has(folder) || dirname(folder) === folder || this.fileSystem.exists(join(folder, '.git'))) result = NO_CONFIG_FILE;
    else result = this.forFolder(dirname(folder), stops);
    this.byFolder.set(folder, result);
    return result;
  }

  invalidate(): void {
    this.byFolder.clear();
  }
}
