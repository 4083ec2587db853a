/** How a document's summary reads in the status bar and at the top of the preview: one wording everywhere. */
import type { DocumentSummary } from '../../shared/protocol';
import type { Severity } from '../../shared/protocol';
import { withoutIcons } from './uiText';

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const TRANSLATION_TYPES: Readonly<Record<string, string>> = {
  HT: 'human translation',
  MT: 'machine translation',
};

/** `HT` → `human translation`; an unknown value is described as itself. */
export function describeTranslationType(translationType: string): string {
  return TRANSLATION_TYPES[translationType.toUpperCase()] ?? `translation type ${translationType}`;
}

/** `et-EE · HT · 8 units · 0 problems`; the locale and type come from the file, so they cannot be icons. */
export function statusText(summary: DocumentSummary): string {
  return [
    summary.locale !== null ? withoutIcons(summary.locale) : 'no locale',
    ...(summary.translationType ? [withoutIcons(summary.translationType)] : []),
    countOf(summary.unitCount, 'unit'),
    countOf(summary.problemCount, 'problem'),
  ].join(' · ');
}

/** What a screen reader says for the status item: words instead of abbreviations and dots. */
export function statusAccessibilityLabel(summary: DocumentSummary): string {
  const parts = [
    `Bilingual article, locale ${summary.locale ?? 'not set'}`,
    ...(summary.translationType ? [describeTranslationType(summary.translationType)] : []),
    countOf(summary.unitCount, 'unit'),
    problemBreakdown(summary),
  ];
  return parts.join(', ');
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_NAMES: Readonly<Record<Severity, [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

/** `3 problems: 1 error, 2 warnings`, or `no problems`. */
export function problemBreakdown(summary: DocumentSummary): string {
  if (summary.problemCount === 0) return 'no problems';
  const bySeverity = SEVERITY_ORDER.filter((severity) => (summary.problemsBySeverity[severity] ?? 0) > 0).map(
    (severity) => countOf(summary.problemsBySeverity[severity], ...SEVERITY_NAMES[severity]),
  );
  const total = countOf(summary.problemCount, 'problem');
  return bySeverity.length > 0 ? `${total}: ${bySeverity.join(', ')}` : total;
}
