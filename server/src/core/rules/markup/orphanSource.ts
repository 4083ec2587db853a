import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'orphan-source'>): string {
  const span = problem.spanKind === 'lookup' ? 'sxs-lookup' : 'data-stu-id';
  return `This ${span} span${problem.sourceId ? ` (${problem.sourceId})` : ''} has no target span before it.`;
}

export const orphanSource: Rule = {
  code: 'orphan-source',
  name: 'Source without a target',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'An `sxs-lookup` span (or a bare `data-stu-id` span) stands where no target span precedes it. The source text then belongs to no unit, usually because the target span before it was deleted or its tag was damaged.',
  check: (document) => readerFindings(document, 'orphan-source', message),
};
