import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  docs: 'docs/rules/duplicate-id.md',
  name: 'Two units share an ID',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'Every unit of an article has its own ID. A second unit with the same `data-ttu-id` (usually a copied line whose ID was not renumbered) makes translation tools overwrite one unit with the other.',
  check(document) {
    const firstById = new Map<string, number>();
    const findings: Finding[] = [];
    for (const unit of document.units) {
      const id = unit.id.value;
      if (!id) continue;
      const first = firstById.get(id);
      if (first === undefined) {
        firstById.set(id, unit.index);
        continue;
      }
      const line = document.lines.lineAt(document.units[first]!.id.span.start) + 1;
      const message = l10n.t('The ID {0} is already used by the unit on line {1}.', id, line);
      findings.push({ message, span: unit.id.span, unitIndex: unit.index });
    }
    return findings;
  },
};
