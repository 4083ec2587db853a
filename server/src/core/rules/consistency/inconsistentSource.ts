import type { Rule } from '../rule';
import { INCONSISTENT_SOURCE } from '../../consistency';
import { consistencyFindings } from './findings';

export const inconsistentSource: Rule = {
  code: INCONSISTENT_SOURCE,
  name: 'Translation stands for several sources',
  category: 'translation',
  defaultSeverity: 'info',
  acrossUnits: true,
  description:
    'Reports a unit whose translation is also the translation of a different source elsewhere in the same ' +
    "locale (the same article or the locale's other articles: of the workspace in the editor, of the files " +
    'checked in the CLI), unless its source is the one that translation most often stands for. Two source terms ' +
    'rendered by one word (two settings, two buttons) leave readers unable to tell them apart; often one of the ' +
    'two is a translation memory match reused too eagerly.',
  check: (document, context) => consistencyFindings(document, context, INCONSISTENT_SOURCE),
};
