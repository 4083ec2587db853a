/**
 * The QA report's figures, gathered file by file as a check run reports them (the CLI's `report` and the language
 * server's `bilingualDocs/report` alike): totals per locale and translation type, problems by rule and severity,
 * the problems themselves with their units' texts, and the inconsistent groups. Lists are capped (see
 * `ReportLimits`) so that a repository of hundreds of megabytes still makes a page a browser opens; the counts are
 * always whole.
 */
import * as l10n from '@vscode/l10n';
import type { InconsistentGroup } from '../acrossFiles';
import type { FileReport, UnitText } from '../fileReport';
import type { Severity } from '../rules/rule';
import { RULES } from '../rules';
import { canonicalLocale, groupKey } from '../summary';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The glossary rules' codes: their findings get a section of their own when a run has any. */
export const GLOSSARY_CODES: readonly string[] = ['glossary-term', 'forbidden-term', 'do-not-translate'];

export interface ReportLimits {
  /** Problems listed per rule and severity; the rest are counted. */
  readonly problemsPerRule: number;
  /** Inconsistent groups listed in all. */
  readonly groups: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { problemsPerRule: 200, groups: 300 };

export type SeverityCounts = Record<Severity, number>;

export interface LocaleTotals {
  /** `<locale> <HT|MT|?>`, as the check's summary keys its groups. */
  readonly key: string;
  readonly locale: string;
  readonly translationType: string;
  files: number;
  units: number;
  sourceWords: number;
  targetWords: number;
  untranslatedUnits: number;
  readonly bySeverity: SeverityCounts;
  /** Problems by rule code, then severity. */
  readonly byRule: Record<string, SeverityCounts>;
}

/** Where a problem or a unit is: the file as shown, a link to it, and the 0-based line. */
export interface ReportPlace {
  readonly path: string;
  readonly href: string;
  readonly line: number;
}

export interface ReportProblem extends ReportPlace {
  readonly locale: string;
  readonly message: string;
  readonly unitText?: UnitText;
}

export interface RuleProblems {
  readonly code: string;
  readonly severity: Severity;
  count: number;
  readonly problems: ReportProblem[];
}

export interface ReportGroup {
  readonly code: InconsistentGroup['code'];
  readonly locale: string;
  readonly text: string;
  readonly variants: readonly { readonly text: string; readonly count: number; readonly places: ReportPlace[] }[];
}

export interface FileTrouble {
  readonly path: string;
  readonly reason: string;
}

export interface QaReport {
  readonly title: string;
  /** What was checked, as the user named it (paths, folders). */
  readonly scope: string;
  /** When the report was made, ISO 8601. */
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly limits: ReportLimits;
  readonly totals: {
    readonly files: number;
    readonly filesWithMarkup: number;
    readonly units: number;
    readonly sourceWords: number;
    readonly targetWords: number;
    readonly untranslatedUnits: number;
    readonly bySeverity: SeverityCounts;
  };
  /** In the order of their keys. */
  readonly locales: readonly LocaleTotals[];
  /** By rule in catalog order, then severity. */
  readonly rules: readonly RuleProblems[];
  readonly groups: readonly ReportGroup[];
  /** Groups not listed for the limit. */
  readonly groupsOmitted: number;
  /** Files that could not be read, or were skipped (binary). */
  readonly troubles: readonly FileTrouble[];
}

function noSeverities(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.code, index]));

function byCatalogOrder(a: string, b: string): number {
  return (RULE_ORDER.get(a) ?? Infinity) - (RULE_ORDER.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface ReportHeading {
  readonly title?: string;
  readonly scope: string;
  readonly generatedAt: string;
  readonly toolVersion: string;
}

/** Collects a run's file reports, in the order the run gives them, into a `QaReport`. */
export class QaReportBuilder {
  private readonly locales = new Map<string, LocaleTotals>();
  private readonly rules = new Map<string, RuleProblems>();
  private readonly groups: ReportGroup[] = [];
  private groupsOmitted = 0;
  private readonly troubles: FileTrouble[] = [];
  private readonly totals = {
    files: 0,
    filesWithMarkup: 0,
    units: 0,
    sourceWords: 0,
    targetWords: 0,
    untranslatedUnits: 0,
    bySeverity: noSeverities(),
  };

  /** `hrefOf` links a file as the report will be read: relative to the saved page, or by URI in the editor. */
  constructor(
    private readonly hrefOf: (path: string) => string,
    private readonly limits: ReportLimits = DEFAULT_REPORT_LIMITS,
  ) {}

  addFile(report: FileReport): void {
    this.totals.files++;
    if (report.error) this.troubles.push({ path: report.path, reason: report.error });
    if (report.skipped) this.troubles.push({ path: report.path, reason: `skipped, ${report.skipped}` });
    if (!report.hasMarkup) return;
    const totals = this.localeTotals(report);
    const words = report.words ?? { source: 0, target: 0 };
    const untranslated = report.untranslatedUnits ?? 0;
    totals.files++;
    totals.units += report.units;
    totals.sourceWords += words.source;
    totals.targetWords += words.target;
    totals.untranslatedUnits += untranslated;
    this.totals.filesWithMarkup++;
    this.totals.units += report.units;
    this.totals.sourceWords += words.source;
    this.totals.targetWords += words.target;
    this.totals.untranslatedUnits += untranslated;
    const href = this.hrefOf(report.path);
    for (const diagnostic of report.diagnostics) {
      const { code, severity } = diagnostic;
      totals.bySeverity[severity]++;
      this.totals.bySeverity[severity]++;
      (totals.byRule[code] ??= noSeverities())[severity]++;
      const key = `${code} ${severity}`;
      let rule = this.rules.get(key);
      if (!rule) this.rules.set(key, (rule = { code, severity, count: 0, problems: [] }));
      rule.count++;
      if (rule.problems.length >= this.limits.problemsPerRule) continue;
      rule.problems.push({
        path: report.path,
        href,
        line: diagnostic.range.start.line,
        locale: totals.locale,
        message: diagnostic.message,
        ...(diagnostic.unitText ? { unitText: diagnostic.unitText } : {}),
      });
    }
  }

  /** The run's inconsistent groups (see `findingsAcrossFiles`), the largest first, up to the limit. */
  addGroups(groups: readonly InconsistentGroup[]): void {
    const largestFirst = [...groups].sort((a, b) => unitsOf(b) - unitsOf(a) || a.locale.localeCompare(b.locale));
    for (const group of largestFirst) {
      if (this.groups.length >= this.limits.groups) {
        this.groupsOmitted++;
        continue;
      }
      this.groups.push({
        code: group.code,
        locale: canonicalLocale(group.locale),
        text: group.text,
        variants: group.variants.map((variant) => ({
          text: variant.text,
          count: variant.count,
          places: variant.locations.map((place) => ({
            path: place.path,
            href: this.hrefOf(place.path),
            line: place.range.start.line,
          })),
        })),
      });
    }
  }

  build(heading: ReportHeading): QaReport {
    const locales = [...this.locales.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity);
    const rules = [...this.rules.values()].sort(
      (a, b) => byCatalogOrder(a.code, b.code) || severityRank(a.severity) - severityRank(b.severity),
    );
    return {
      title: heading.title ?? l10n.t('Bilingual Docs QA report'),
      scope: heading.scope,
      generatedAt: heading.generatedAt,
      toolVersion: heading.toolVersion,
      limits: this.limits,
      totals: this.totals,
      locales,
      rules,
      groups: this.groups,
      groupsOmitted: this.groupsOmitted,
      troubles: this.troubles,
    };
  }

  private localeTotals(report: FileReport): LocaleTotals {
    const key = groupKey(report);
    let totals = this.locales.get(key);
    if (!totals) {
      const space = key.lastIndexOf(' ');
      const locale = key.slice(0, space);
      const translationType = key.slice(space + 1);
      totals = {
        key,
        locale,
        translationType,
        files: 0,
        units: 0,
        sourceWords: 0,
        targetWords: 0,
        untranslatedUnits: 0,
        bySeverity: noSeverities(),
        byRule: {},
      };
      this.locales.set(key, totals);
    }
    return totals;
  }
}

function unitsOf(group: InconsistentGroup): number {
  return group.variants.reduce((sum, variant) => sum + variant.count, 0);
}

/** Problems per 1,000 words, one decimal; a dash where there are no words to count by. */
export function perThousandWords(problems: number, words: number): string {
  return words === 0 ? '–' : ((problems * 1000) / words).toFixed(1);
}
