import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'orphan-source'>): string {
  const { sourceId } = problem;
  if (problem.spanKind === 'lookup') {
    return sourceId
      ? l10n.t('This sxs-lookup span ({0}) has no target span before it.', sourceId)
      : l10n.t('This sxs-lookup span has no target span before it.');
  }
  return sourceId
    ? l10n.t('This data-stu-id span ({0}) has no target span before it.', sourceId)
    : l10n.t('This data-stu-id span has no target span before it.');
}

export const orphanSource: Rule = {
  code: 'orphan-source',
  docs: 'docs/rules/orphan-source.md',
  name: 'Source without a target',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'An `sxs-lookup` span (or a bare `data-stu-id` span) stands where no target span precedes it. The source text then belongs to no unit, usually because the target span before it was deleted or its tag was damaged.',
  check: (document) => readerFindings(document, 'orphan-source', message),
};
