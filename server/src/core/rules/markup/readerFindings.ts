/**
 * Rules whose findings the reader already made while parsing: they pick theirs out of the model and word the
 * message (and the title of the reader's repair) from what the reader saw.
 */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument, MarkupProblem, MarkupProblemCode } from '../../model';
import type { Finding } from '../rule';

export type ProblemOf<C extends MarkupProblemCode> = Extract<MarkupProblem, { readonly code: C }>;

/** How a message names the unit a problem is in: by its ID, or as "this unit" when it has none. */
export function unitLabel(unitId: string): string {
  return unitId ? l10n.t('unit {0}', unitId) : l10n.t('this unit');
}

export function readerFindings<C extends MarkupProblemCode>(
  document: BilingualDocument,
  code: C,
  messageOf: (problem: ProblemOf<C>) => string,
  fixTitle?: () => string,
): Finding[] {
  const findings: Finding[] = [];
  for (const problem of document.problems) {
    if (problem.code !== code) continue;
    const edits = problem.fix?.edits;
    const fix = edits && fixTitle ? { title: fixTitle(), edits, safe: true, preferred: true } : undefined;
    findings.push({
      message: messageOf(problem as ProblemOf<C>),
      span: problem.span,
      unitIndex: problem.unitIndex,
      fixes: fix ? [fix] : undefined,
    });
  }
  return findings;
}
