import type { Rule } from '../rule';
import { readerFindings } from './readerFindings';

export const unclosedSpan: Rule = {
  code: 'unclosed-span',
  name: 'Unclosed or stray span',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'A span of a unit is never closed, a `<span>` inside a target or source is never closed (often a bare `<span>` copied from the English), or a `</span>` closes nothing. Browsers then nest the rest of the article wrongly and tools misread every unit after it.',
  check: (document) => readerFindings(document, 'unclosed-span'),
};
