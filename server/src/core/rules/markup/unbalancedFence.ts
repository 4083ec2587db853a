import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'unbalanced-fence'>): string {
  if (problem.shape === 'never-closed') {
    return l10n.t(
      'This code fence is never closed: the rest of the article (from line {0} to line {1}) is code.',
      problem.openingLine + 1,
      problem.lineCount,
    );
  }
  return l10n.t(
    'This fence opens no code block: it stands inside the code block opened on line {0}, whose opening fence is ' +
      'probably stray; everything until the next plain fence is code.',
    problem.openingLine + 1,
  );
}

export const unbalancedFence: Rule = {
  code: 'unbalanced-fence',
  docs: 'docs/rules/unbalanced-fence.md',
  name: 'Unbalanced code fence',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'A code fence is never closed, or a block holds a line like ```` ```yaml ```` that cannot close it, the sign that the block was opened by a stray fence. Everything up to the next plain fence is then shown as code, units included; found in real articles where a fence in the English source was escaped or split by segmentation.',
  check: (document) => readerFindings(document, 'unbalanced-fence', message),
};
