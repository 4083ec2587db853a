/**
 * The consistency rules across the files of one `check` run, per locale: every file's units go into one index per
 * locale (the core's, as the editor uses), and each file gets the findings about its units, with the units of the
 * other files they compare with as related locations. A file's own configuration and suppression comments decide
 * whether and how its units are reported.
 */
import { LocaleIndexes } from '../core/consistency';
import { recordedFindings, type ConsistencyRecord } from '../core/consistencyRecord';
import type { CliDiagnostic, FileReport } from './checkFile';

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
  const recordOf = (path: string) => records.get(path);
  return reports.map((report) => {
    const { consistency, ...rest } = report;
    if (!consistency) return rest;
    const added = recordedFindings(indexes, report.path, consistency, recordOf).map(
      (finding): CliDiagnostic => ({
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        range: finding.range,
        unitId: finding.unit.id,
        related: finding.related.map((related) => ({
          path: related.document,
          range: related.range,
          message: related.message,
        })),
      }),
    );
    if (added.length === 0) return rest;
    return { ...rest, diagnostics: [...rest.diagnostics, ...added].sort(compareRanges) };
  });
}
