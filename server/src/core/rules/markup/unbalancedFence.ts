import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'unbalanced-fence'>): string {
  if (problem.shape === 'never-closed') {
    const rest = `the rest of the article (from line ${problem.openingLine + 1} to line ${problem.lineCount})`;
    return `This code fence is never closed: ${rest} is code.`;
  }
  const opened = `the code block opened on line ${problem.openingLine + 1}`;
  return (
    `This fence opens no code block: it stands inside ${opened}, whose opening fence is probably stray; ` +
    'everything until the next plain fence is code.'
  );
}

export const unbalancedFence: Rule = {
  code: 'unbalanced-fence',
  name: 'Unbalanced code fence',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'A code fence is never closed, or a block holds a line like ```` ```yaml ```` that cannot close it, the sign that the block was opened by a stray fence. Everything up to the next plain fence is then shown as code, units included; found in real articles where a fence in the English source was escaped or split by segmentation.',
  check: (document) => readerFindings(document, 'unbalanced-fence', message),
};
