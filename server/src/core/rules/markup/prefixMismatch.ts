import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';

export const prefixMismatch: Rule = {
  code: 'prefix-mismatch',
  docs: 'docs/rules/prefix-mismatch.md',
  name: 'ID prefix differs from the article',
  category: 'markup',
  defaultSeverity: 'warning',
  description:
    "All units of one article share one ID prefix (the hex part before the dash). A unit with another prefix was usually pasted in from another article, and its source will not be found in this article's translation memory.",
  check(document) {
    const counts = new Map<string, number>();
    for (const unit of document.units)
      if (unit.id.prefix) counts.set(unit.id.prefix, (counts.get(unit.id.prefix) ?? 0) + 1);
    let common: string | undefined;
    let most = 0;
    for (const [prefix, count] of counts) {
      if (count > most) {
        common = prefix;
        most = count;
      }
    }
    if (!common || counts.size < 2) return [];
    const findings: Finding[] = [];
    for (const unit of document.units) {
      for (const id of [unit.id, unit.lookup?.sourceId]) {
        if (!id?.prefix || id.prefix === common) continue;
        const { value, prefix } = id;
        const message = l10n.t("The ID {0} has the prefix {1}; this article's units use {2}.", value, prefix, common);
        findings.push({ message, span: id.span, unitIndex: unit.index });
      }
    }
    return findings;
  },
};
