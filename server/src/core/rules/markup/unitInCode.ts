import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'unit-in-code'>): string {
  const unclosed = problem.fenceClosed ? '' : ' (that fence is never closed)';
  const block = `the fenced code block that opens on line ${problem.openingLine + 1}`;
  return `Unit markup inside ${block} is code, not a unit${unclosed}; is a code fence unbalanced?`;
}

export const unitInCode: Rule = {
  code: 'unit-in-code',
  name: 'Unit markup inside a code block',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'Unit markup stands inside a fenced code block, where Markdown shows it as code, so it is not read as a unit. In real articles this happens when a code fence is unbalanced (a stray or missing fence line): every unit after it falls into code.',
  check: (document) => readerFindings(document, 'unit-in-code', message),
};
