import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, unitLabel, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'missing-source'>): string {
  const unit = unitLabel(problem.unitId);
  return problem.shape === 'no-lookup'
    ? l10n.t('The target of {0} is not followed by its <span class="sxs-lookup"> with the source text.', unit)
    : l10n.t('The sxs-lookup span of {0} holds no <span data-stu-id> with the source text.', unit);
}

export const missingSource: Rule = {
  code: 'missing-source',
  docs: 'docs/rules/missing-source.md',
  name: 'Target without its source',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'A target span (`data-ttu-id`) must be followed at once by its `<span class="sxs-lookup">` holding a `data-stu-id` span with the English source. Without it, reviewers and tools lose the source text and the unit cannot be checked or re-aligned.',
  check: (document) => readerFindings(document, 'missing-source', message),
};
