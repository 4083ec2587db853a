import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';

export const malformedId: Rule = {
  code: 'malformed-id',
  docs: 'docs/rules/malformed-id.md',
  name: 'Malformed unit ID',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    'Unit IDs have the form `<hex prefix>-<n>` (one sentence, `646d1-104`) or `<hex prefix>-p<n>` (a merged paragraph, `646d1-p102`). Anything else, an empty ID included, cannot be matched back to the translation memory.',
  check(document) {
    const findings: Finding[] = [];
    for (const unit of document.units) {
      for (const id of [unit.id, unit.lookup?.sourceId]) {
        if (!id || id.kind !== 'malformed') continue;
        findings.push({
          message: id.value
            ? l10n.t('The ID "{0}" is not of the form <hex prefix>-<n> or <hex prefix>-p<n>.', id.value)
            : l10n.t('The unit ID is empty.'),
          span: id.span.end > id.span.start ? id.span : unit.targetOpenTag,
          unitIndex: unit.index,
        });
      }
    }
    return findings;
  },
};
