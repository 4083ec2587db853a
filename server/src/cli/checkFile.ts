/** Checks one article exactly as the editor does: the same parser, rules and configuration file. */
import type { Range } from '../core/lineIndex';
import { parse } from '../core/parse';
import { checkDocument } from '../core/check';
import { mergeConfigs, type BilingualDocsConfig } from '../core/config';
import type { Severity } from '../core/rules/rule';
import type { ConfigFiles } from '../configFiles';
import { readArticle } from './readArticle';

export interface CliDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

export interface FileReport {
  readonly path: string;
  readonly locale: string | null;
  readonly translationType: string | null;
  readonly units: number;
  readonly hasMarkup: boolean;
  readonly diagnostics: readonly CliDiagnostic[];
  /** Why the file was not checked (binary), when it was not. */
  readonly skipped?: string;
  /** Why the file could not be read at all. */
  readonly error?: string;
  /** Things said about reading it (invalid UTF-8). */
  readonly warnings?: readonly string[];
  /** Words of source and target text, and units whose target equals their source, for the summary. */
  readonly words?: { readonly source: number; readonly target: number };
  readonly untranslatedUnits?: number;
}

export interface CheckOptions {
  readonly configFiles: ConfigFiles;
  /** Folders above which no configuration file is looked for (the checked roots). */
  readonly stopFolders: readonly string[];
  /** Configuration given on the command line (`--rule code=severity`), over the file's. */
  readonly overrides?: BilingualDocsConfig;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  const stripped = text.replace(/<[^<>]{0,500}>/g, ' ');
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(stripped)) count++;
  return count;
}

export function checkText(path: string, text: string, config: BilingualDocsConfig): FileReport {
  const document = parse(text);
  const diagnostics = checkDocument(document, config).map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    range: document.lines.rangeOf(diagnostic.span),
  }));
  let source = 0;
  let target = 0;
  let untranslated = 0;
  for (const unit of document.units) {
    const targetText = text.slice(unit.target.start, unit.target.end);
    target += countWords(targetText);
    if (unit.lookup) {
      const sourceText = text.slice(unit.lookup.source.start, unit.lookup.source.end);
      source += countWords(sourceText);
      if (sourceText.trim() !== '' && sourceText.trim() === targetText.trim()) untranslated++;
    }
  }
  return {
    path,
    locale: document.locale ?? null,
    translationType: document.translationType ?? null,
    units: document.units.length,
    hasMarkup: document.hasMarkup,
    diagnostics,
    words: { source, target },
    untranslatedUnits: untranslated,
  };
}

export function checkFile(path: string, displayPath: string, options: CheckOptions): FileReport {
  const read = readArticle(path);
  const empty = { path: displayPath, locale: null, translationType: null, units: 0, hasMarkup: false, diagnostics: [] };
  if (read.kind === 'unreadable') return { ...empty, error: read.reason };
  if (read.kind === 'skipped') return { ...empty, skipped: read.reason };
  const configFile = options.configFiles.forDocument(path, options.stopFolders);
  const config = options.overrides ? mergeConfigs(configFile.config, options.overrides) : configFile.config;
  const report = checkText(displayPath, read.text, config);
  return read.warnings.length > 0 ? { ...report, warnings: read.warnings } : report;
}
