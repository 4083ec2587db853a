/**
 * The consistency rules across the files of one `check` run, per locale: every file's units go into one index per
 * locale (the core's, as the editor uses), and each file gets the findings about its units, with the units of the
 * other files they compare with as related locations. A file's own configuration and suppression comments decide
 * whether and how its units are reported.
 */
import { LocaleIndexes } from '../core/consistency';
import { CONSISTENCY_WORDING } from '../core/rules/consistency';
import type { Range } from '../core/lineIndex';
import type { CliDiagnostic, ConsistencyRecord, ConsistencyUnit, FileReport } from './checkFile';

function compareRanges(a: CliDiagnostic, b: CliDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    a.code.localeCompare(b.code)
  );
}

/** The reports with the findings across files added to their diagnostics, and the units they carried dropped. */
export function withFindingsAcrossFiles(reports: readonly FileReport[]): FileReport[] {
  const indexes = new LocaleIndexes();
  const records = new Map<string, ConsistencyRecord>();
  for (const report of reports) {
    if (!report.consistency) continue;
    indexes.setDocument(report.path, report.consistency.locale, report.consistency.units);
    records.set(report.path, report.consistency);
  }
  // Where each unit is in its file's list, made for a file only when a finding points into it.
  const positionsByPath = new Map<string, Map<number, number>>();
  const rangeOf = (path: string, unitIndex: number): Range => {
    const record = records.get(path)!;
    let positions = positionsByPath.get(path);
    if (!positions) {
      positions = new Map(record.units.map((unit, position) => [unit.unitIndex, position]));
      positionsByPath.set(path, positions);
    }
    const at = positions.get(unitIndex)! * 4;
    const numbers = record.ranges;
    return { start: { line: numbers[at]!, character: numbers[at + 1]! }, end: { line: numbers[at + 2]!, character: numbers[at + 3]! } };
  };
  return reports.map((report) => {
    const { consistency, ...rest } = report;
    if (!consistency) return rest;
    const added: CliDiagnostic[] = [];
    for (const finding of indexes.findingsFor(report.path)) {
      const severity = consistency.severities[finding.code];
      const unit = finding.unit as ConsistencyUnit;
      if (!severity || severity === 'off' || unit.suppressed?.includes(finding.code)) continue;
      added.push({
        code: finding.code,
        severity,
        message: CONSISTENCY_WORDING[finding.code].message(finding),
        range: rangeOf(report.path, unit.unitIndex),
        unitId: unit.id,
        related: finding.related.map((related) => ({
          path: related.document,
          range: rangeOf(related.document, related.unitIndex),
          message: CONSISTENCY_WORDING[finding.code].related(related),
        })),
      });
    }
    if (added.length === 0) return rest;
    return { ...rest, diagnostics: [...rest.diagnostics, ...added].sort(compareRanges) };
  });
}
