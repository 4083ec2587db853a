import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'unit-in-code'>): string {
  const line = problem.openingLine + 1;
  return problem.fenceClosed
    ? l10n.t(
      'Unit markup inside the fenced code block that opens on line {0} is code, not a unit; ' +
        'is a code fence unbalanced?',
      line,
    )
    : l10n.t(
      'Unit markup inside the fenced code block that opens on line {0} is code, not a unit ' +
        '(that fence is never closed); is a code fence unbalanced?',
      line,
    );
}

export const unitInCode: Rule = {
  code: 'unit-in-code',
  docs: 'docs/rules/unit-in-code.md',
  name: 'Unit markup inside a code block',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'Unit markup stands inside a fenced code block, where Markdown shows it as code, so it is not read as a unit. In real articles this happens when a code fence is unbalanced (a stray or missing fence line): every unit after it falls into code.',
  check: (document) => readerFindings(document, 'unit-in-code', message),
};
