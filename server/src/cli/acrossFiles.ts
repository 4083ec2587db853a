/**
 * The consistency rules across the files of one `check` run, per locale: every file's units go into one index per
 * locale (the core's, as the editor uses), and each file gets the findings about its units, with the units of the
 * other files they compare with as related locations. A file's own configuration and suppression comments decide
 * whether and how its units are reported.
 */
import { LocaleIndexes } from '../core/consistency';
import type { Range } from '../core/lineIndex';
import type { CliDiagnostic, ConsistencyUnit, FileReport } from './checkFile';

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
  const ranges = new Map<string, Range>();
  const rangeKey = (path: string, unitIndex: number): string => `${unitIndex}\u0000${path}`;
  for (const report of reports) {
    if (!report.consistency) continue;
    indexes.setDocument(report.path, report.consistency.locale, report.consistency.units);
    for (const unit of report.consistency.units) ranges.set(rangeKey(report.path, unit.unitIndex), unit.range);
  }
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
        message: finding.message,
        range: unit.range,
        unitId: unit.id,
        related: finding.related.map((related) => ({
          path: related.document,
          range: ranges.get(rangeKey(related.document, related.unitIndex))!,
          message: related.message,
        })),
      });
    }
    if (added.length === 0) return rest;
    return { ...rest, diagnostics: [...rest.diagnostics, ...added].sort(compareRanges) };
  });
}
