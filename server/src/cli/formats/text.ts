/** Compiler-style lines, `path:line:col severity code message`, 1-based like every compiler and editor. */
import type { FileReport } from '../checkFile';
import type { CheckSummary } from '../summary';

export function formatTextFile(report: FileReport): string {
  let out = '';
  for (const diagnostic of report.diagnostics) {
    const { line, character } = diagnostic.range.start;
    out += `${report.path}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}\n`;
  }
  return out;
}

export function formatTextSummary(summary: CheckSummary): string {
  const { error, warning, info, hint } = summary.bySeverity;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(summary.problems, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info, ${plural(hint, 'hint')}) in ${plural(summary.filesWithMarkup, 'bilingual file')} of ${summary.files} checked; ${plural(summary.units, 'unit')}\n`;
}
