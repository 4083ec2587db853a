/** `--format json`: `{"files":[…],"summary":{…}}`, one object for the whole run, written file by file. */
import type { FileReport } from '../../core/fileReport';
import type { CheckSummary } from '../../core/summary';
import type { ReportWriter } from './writer';
import { StreamedJsonArray } from './streamedJson';

export function fileJson(report: FileReport): Record<string, unknown> {
  const json: Record<string, unknown> = {
    path: report.path,
    locale: report.locale,
    translationType: report.translationType,
    units: report.units,
    diagnostics: report.diagnostics.map(({ code, severity, message, range, related }) =>
      related ? { code, severity, message, range, related } : { code, severity, message, range },
    ),
  };
  if (report.skipped) json.skipped = report.skipped;
  if (report.error) json.error = report.error;
  if (report.warnings) json.warnings = report.warnings;
  return json;
}

export function jsonWriter(): ReportWriter {
  let summary: CheckSummary | undefined;
  const document = new StreamedJsonArray((files) => ({ files, summary }));
  return {
    begin: () => document.begin(),
    file: (report) => document.item(fileJson(report)),
    end: (finalSummary) => {
      summary = finalSummary;
      return document.end();
    },
  };
}

