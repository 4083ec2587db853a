import * as l10n from '@vscode/l10n';
import type { UnitId } from '../../model';
import type { Finding, Rule } from '../rule';

export const idOrder: Rule = {
  code: 'id-order',
  docs: 'docs/rules/id-order.md',
  name: 'Numbered IDs out of order',
  category: 'markup',
  defaultSeverity: 'hint',
  description:
    'Numbered IDs (`<prefix>-<n>`) increase through an article in the order the source was segmented. A number lower than the one before it hints at moved or pasted units; it is only a hint, since reordering a translation can be deliberate.',
  check(document) {
    const findings: Finding[] = [];
    let previous: UnitId | undefined;
    for (const unit of document.units) {
      const id = unit.id;
      if (id.kind !== 'numbered' || id.number === undefined) continue;
      if (previous && id.number < previous.number!) {
        const message = l10n.t('The ID {0} comes after {1}; numbered IDs should increase.', id.value, previous.value);
        findings.push({ message, span: id.span, unitIndex: unit.index });
      }
      previous = id;
    }
    return findings;
  },
};
