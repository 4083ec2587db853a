/** Rules whose findings the reader already made while parsing: they only pick theirs out of the model. */
import type { BilingualDocument, MarkupProblemCode } from '../../model';
import type { Finding } from '../rule';

export function readerFindings(document: BilingualDocument, code: MarkupProblemCode): Finding[] {
  const findings: Finding[] = [];
  for (const problem of document.problems) {
    if (problem.code !== code) continue;
    findings.push({
      message: problem.message,
      span: problem.span,
      unitIndex: problem.unitIndex,
      fixes: problem.fix ? [{ title: problem.fix.title, edits: problem.fix.edits, safe: true, preferred: true }] : undefined,
    });
  }
  return findings;
}
