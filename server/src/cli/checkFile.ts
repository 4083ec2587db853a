/** Checks one article exactly as the editor does: the same parser, rules, suppressions and configuration file. */
import type { Range } from '../core/lineIndex';
import type { BilingualDocument } from '../core/model';
import { parse } from '../core/parse';
import { checkDocument, usesSpeller } from '../core/check';
import { mergeConfigs, type BilingualDocsConfig } from '../core/config';
import type { Severity, SeverityOrOff } from '../core/rules/rule';
import { KNOWN_RULE_CODES, ruleByCode } from '../core/rules';
import { consistencyRules } from '../core/rules/consistency';
import { mayHoldSuppressions, readSuppressions } from '../core/suppressions';
import { indexedUnitsOf, type IndexedUnit } from '../core/consistency';
import type { ConfigFiles } from '../configFiles';
import { readArticleBytes, decodeArticle, mayHoldMarkup } from './readArticle';
import { countUnitWords } from '../core/wordCount';
import type { FileToCheck } from './checkFiles';
import { unitIndexOfProblem } from '../core/unitLookup';
import type { Spellers } from '../core/spelling/spellers';

/** Another file's (or this file's) place a cross-file finding compares with. */
export interface CliRelatedLocation {
  readonly path: string;
  readonly range: Range;
  readonly message: string;
}

export interface CliDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related?: readonly CliRelatedLocation[];
  /** The ID of the unit it is about, when it is about one (for SARIF fingerprints; not in the JSON output). */
  readonly unitId?: string;
  /** The text it points at, at most 200 characters (for SARIF fingerprints of findings outside units). */
  readonly excerpt?: string;
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
  /** The units for the checks across files (see acrossFiles.ts), when the run makes them. */
  readonly consistency?: ConsistencyRecord;
}

/** A unit as the checks across files need it: as the index keeps it, and what silences it. */
export interface ConsistencyUnit extends IndexedUnit {
  /** Codes of the consistency rules that a suppression comment silences on this unit, if any. */
  readonly suppressed?: readonly string[];
}

export interface ConsistencyRecord {
  readonly locale: string;
  /** The severity of each consistency rule for this file, after its configuration and file-wide suppressions. */
  readonly severities: Readonly<Record<string, SeverityOrOff>>;
  readonly units: readonly ConsistencyUnit[];
  /**
   * Where each unit's target is, four numbers per unit in the order of `units` (start line and character, end line
   * and character): one typed array rather than three objects per unit, as every unit of a run is sent and kept.
   */
  readonly ranges: Int32Array;
}

export interface CheckOptions {
  readonly configFiles: ConfigFiles;
  /** Folders above which no configuration file is looked for; the CLI gives none, so the search ends at the repository root. */
  readonly stopFolders: readonly string[];
  /** Configuration given on the command line (`--rule code=severity`), over the file's. */
  readonly overrides?: BilingualDocsConfig;
  /** The dictionaries of this thread, loaded as files of their locales come; without them nothing is spell-checked. */
  readonly spellers?: Spellers;
  /** Whether the consistency rules run across all the files of the run (then not in each file alone). */
  readonly acrossFiles?: boolean;
}

const untranslatedRule = ruleByCode('untranslated');

/**
 * Units whose target is their source, by the `untranslated` rule's own judgement (prose, non-English locale)
 * whatever its configured severity or suppressions: the summary counts work left, not findings shown. When every
 * finding of the rule is shown anyway, they are counted rather than found a second time.
 */
function countUntranslated(document: BilingualDocument, config: BilingualDocsConfig, diagnostics: readonly CliDiagnostic[]): number {
  if (config.rules['untranslated'] !== 'off' && !mayHoldSuppressions(document.text)) {
    let count = 0;
    for (const diagnostic of diagnostics) if (diagnostic.code === 'untranslated') count++;
    return count;
  }
  return untranslatedRule ? untranslatedRule.check(document, { locale: document.locale?.toLowerCase() }).length : 0;
}

/** What the checks across files need of a document, or nothing when they are all off for it. */
function consistencyRecord(path: string, document: BilingualDocument, config: BilingualDocsConfig): ConsistencyRecord | undefined {
  if (!document.hasMarkup || !document.locale) return undefined;
  const suppressions = readSuppressions(document, KNOWN_RULE_CODES);
  const severities: Record<string, SeverityOrOff> = {};
  for (const rule of consistencyRules) {
    const off = suppressions.disabledInFile.has('*') || suppressions.disabledInFile.has(rule.code);
    severities[rule.code] = off ? 'off' : (config.rules[rule.code] ?? rule.defaultSeverity);
  }
  if (Object.values(severities).every((severity) => severity === 'off')) return undefined;
  const indexed = indexedUnitsOf(document, path, false);
  const ranges = new Int32Array(indexed.length * 4);
  const units = indexed.map((unit, position): ConsistencyUnit => {
    const { start, end } = document.lines.rangeOf(unit.targetSpan);
    ranges.set([start.line, start.character, end.line, end.character], position * 4);
    if (suppressions.isEmpty) return unit;
    const suppressed = consistencyRules
      .filter((rule) => suppressions.suppresses({ code: rule.code, span: unit.targetSpan, unitIndex: unit.unitIndex }))
      .map((rule) => rule.code);
    return suppressed.length > 0 ? { ...unit, suppressed } : unit;
  });
  return { locale: document.locale.toLowerCase(), severities, units, ranges };
}

/** How one file is checked: with the dictionaries loaded so far, and with or without the checks across files. */
export interface TextCheckOptions {
  readonly spellers?: Spellers;
  /** The consistency rules run across all the files of the run, so not in this file alone. */
  readonly acrossFiles?: boolean;
}

export function checkText(path: string, text: string, config: BilingualDocsConfig, options: TextCheckOptions = {}): FileReport {
  return checkParsed(path, parse(text), config, options);
}

function checkParsed(path: string, document: BilingualDocument, config: BilingualDocsConfig, options: TextCheckOptions): FileReport {
  const text = document.text;
  const checkOptions = { spellers: options.spellers?.lookup, skipAcrossUnits: options.acrossFiles === true };
  const diagnostics = checkDocument(document, config, checkOptions).map((diagnostic): CliDiagnostic => {
    const unitIndex = unitIndexOfProblem(document.units, diagnostic);
    const unitId = unitIndex !== undefined ? document.units[unitIndex]?.id.value : undefined;
    return {
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      range: document.lines.rangeOf(diagnostic.span),
      ...(unitId !== undefined ? { unitId } : { excerpt: text.slice(diagnostic.span.start, Math.min(diagnostic.span.end, diagnostic.span.start + 200)) }),
    };
  });
  const consistency = options.acrossFiles ? consistencyRecord(path, document, config) : undefined;
  return {
    path,
    locale: document.locale ?? null,
    translationType: document.translationType ?? null,
    units: document.units.length,
    hasMarkup: document.hasMarkup,
    diagnostics,
    words: countUnitWords(document),
    untranslatedUnits: document.hasMarkup ? countUntranslated(document, config, diagnostics) : 0,
    ...(consistency ? { consistency } : {}),
  };
}

function emptyReport(path: string): FileReport {
  return { path, locale: null, translationType: null, units: 0, hasMarkup: false, diagnostics: [] };
}

/**
 * Reads and checks one file. Files without any of the markup's attribute names are reported empty without being
 * decoded or parsed: in a large repository most Markdown files are plain.
 */
export async function checkFile({ path, displayPath, rawPath }: FileToCheck, options: CheckOptions): Promise<FileReport> {
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
  const report = checkParsed(displayPath, document, config, { spellers: options.spellers, acrossFiles: options.acrossFiles });
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
