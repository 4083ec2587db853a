import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'missing-source'>): string {
  return problem.shape === 'no-lookup'
    ? `The target of ${problem.label} is not followed by its <span class="sxs-lookup"> with the source text.`
    : `The sxs-lookup span of ${problem.label} holds no <span data-stu-id> with the source text.`;
}

export const missingSource: Rule = {
  code: 'missing-source',
  name: 'Target without its source',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'A target span (`data-ttu-id`) must be followed at once by its `<span class="sxs-lookup">` holding a `data-stu-id` span with the English source. Without it, reviewers and tools lose the source text and the unit cannot be checked or re-aligned.',
  check: (document) => readerFindings(document, 'missing-source', message),
};
