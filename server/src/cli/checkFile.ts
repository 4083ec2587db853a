/** Reads and checks one file of a CLI run: the article's bytes, its configuration file, then the core's check. */
import { mergeConfigs, type BilingualDocsConfig } from '../core/config';
import { parse } from '../core/parse';
import { usesSpeller } from '../core/check';
import { checkParsed, type FileReport } from '../core/fileReport';
import type { ConfigFiles } from '../configFiles';
import { readArticleBytes, decodeArticle, mayHoldMarkup } from './readArticle';
import type { FileToCheck } from './checkFiles';
import type { Spellers } from '../core/spelling/spellers';

export interface CheckOptions {
  readonly configFiles: ConfigFiles;
  /**
   * Folders above which no configuration file is looked for; the CLI gives none, so the search ends at the repository
   * root.
   */
  readonly stopFolders: readonly string[];
  /** Configuration given on the command line (`--rule code=severity`), over the file's. */
  readonly overrides?: BilingualDocsConfig;
  /** The dictionaries of this thread, loaded as files of their locales come; without them nothing is spell-checked. */
  readonly spellers?: Spellers;
  /** Whether the consistency rules run across all the files of the run (then not in each file alone). */
  readonly acrossFiles?: boolean;
  /** Whether findings about units carry the units' texts (the QA report shows them). */
  readonly unitTexts?: boolean;
}

function emptyReport(path: string): FileReport {
  return { path, locale: null, translationType: null, units: 0, hasMarkup: false, diagnostics: [] };
}

/**
 * Reads and checks one file. Files without any of the markup's attribute names are reported empty without being
 * decoded or parsed: in a large repository most Markdown files are plain.
 */
export async function checkFile(
  { path, displayPath, rawPath }: FileToCheck,
  options: CheckOptions,
): Promise<FileReport> {
  // A path's bytes cross to a worker as a Uint8Array, which the file system functions take as a Buffer only.
  const read = readArticleBytes(rawPath ? Buffer.from(rawPath.buffer, rawPath.byteOffset, rawPath.byteLength) : path);
  if (read.kind === 'unreadable') return { ...emptyReport(displayPath), error: read.reason };
  if (read.kind === 'skipped') return { ...emptyReport(displayPath), skipped: read.reason };
  if (!mayHoldMarkup(read.bytes)) return emptyReport(displayPath);
  const decoded = decodeArticle(read.bytes);
  if (decoded.kind !== 'text') return { ...emptyReport(displayPath), skipped: decoded.reason };
  const configFile = options.configFiles.forDocument(path, options.stopFolders);
  const config = options.overrides ? mergeConfigs(configFile.config, options.overrides) : configFile.config;
  const document = parse(decoded.text);
  // The check itself is synchronous: the article's dictionary is loaded first, once per thread and language.
  const warnings = [...decoded.warnings];
  if (options.spellers && document.locale && document.hasMarkup && usesSpeller(config)) {
    await options.spellers.load(document.locale);
    const failure = options.spellers.takeFailure(document.locale);
    if (failure) warnings.push(failure);
  }
  const report = checkParsed(displayPath, document, config, {
    spellers: options.spellers,
    acrossFiles: options.acrossFiles,
    unitTexts: options.unitTexts,
  });
  return warnings.length > 0 ? { ...report, warnings } : report;
}

/** `checkFile`, with any failure of ours turned into a report on that file instead of ending the run. */
export async function checkFileSafely(file: FileToCheck, options: CheckOptions): Promise<FileReport> {
  try {
    return await checkFile(file, options);
  } catch (error) {
    const reason = `internal error while checking it: ${(error as Error).stack ?? String(error)}`;
    return { ...emptyReport(file.displayPath), error: reason };
  }
}
