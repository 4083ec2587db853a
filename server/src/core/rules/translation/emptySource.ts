import type { Finding, Rule } from '../rule';
import { isBlank, quote, unitName, unitPairs } from './unitText';

export const emptySource: Rule = {
  code: 'empty-source',
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
      const targetPart = isBlank(target) ? 'its target is empty too' : `its target is ${quote(target)}`;
      findings.push({
        message: `The source of ${unitName(unit)} is empty; ${targetPart}.`,
        span: unit.lookup!.span,
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
