import type { Rule } from '../rule';
import { INCONSISTENT_TARGET } from '../../consistency';
import { consistencyFindings } from './findings';

export const inconsistentTarget: Rule = {
  code: INCONSISTENT_TARGET,
  name: 'Source translated inconsistently',
  category: 'translation',
  defaultSeverity: 'warning',
  acrossUnits: true,
  description:
    'Reports a unit whose source is translated differently elsewhere in the same locale, in the same article or ' +
    "in the locale's other articles (of the workspace in the editor, of the files checked in the CLI): sources " +
    'are compared after collapsing whitespace, with case ' +
    'and markup as written. Every unit whose translation is not the most frequent one is reported (on a tie, ' +
    'all of them), with the units of the other translations as related locations and a fix per translation. ' +
    'Readers meet the same sentence, a UI label or a step, worded two ways and wonder whether it means two things.',
  check: (document, context) => consistencyFindings(document, context, INCONSISTENT_TARGET),
};
