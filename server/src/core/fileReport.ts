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
import type { Severity, SeverityOrOff } from './rules/rule';
import { KNOWN_RULE_CODES, ruleByCode } from './rules';
import { consistencyRules } from './rules/consistency';
import { mayHoldSuppressions, readSuppressions } from './suppressions';
import { indexedUnitsOf, type IndexedUnit } from './consistency';
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

/** A unit as the checks across files need it: as the index keeps it, and what silences it. */
export interface ConsistencyUnit extends IndexedUnit {
  /** Codes of the consistency rules that a suppression comment silences on this unit, if any. */
  readonly suppressed?: readonly string[];
}

/** Numbers per unit in `ConsistencyRecord.numbers`. */
export const RECORD_NUMBERS = 7;

export interface ConsistencyRecord {
  readonly locale: string;
  /** The severity of each consistency rule for this file, after its configuration and file-wide suppressions. */
  readonly severities: Readonly<Record<string, SeverityOrOff>>;
  /**
   * The units that take part (see `indexedUnitsOf`) a column per field, in document order, rather than an object
   * per unit: every unit of a run is sent from its worker and kept, and each object would carry its property names
   * and its file's path along.
   */
  readonly ids: readonly string[];
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  /**
   * RECORD_NUMBERS per unit: its index in the document, its target's start and end offsets, and the target's start
   * line and character and end line and character.
   */
  readonly numbers: Int32Array;
  /** The units a suppression comment silences a consistency rule on: their positions, and the codes silenced. */
  readonly suppressed?: readonly (readonly [position: number, codes: readonly string[]])[];
}

/** The record's units as the index keeps them, under the file's key. */
export function unitsOfRecord(key: string, record: ConsistencyRecord): ConsistencyUnit[] {
  const suppressed = new Map(record.suppressed ?? []);
  const { numbers } = record;
  return record.ids.map((id, position): ConsistencyUnit => {
    const at = position * RECORD_NUMBERS;
    const unit: ConsistencyUnit = {
      document: key,
      unitIndex: numbers[at]!,
      id,
      source: record.sources[position]!,
      target: record.targets[position]!,
      rawTarget: '',
      targetSpan: { start: numbers[at + 1]!, end: numbers[at + 2]! },
    };
    const codes = suppressed.get(position);
    return codes ? { ...unit, suppressed: codes } : unit;
  });
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
  const numbers = new Int32Array(indexed.length * RECORD_NUMBERS);
  const suppressed: [number, string[]][] = [];
  indexed.forEach((unit, position) => {
    const { start, end } = document.lines.rangeOf(unit.targetSpan);
    const { targetSpan } = unit;
    numbers.set(
      [unit.unitIndex, targetSpan.start, targetSpan.end, start.line, start.character, end.line, end.character],
      position * RECORD_NUMBERS,
    );
    if (suppressions.isEmpty) return;
    const codes = consistencyRules
      .filter((rule) => suppressions.suppresses({ code: rule.code, span: unit.targetSpan, unitIndex: unit.unitIndex }))
      .map((rule) => rule.code);
    if (codes.length > 0) suppressed.push([position, codes]);
  });
  return {
    locale: document.locale.toLowerCase(),
    severities,
    ids: indexed.map((unit) => unit.id),
    sources: indexed.map((unit) => unit.source),
    targets: indexed.map((unit) => unit.target),
    numbers,
    ...(suppressed.length > 0 ? { suppressed } : {}),
  };
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

export function checkText(path: string, text: string, config: BilingualDocsConfig, options: TextCheckOptions = {}): FileReport {
  return checkParsed(path, parse(text), config, options);
}

export function checkParsed(path: string, document: BilingualDocument, config: BilingualDocsConfig, options: TextCheckOptions): FileReport {
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
      ...(unitId !== undefined ? { unitId } : { excerpt: text.slice(diagnostic.span.start, Math.min(diagnostic.span.end, diagnostic.span.start + 200)) }),
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

