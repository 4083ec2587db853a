import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { INCONSISTENT_SOURCE, quoted } from '../../consistency';
import { consistencyFindings, firstVariants, type ConsistencyWording } from './findings';

export const inconsistentSourceWording: ConsistencyWording = {
  message: (finding) =>
    l10n.t(
      'The translation {0} of unit {1} also stands for other sources: {2}.',
      quoted(finding.unit.target),
      finding.unit.id,
      firstVariants(finding, ({ text }) => quoted(text)),
    ),
  related: ({ text, id }) => l10n.t('The same translation of {0} in unit {1}.', quoted(text), id),
};

export const inconsistentSource: Rule = {
  code: INCONSISTENT_SOURCE,
  docs: 'docs/rules/inconsistent-source.md',
  name: 'Translation stands for several sources',
  category: 'translation',
  defaultSeverity: 'info',
  acrossUnits: true,
  description:
    'Reports a unit whose translation is also the translation of a different source elsewhere in the same ' +
    'locale (the same article or, in the CLI, the other articles it checks), unless its source is the one that ' +
    'translation most often stands for. Two source terms rendered by one word (two settings, two buttons) leave ' +
    'readers unable to tell them apart; often one of the two is a translation memory match reused too eagerly.',
  check: (document, context) => consistencyFindings(document, context, INCONSISTENT_SOURCE, inconsistentSourceWording),
};
