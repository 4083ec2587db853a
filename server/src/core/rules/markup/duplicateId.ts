import type { Finding, Rule } from '../rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
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
      findings.push({ message: `The ID ${id} is already used by the unit on line ${line}.`, span: unit.id.span, unitIndex: unit.index });
    }
    return findings;
  },
};
