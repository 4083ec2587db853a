import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { isBlank, quote, targetLocation, unitName, unitPairs } from './unitText';

export const emptyTarget: Rule = {
  code: 'empty-target',
  docs: 'docs/rules/empty-target.md',
  name: 'Empty target',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose target (the translated text in the `data-ttu-id` span) is empty or only whitespace while ' +
    'its source is not. Readers of the localized article see nothing where the English sentence was, so the ' +
    'sentence is lost from the page. Quick fix: copy the source into the target, as a start for the translation or ' +
    'where the English is meant to stay.',
  check(document) {
    const findings: Finding[] = [];
    for (const { unit, target, source } of unitPairs(document)) {
      if (!isBlank(target) || isBlank(source)) continue;
      // Without its closing tag the target's extent is a guess; the text is copied only into a closed target.
      const fixes = unit.targetCloseTag
        ? [{ title: l10n.t('Copy source to target'), edits: [{ span: unit.target, newText: source }], safe: false }]
        : undefined;
      findings.push({
        message: l10n.t('The target of {0} is empty; the source is {1}.', unitName(unit), quote(source)),
        span: targetLocation(unit),
        unitIndex: unit.index,
        ...(fixes ? { fixes } : {}),
      });
    }
    return findings;
  },
};
