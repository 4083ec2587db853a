/**
 * One article's findings and counts as the CLI and the QA report give them: the same parser, rules and
 * suppressions as the editor, with the words and untranslated units the summary totals and, when the run compares
 * files, the units the checks across files need. Pure, so the CLI's workers and the language server share it.
 */
import type { Range } from './lineIndex';
import type { BilingualDocument } from './model';
import { parse } from './parse';
import { checkDocument } from './check';
import type { BilingualDocsConfig } from './config';
import type { Severity } from './rules/rule';
import { ruleByCode } from './rules';
import { mayHoldSuppressions } from './suppressions';
import { consistencyRecord, type ConsistencyRecord } from './consistencyRecord';
import { countUnitWords } from './wordCount';
import { unitIndexOfProblem } from './unitLookup';
import type { Spellers } from './spelling/spellers';

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
  /** The source and target of its unit, each cut to UNIT_TEXT_LIMIT characters, when the run asks (the QA report). */
  readonly unitText?: UnitText;
}

export interface UnitText {
  readonly source: string;
  readonly target: string;
}

/** A problem's unit texts are shown to a reviewer, who needs the gist, not a whole paragraph of a table. */
export const UNIT_TEXT_LIMIT = 400;

export function cutUnitText(text: string): string {
  return text.length > UNIT_TEXT_LIMIT ? `${text.slice(0, UNIT_TEXT_LIMIT - 1)}…` : text;
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

const untranslatedRule = ruleByCode('untranslated');

/**
 * Units whose target is their source, by the `untranslated` rule's own judgement (prose, non-English locale)
 * whatever its configured severity or suppressions: the summary counts work left, not findings shown. When every
 * finding of the rule is shown anyway, they are counted rather than found a second time.
 */
function countUntranslated(
  document: BilingualDocument,
  config: BilingualDocsConfig,
  diagnostics: readonly CliDiagnostic[],
): number {
  if (config.rules['untranslated'] !== 'off' && !mayHoldSuppressions(document.text)) {
    let count = 0;
    for (const diagnostic of diagnostics) if (diagnostic.code === 'untranslated') count++;
    return count;
  }
  return untranslatedRule ? untranslatedRule.check(document, { locale: document.locale?.toLowerCase() }).length : 0;
}

/** How one file is checked: with the dictionaries loaded so far, and with or without the checks across files. */
export interface TextCheckOptions {
  readonly spellers?: Spellers;
  /** The consistency rules run across all the files of the run, so not in this file alone. */
  readonly acrossFiles?: boolean;
  /** Whether each finding about a unit carries its source and target (see `CliDiagnostic.unitText`). */
  readonly unitTexts?: boolean;
}

function unitTextOf(document: BilingualDocument, unitIndex: number | undefined): UnitText | undefined {
  const unit = unitIndex === undefined ? undefined : document.units[unitIndex];
  if (!unit) return undefined;
  const source = unit.lookup ? document.text.slice(unit.lookup.source.start, unit.lookup.source.end) : '';
  return { source: cutUnitText(source), target: cutUnitText(document.text.slice(unit.target.start, unit.target.end)) };
}

export function checkText(
  path: string,
  text: string,
  config: BilingualDocsConfig,
  options: TextCheckOptions = {},
): FileReport {
  return checkParsed(path, parse(text), config, options);
}

export function checkParsed(
  path: string,
  document: BilingualDocument,
  config: BilingualDocsConfig,
  options: TextCheckOptions,
): FileReport {
  const text = document.text;
  const checkOptions = { spellers: options.spellers?.lookup, skipAcrossUnits: options.acrossFiles === true };
  const diagnostics = checkDocument(document, config, checkOptions).map((diagnostic): CliDiagnostic => {
    const unitIndex = unitIndexOfProblem(document.units, diagnostic);
    const unitId = unitIndex === undefined ? undefined : document.units[unitIndex]?.id.value;
    const unitText = options.unitTexts ? unitTextOf(document, unitIndex) : undefined;
    return {
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      range: document.lines.rangeOf(diagnostic.span),
      ...(unitId !== undefined
        ? { unitId }
        : { excerpt: text.slice(diagnostic.span.start, Math.min(diagnostic.span.end, diagnostic.span.start + 200)) }),
      ...(unitText ? { unitText } : {}),
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

