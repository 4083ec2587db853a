/** `--format json`: `{"files":[…],"summary":{…}}`, one object for the whole run. */
import type { FileReport } from '../checkFile';
import type { CheckSummary } from '../summary';

export function fileJson(report: FileReport): Record<string, unknown> {
  const json: Record<string, unknown> = {
    path: report.path,
    locale: report.locale,
    translationType: report.translationType,
    units: report.units,
    diagnostics: report.diagnostics,
  };
  if (report.skipped) json.skipped = report.skipped;
  if (report.error) json.error = report.error;
  if (report.warnings) json.warnings = report.warnings;
  return json;
}

export function formatJson(reports: readonly FileReport[], summary: CheckSummary): string {
  return `${JSON.stringify({ files: reports.map(fileJson), summary }, null, 2)}\n`;
}
