import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { isBlank, quote, unitName, unitPairs } from './unitText';

export const emptySource: Rule = {
  code: 'empty-source',
  docs: 'docs/rules/empty-source.md',
  name: 'Empty source',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose `sxs-lookup` holds a source span with no text in it (empty or only whitespace). The ' +
    'source is what reviewers and the hover compare the translation with; without it the target cannot be ' +
    'checked, and a target that is only markup (an anchor, a symbol) was usually segmented by mistake.',
  check(document) {
    const findings: Finding[] = [];
    for (const { unit, target, source } of unitPairs(document)) {
      if (!isBlank(source)) continue;
      const message = isBlank(target)
        ? l10n.t('The source of {0} is empty; its target is empty too.', unitName(unit))
        : l10n.t('The source of {0} is empty; its target is {1}.', unitName(unit), quote(target));
      findings.push({
        message,
        span: unit.lookup!.span,
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
