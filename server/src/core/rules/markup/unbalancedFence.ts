import type { Rule } from '../rule';
import { readerFindings } from './readerFindings';

export const unbalancedFence: Rule = {
  code: 'unbalanced-fence',
  name: 'Unbalanced code fence',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'A code fence is never closed, or a block holds a line like ```` ```yaml ```` that cannot close it, the sign that the block was opened by a stray fence. Everything up to the next plain fence is then shown as code, units included; found in real articles where a fence in the English source was escaped or split by segmentation.',
  check: (document) => readerFindings(document, 'unbalanced-fence'),
};
