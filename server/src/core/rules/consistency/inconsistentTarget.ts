import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { INCONSISTENT_TARGET, quoted } from '../../consistency';
import { consistencyFindings, firstVariants, type ConsistencyWording } from './findings';

function otherUnits(count: number): string {
  return count === 1 ? l10n.t('1 other unit') : l10n.t('{0} other units', count);
}

export const inconsistentTargetWording: ConsistencyWording = {
  message: (finding) =>
    l10n.t(
      'The source {0} of unit {1} is translated otherwise elsewhere: {2}.',
      quoted(finding.unit.source),
      finding.unit.id,
      firstVariants(finding, ({ text, count }) => `${quoted(text)} (${otherUnits(count)})`),
    ),
  related: ({ text, id }) => l10n.t('Translated {0} in unit {1}.', quoted(text), id),
};

export const inconsistentTarget: Rule = {
  code: INCONSISTENT_TARGET,
  docs: 'docs/rules/inconsistent-target.md',
  name: 'Source translated inconsistently',
  category: 'translation',
  defaultSeverity: 'warning',
  acrossUnits: true,
  description:
    'Reports a unit whose source is translated differently elsewhere in the same locale, in the same article or, ' +
    'in the CLI, in the other articles it checks: sources are compared after collapsing whitespace, with case ' +
    'and markup as written. Every unit whose translation is not the most frequent one is reported (on a tie, ' +
    'all of them), with the units of the other translations as related locations and a fix per translation. ' +
    'Readers meet the same sentence, a UI label or a step, worded two ways and wonder whether it means two things.',
  check: (document, context) => consistencyFindings(document, context, INCONSISTENT_TARGET, inconsistentTargetWording),
};
