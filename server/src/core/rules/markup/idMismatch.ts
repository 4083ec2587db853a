import * as l10n from '@vscode/l10n';
import type { Finding, Fix, Rule } from '../rule';

export const idMismatch: Rule = {
  code: 'id-mismatch',
  docs: 'docs/rules/id-mismatch.md',
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
          title: l10n.t("Change the source's ID to {0}", target),
          edits: [{ span: sourceId.span, newText: target }],
          safe: false,
          preferred: unit.id.kind !== 'malformed',
        },
      ];
      // Taking an ID another unit already has would only trade this finding for a duplicate-id.
      targetIds ??= new Set(document.units.map((other) => other.id.value));
      if (!targetIds.has(source)) {
        fixes.push({
          title: l10n.t("Change the target's ID to {0}", source),
          edits: [{ span: unit.id.span, newText: source }],
          safe: false,
        });
      }
      findings.push({
        message: l10n.t("The target's ID {0} differs from its source's ID {1}.", target, source),
        span: sourceId.span,
        unitIndex: unit.index,
        fixes,
      });
    }
    return findings;
  },
};
