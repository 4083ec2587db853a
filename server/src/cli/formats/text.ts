/**
 * Compiler-style lines on stdout, `path:line:col severity code message`, 1-based like every compiler and editor;
 * the totals and a table by locale and translation type go to stderr, so stdout stays one diagnostic per line.
 */
import type { FileReport } from '../../core/fileReport';
import type { CheckSummary } from '../../core/summary';
import type { ReportWriter } from './writer';
import { printablePath } from '../collectFiles';

export function formatTextFile(report: FileReport): string {
  let out = '';
  for (const diagnostic of report.diagnostics) {
    const { line, character } = diagnostic.range.start;
    const { severity, code, message } = diagnostic;
    out += `${printablePath(report.path)}:${line + 1}:${character + 1} ${severity} ${code} ${message}\n`;
  }
  return out;
}

export function textWriter(): ReportWriter {
  return { begin: () => '', file: formatTextFile, end: () => '' };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  // The first two columns are names (left-aligned), the rest counts (right-aligned).
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** The table of locales and translation types, the rules that fired, and one line of totals. */
export function formatTextSummary(summary: CheckSummary): string {
  let out = '';
  const groups = Object.entries(summary.byLocale);
  if (groups.length > 0) {
    const rows = groups.map(([key, group]) => {
      const [locale = '?', type = '?'] = key.split(' ');
      return [
        locale,
        type,
        group.files,
        group.units,
        group.sourceWords,
        group.targetWords,
        group.untranslatedUnits,
        group.problems,
      ].map(String);
    });
    out += table(
      ['locale', 'type', 'files', 'units', 'source words', 'target words', 'untranslated', 'problems'],
      rows,
    );
  }
  const rules = Object.entries(summary.byRule);
  if (rules.length > 0) out += `by rule: ${rules.map(([code, count]) => `${code} ${count}`).join(', ')}\n`;
  const { error, warning, info, hint } = summary.bySeverity;
  out += `${plural(summary.problems, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info, ${plural(hint, 'hint')}) in ${plural(summary.filesWithMarkup, 'bilingual file')} of ${summary.files} checked; ${plural(summary.units, 'unit')}\n`;
  return out;
}
