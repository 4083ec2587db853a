import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { CodeSpan } from './inlineMarkdown';
import { shift, targetLocation, unitName, unitPairs, unmatchedIndexes } from './unitText';

/**
 * Code as it renders: CommonMark strips one space on each side when both are there and the code is not all
 * spaces, so `` ` x ` `` and `` `x` `` are the same code.
 */
function renderedCode(codeSpan: CodeSpan): string {
  const code = codeSpan.code.replace(/\r\n|\r|\n/g, ' ');
  if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') return code.slice(1, -1);
  return code;
}

function list(codes: readonly string[], indexes: readonly number[]): string {
  const shown = indexes
    .slice(0, 3)
    .map((index) => `\`${codes[index]!.length > 40 ? `${codes[index]!.slice(0, 39)}…` : codes[index]}\``);
  return indexes.length > 3 ? l10n.t('{0} and {1} more', shown.join(', '), indexes.length - 3) : shown.join(', ');
}

export const codeMismatch: Rule = {
  code: 'code-mismatch',
  docs: 'docs/rules/code-mismatch.md',
  name: 'Inline code differs',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose inline code differs between target and source: a code span (`` `...` `` or ' +
    '`<code>...</code>`) of one side has no equal on the other, in any order. Code is what readers type or ' +
    'search for (commands, parameters, file names); it must stay exactly as in the source, and a translated or ' +
    'lost code span changes the instructions.',
  check(document) {
    const findings: Finding[] = [];
    for (const pair of unitPairs(document)) {
      const unit = pair.unit;
      const targetSpans = pair.targetScan.codeSpans;
      const sourceSpans = pair.sourceScan.codeSpans;
      if (targetSpans.length === 0 && sourceSpans.length === 0) continue;
      const targetCodes = targetSpans.map(renderedCode);
      const sourceCodes = sourceSpans.map(renderedCode);
      const extra = unmatchedIndexes(targetCodes, sourceCodes);
      const missing = unmatchedIndexes(sourceCodes, targetCodes);
      if (extra.length === 0 && missing.length === 0) continue;
      const parts: string[] = [];
      if (extra.length > 0) {
        parts.push(l10n.t('the target has {0}, which the source does not', list(targetCodes, extra)));
      }
      if (missing.length > 0) {
        parts.push(l10n.t('the source has {0}, which the target does not', list(sourceCodes, missing)));
      }
      findings.push({
        message: l10n.t('Inline code differs in {0}: {1}.', unitName(unit), parts.join('; ')),
        span: extra.length > 0 ? shift(targetSpans[extra[0]!]!.span, unit.target.start) : targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
