/** The totals of a check run: overall, by rule, and by locale and translation type. */
import { RULES } from './rules';
import type { Severity } from './rules/rule';
import type { FileReport } from './fileReport';

export interface GroupTotals {
  files: number;
  units: number;
  sourceWords: number;
  targetWords: number;
  /** Units whose target is still their source text (by the `untranslated` rule's judgement, whatever its severity). */
  untranslatedUnits: number;
  problems: number;
  byRule: Record<string, number>;
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
  /** Keyed `<locale> <HT|MT|?>` with the locale in its usual case (`et-EE HT`), whatever case the files use. */
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

/**
 * A language tag in its conventional case (`et-ee` → `et-EE`, `zh-hant-tw` → `zh-Hant-TW`), so one locale written
 * two ways is one group. Case carries no meaning in BCP 47; anything that is not a plain tag stays as written.
 */
export function canonicalLocale(locale: string): string {
  const trimmed = locale.trim();
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(trimmed)) return trimmed;
  return trimmed
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (/^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

export function groupKey(report: Pick<FileReport, 'locale' | 'translationType'>): string {
  const type = report.translationType?.trim().toUpperCase();
  return `${report.locale ? canonicalLocale(report.locale) : '?'} ${type || '?'}`;
}

export function addToSummary(summary: CheckSummary, report: FileReport): void {
  summary.files++;
  if (report.error) summary.filesUnreadable++;
  if (report.skipped) summary.filesSkipped++;
  if (!report.hasMarkup) return;
  summary.filesWithMarkup++;
  summary.units += report.units;
  summary.problems += report.diagnostics.length;
  const key = groupKey(report);
  const group = (summary.byLocale[key] ??= {
    files: 0,
    units: 0,
    sourceWords: 0,
    targetWords: 0,
    untranslatedUnits: 0,
    problems: 0,
    byRule: {},
  });
  group.files++;
  group.units += report.units;
  group.sourceWords += report.words?.source ?? 0;
  group.targetWords += report.words?.target ?? 0;
  group.untranslatedUnits += report.untranslatedUnits ?? 0;
  group.problems += report.diagnostics.length;
  for (const diagnostic of report.diagnostics) {
    summary.bySeverity[diagnostic.severity]++;
    summary.byRule[diagnostic.code] = (summary.byRule[diagnostic.code] ?? 0) + 1;
    group.byRule[diagnostic.code] = (group.byRule[diagnostic.code] ?? 0) + 1;
  }
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.code, index]));

function inCatalogOrder(counts: Record<string, number>): Record<string, number> {
  const codes = Object.keys(counts).sort(
    (a, b) => (RULE_ORDER.get(a) ?? Infinity) - (RULE_ORDER.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return Object.fromEntries(codes.map((code) => [code, counts[code]!]));
}

/** The summary with its keys in a reading order: rules as the catalog lists them, groups by locale then type. */
export function orderedSummary(summary: CheckSummary): CheckSummary {
  const groups = Object.keys(summary.byLocale).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ...summary,
    byRule: inCatalogOrder(summary.byRule),
    byLocale: Object.fromEntries(
      groups.map((key) => [key, { ...summary.byLocale[key]!, byRule: inCatalogOrder(summary.byLocale[key]!.byRule) }]),
    ),
  };
}
