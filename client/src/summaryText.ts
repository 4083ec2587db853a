/**
 * How a document's summary reads in the status bar and at the top of the preview: one wording everywhere, in VS
 * Code's display language. These modules stay free of `vscode` (they are tested in memory), so they translate with
 * `@vscode/l10n`, which activation loads with the extension's own bundle (`vscode.l10n.bundle`).
 */
import * as l10n from '@vscode/l10n';
import type { DocumentSummary } from '../../shared/protocol';
import type { Severity } from '../../shared/protocol';
import { withoutIcons } from './uiText';

/** Counts get a sentence of their own for one, since languages differ in more than an `s`. */
export function unitCount(count: number): string {
  return count === 1 ? l10n.t('1 unit') : l10n.t('{0} units', count);
}

export function problemCount(count: number): string {
  return count === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', count);
}

function severityCount(severity: Severity, count: number): string {
  switch (severity) {
    case 'error':
      return count === 1 ? l10n.t('1 error') : l10n.t('{0} errors', count);
    case 'warning':
      return count === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', count);
    case 'info':
      return count === 1 ? l10n.t('1 info') : l10n.t('{0} infos', count);
    case 'hint':
      return count === 1 ? l10n.t('1 hint') : l10n.t('{0} hints', count);
  }
}

/** A problem's severity as a label (`Error`), as the preview and the grid show it beside the rule code. */
export function severityLabel(severity: string): string {
  switch (severity) {
    case 'error':
      return l10n.t('Error');
    case 'warning':
      return l10n.t('Warning');
    case 'info':
      return l10n.t('Info');
    case 'hint':
      return l10n.t('Hint');
    default:
      return severity;
  }
}

/** `HT` → `human translation`; an unknown value is described as itself. */
export function translationTypeText(translationType: string): string {
  switch (translationType.toUpperCase()) {
    case 'HT':
      return l10n.t('human translation');
    case 'MT':
      return l10n.t('machine translation');
    default:
      return l10n.t('translation type {0}', translationType);
  }
}

/** `et-EE · HT · 8 units · 0 problems`; the locale and type come from the file, so they cannot be icons. */
export function statusText(summary: DocumentSummary): string {
  return [
    summary.locale !== null ? withoutIcons(summary.locale) : l10n.t('no locale'),
    ...(summary.translationType ? [withoutIcons(summary.translationType)] : []),
    unitCount(summary.unitCount),
    problemCount(summary.problemCount),
  ].join(' · ');
}

/** The locale as the tooltip, the screen reader and the preview name it. */
export function localeText(locale: string | null): string {
  return locale ?? l10n.t('not set');
}

/** What a screen reader says for the status item: words instead of abbreviations and dots. */
export function statusAccessibilityLabel(summary: DocumentSummary): string {
  const parts = [
    l10n.t('Bilingual article, locale {0}', localeText(summary.locale)),
    ...(summary.translationType ? [translationTypeText(summary.translationType)] : []),
    unitCount(summary.unitCount),
    problemBreakdown(summary),
  ];
  return parts.join(l10n.t(', '));
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** `3 problems: 1 error, 2 warnings`, or `no problems`. */
export function problemBreakdown(summary: DocumentSummary): string {
  if (summary.problemCount === 0) return l10n.t('no problems');
  const bySeverity = SEVERITY_ORDER.filter((severity) => (summary.problemsBySeverity[severity] ?? 0) > 0).map(
    (severity) => severityCount(severity, summary.problemsBySeverity[severity]),
  );
  const total = problemCount(summary.problemCount);
  return bySeverity.length > 0 ? l10n.t('{0}: {1}', total, bySeverity.join(l10n.t(', '))) : total;
}
