/**
 * Rules whose findings the reader already made while parsing: they pick theirs out of the model and word the
 * message from what the reader saw.
 */
import type { BilingualDocument, MarkupProblem, MarkupProblemCode } from '../../model';
import type { Finding } from '../rule';

export type ProblemOf<C extends MarkupProblemCode> = Extract<MarkupProblem, { readonly code: C }>;

export function readerFindings<C extends MarkupProblemCode>(
  document: BilingualDocument,
  code: C,
  messageOf: (problem: ProblemOf<C>) => string,
): Finding[] {
  const findings: Finding[] = [];
  for (const problem of document.problems) {
    if (problem.code !== code) continue;
    findings.push({
      message: messageOf(problem as ProblemOf<C>),
      span: problem.span,
      unitIndex: problem.unitIndex,
      fixes: problem.fix ? [{ title: problem.fix.title, edits: problem.fix.edits, safe: true, preferred: true }] : undefined,
    });
  }
  return findings;
}
