/** The totals of a check run: overall, by rule, and by locale and translation type. */
import type { Severity } from '../core/rules/rule';
import type { FileReport } from './checkFile';

export interface GroupTotals {
  files: number;
  units: number;
  sourceWords: number;
  targetWords: number;
  untranslatedUnits: number;
  problems: number;
}

export interface CheckSummary {
  files: number;
  filesWithMarkup: number;
  filesSkipped: number;
  filesUnreadable: number;
  units: number;
  problems: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  /** Keyed `<locale> <HT|MT|?>`, e.g. `et-EE HT`. */
  byLocale: Record<string, GroupTotals>;
}

export function emptySummary(): CheckSummary {
  return {
    files: 0,
    filesWithMarkup: 0,
    filesSkipped: 0,
    filesUnreadable: 0,
    units: 0,
    problems: 0,
    bySeverity: { error: 0, warning: 0, info: 0, hint: 0 },
    byRule: {},
    byLocale: {},
  };
}

export function addToSummary(summary: CheckSummary, report: FileReport): void {
  summary.files++;
  if (report.error) summary.filesUnreadable++;
  if (report.skipped) summary.filesSkipped++;
  if (!report.hasMarkup) return;
  summary.filesWithMarkup++;
  summary.units += report.units;
  summary.problems += report.diagnostics.length;
  for (const diagnostic of report.diagnostics) {
    summary.bySeverity[diagnostic.severity]++;
    summary.byRule[diagnostic.code] = (summary.byRule[diagnostic.code] ?? 0) + 1;
  }
  const key = `${report.locale ?? '?'} ${report.translationType ?? '?'}`;
  const group = (summary.byLocale[key] ??= { files: 0, units: 0, sourceWords: 0, targetWords: 0, untranslatedUnits: 0, problems: 0 });
  group.files++;
  group.units += report.units;
  group.sourceWords += report.words?.source ?? 0;
  group.targetWords += report.words?.target ?? 0;
  group.untranslatedUnits += report.untranslatedUnits ?? 0;
  group.problems += report.diagnostics.length;
}
