/** How an output format is written: a head, then each file's result as soon as it is known, then a tail. */
import type { FileReport } from '../../core/fileReport';
import type { CheckSummary } from '../../core/summary';

export interface RunOutcome {
  /** False when a file could not be read. */
  readonly successful: boolean;
}

export interface ReportWriter {
  begin(): string;
  file(report: FileReport): string;
  end(summary: CheckSummary, outcome: RunOutcome): string;
}
