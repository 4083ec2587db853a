import type { Rule } from '../rule';
import { readerFindings } from './readerFindings';

export const unitInCode: Rule = {
  code: 'unit-in-code',
  name: 'Unit markup inside a code block',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'Unit markup stands inside a fenced code block, where Markdown shows it as code, so it is not read as a unit. In real articles this happens when a code fence is unbalanced (a stray or missing fence line): every unit after it falls into code.',
  check: (document) => readerFindings(document, 'unit-in-code'),
};
