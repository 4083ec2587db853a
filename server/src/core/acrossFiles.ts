/**
 * The consistency rules across the files of one `check` run, per locale: every file's units go into one index per
 * locale (the core's, as the editor uses), and each file gets the findings about its units, with the units of the
 * other files they compare with as related locations. A file's own configuration and suppression comments decide
 * whether and how its units are reported.
 */
import { INCONSISTENT_SOURCE, INCONSISTENT_TARGET, LocaleIndexes, type ConsistencyCode } from './consistency';
import { recordedFindings, unitRange, type ConsistencyRecord } from './consistencyRecord';
import type { Range } from './lineIndex';
import { cutUnitText, type CliDiagnostic, type FileReport } from './fileReport';

function compareRanges(a: CliDiagnostic, b: CliDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    a.code.localeCompare(b.code)
  );
}

/** A consistency group as the QA report shows it: the shared text, and each variant with its units' places. */
export interface InconsistentGroup {
  readonly code: ConsistencyCode;
  /** The locale as the files' front matter spells it, in lower case. */
  readonly locale: string;
  readonly text: string;
  readonly variants: readonly {
    readonly text: string;
    readonly count: number;
    /** The first MAX_GROUP_LOCATIONS of its units. */
    readonly locations: readonly { readonly path: string; readonly range: Range }[];
  }[];
}

/** Enough places of one variant to find it; the count says how many there are. */
export const MAX_GROUP_LOCATIONS = 10;

export interface AcrossFiles {
  /** The reports with the findings across files added to their diagnostics, and the units they carried dropped. */
  readonly reports: FileReport[];
  /** The groups at least one reported finding came from, when asked for. */
  readonly groups: InconsistentGroup[];
}

/** The findings across files, added to the reports; with `groups`, also the groups they came from. */
export function findingsAcrossFiles(
  reports: readonly FileReport[],
  options: { readonly groups: boolean },
): AcrossFiles {
  const indexes = new LocaleIndexes();
  const records = new Map<string, ConsistencyRecord>();
  for (const report of reports) {
    if (!report.consistency) continue;
    indexes.setDocument(report.path, report.consistency.locale, report.consistency.units);
    records.set(report.path, report.consistency);
  }
  const recordOf = (path: string) => records.get(path);
  const rangeOf = (path: string, unitIndex: number): Range => unitRange(records.get(path)!, unitIndex)!;
  // Which units got a finding, as `path NUL unitIndex NUL code`, to show only the groups that were reported.
  const reported = new Set<string>();
  const findingsByPath = indexes.findingsByDocument();
  const withFindings = reports.map((report) => {
    const { consistency, ...rest } = report;
    if (!consistency) return rest;
    const found = findingsByPath.get(report.path) ?? [];
    const added = recordedFindings(indexes, report.path, consistency, recordOf, found).map((finding): CliDiagnostic => {
      const { unit } = finding;
      if (options.groups) reported.add(`${report.path}\u0000${unit.unitIndex}\u0000${finding.code}`);
      return {
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        range: finding.range,
        unitId: unit.id,
        unitText: { source: cutUnitText(unit.source), target: cutUnitText(unit.target) },
        related: finding.related.map((related) => ({
          path: related.document,
          range: related.range,
          message: related.message,
        })),
      };
    });
    if (added.length === 0) return rest;
    return { ...rest, diagnostics: [...rest.diagnostics, ...added].sort(compareRanges) };
  });
  const groups: InconsistentGroup[] = [];
  if (options.groups && reported.size > 0) {
    for (const code of [INCONSISTENT_TARGET, INCONSISTENT_SOURCE] as const) {
      for (const { locale, groups: localeGroups } of indexes.groups(code)) {
        for (const group of localeGroups) {
          const wasReported = group.variants.some(({ units }) =>
            units.some((unit) => reported.has(`${unit.document}\u0000${unit.unitIndex}\u0000${code}`)),
          );
          if (!wasReported) continue;
          const variants = group.variants.map(({ text, units }) => ({
            text,
            count: units.length,
            locations: units
              .slice(0, MAX_GROUP_LOCATIONS)
              .map((unit) => ({ path: unit.document, range: rangeOf(unit.document, unit.unitIndex) })),
          }));
          groups.push({ code, locale, text: group.text, variants });
        }
      }
    }
  }
  return { reports: withFindings, groups };
}
