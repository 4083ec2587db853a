/**
 * What one document contributes to the consistency groups of its locale, and the findings about it once every
 * document is indexed: the one implementation behind the CLI's checks across files and the language server's
 * workspace. A record is small and plain (it crosses from the CLI's workers), and keeps what deciding about the
 * document's findings needs without its text: its configuration's severities, its suppressions per unit and where
 * each unit's target is.
 */
import type { BilingualDocsConfig } from './config';
import type { Range } from './lineIndex';
import type { BilingualDocument } from './model';
import type { Severity, SeverityOrOff } from './rules/rule';
import { KNOWN_RULE_CODES } from './rules';
import { consistencyRules } from './rules/consistency';
import { readSuppressions } from './suppressions';
import {
  indexedUnitsOf,
  type ConsistencyCode,
  type ConsistencyFinding,
  type IndexedUnit,
  type LocaleIndexes,
} from './consistency';

/** A unit as the checks across documents need it: as the index keeps it, and what silences it. */
export interface ConsistencyUnit extends IndexedUnit {
  /** Codes of the consistency rules that a suppression comment silences on this unit, if any. */
  readonly suppressed?: readonly string[];
}

export interface ConsistencyRecord {
  readonly locale: string;
  /** The severity of each consistency rule for this document, after its configuration and file-wide suppressions. */
  readonly severities: Readonly<Record<string, SeverityOrOff>>;
  readonly units: readonly ConsistencyUnit[];
  /**
   * Where each unit's target is, four numbers per unit in the order of `units` (start line and character, end line
   * and character): one typed array rather than three objects per unit, as every unit of a run is sent and kept.
   */
  readonly ranges: Int32Array;
}

/**
 * What the checks across documents need of a document, or nothing when it has no locale or they are all off for
 * it. Without `withFixText` the units carry no target as written (see `indexedUnitsOf`).
 */
export function consistencyRecord(
  key: string,
  document: BilingualDocument,
  config: BilingualDocsConfig,
  withFixText = false,
): ConsistencyRecord | undefined {
  if (!document.hasMarkup || !document.locale) return undefined;
  const suppressions = readSuppressions(document, KNOWN_RULE_CODES);
  const severities: Record<string, SeverityOrOff> = {};
  for (const rule of consistencyRules) {
    const off = suppressions.disabledInFile.has('*') || suppressions.disabledInFile.has(rule.code);
    severities[rule.code] = off ? 'off' : (config.rules[rule.code] ?? rule.defaultSeverity);
  }
  if (Object.values(severities).every((severity) => severity === 'off')) return undefined;
  const indexed = indexedUnitsOf(document, key, withFixText);
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

/** Where each unit is in its record's list, made for a record only when a finding points into it. */
const positionsByRecord = new WeakMap<ConsistencyRecord, Map<number, number>>();

/** Where a unit's target is, by the unit's index in its document; undefined when the record has no such unit. */
export function unitRange(record: ConsistencyRecord, unitIndex: number): Range | undefined {
  let positions = positionsByRecord.get(record);
  if (!positions) {
    positions = new Map(record.units.map((unit, position) => [unit.unitIndex, position]));
    positionsByRecord.set(record, positions);
  }
  const position = positions.get(unitIndex);
  if (position === undefined) return undefined;
  const at = position * 4;
  const numbers = record.ranges;
  return {
    start: { line: numbers[at]!, character: numbers[at + 1]! },
    end: { line: numbers[at + 2]!, character: numbers[at + 3]! },
  };
}

export interface RecordedRelated {
  readonly document: string;
  readonly range: Range;
  readonly message: string;
}

/** A finding about a recorded document, as its configuration and suppressions let it be shown. */
export interface RecordedFinding {
  readonly code: ConsistencyCode;
  readonly severity: Severity;
  readonly message: string;
  readonly unit: ConsistencyUnit;
  readonly range: Range;
  readonly related: readonly RecordedRelated[];
}

/**
 * The findings about the document under `key`, from the groups over every document indexed (or `found`, when the
 * caller made every document's at once), with the ranges of the units they point at read from the records
 * (`recordOf`) of the documents those units are in.
 */
export function recordedFindings(
  indexes: LocaleIndexes,
  key: string,
  record: ConsistencyRecord,
  recordOf: (key: string) => ConsistencyRecord | undefined,
  found: readonly ConsistencyFinding[] = indexes.findingsFor(key),
): RecordedFinding[] {
  const findings: RecordedFinding[] = [];
  for (const finding of found) {
    const severity = record.severities[finding.code];
    const unit = finding.unit as ConsistencyUnit;
    if (!severity || severity === 'off' || unit.suppressed?.includes(finding.code)) continue;
    const range = unitRange(record, unit.unitIndex);
    if (!range) continue;
    const related: RecordedRelated[] = [];
    for (const other of finding.related) {
      const otherRecord = other.document === key ? record : recordOf(other.document);
      const otherRange = otherRecord && unitRange(otherRecord, other.unitIndex);
      if (otherRange) related.push({ document: other.document, range: otherRange, message: other.message });
    }
    findings.push({ code: finding.code, severity, message: finding.message, unit, range, related });
  }
  return findings;
}
