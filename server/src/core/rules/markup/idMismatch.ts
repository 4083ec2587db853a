import type { Finding, Fix, Rule } from '../rule';

export const idMismatch: Rule = {
  code: 'id-mismatch',
  name: 'Target and source IDs differ',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    "A target's `data-ttu-id` must equal the `data-stu-id` of the source in its lookup. When they differ, the unit is paired with the wrong source and translation memory updates go to the wrong segment. The quick fixes copy one ID over the other.",
  check(document) {
    const findings: Finding[] = [];
    let targetIds: ReadonlySet<string> | undefined;
    for (const unit of document.units) {
      const sourceId = unit.lookup?.sourceId;
      if (!sourceId || sourceId.value === unit.id.value) continue;
      const target = unit.id.value;
      const source = sourceId.value;
      const fixes: Fix[] = [
        {
          title: `Change the source's ID to ${target}`,
          edits: [{ span: sourceId.span, newText: target }],
          safe: false,
          preferred: unit.id.kind !== 'malformed',
        },
      ];
      // Taking an ID another unit already has would only trade this finding for a duplicate-id.
      targetIds ??= new Set(document.units.map((other) => other.id.value));
      if (!targetIds.has(source)) {
        fixes.push({
          title: `Change the target's ID to ${source}`,
          edits: [{ span: unit.id.span, newText: source }],
          safe: false,
        });
      }
      findings.push({
        message: `The target's ID ${target} differs from its source's ID ${source}.`,
        span: sourceId.span,
        unitIndex: unit.index,
        fixes,
      });
    }
    return findings;
  },
};
