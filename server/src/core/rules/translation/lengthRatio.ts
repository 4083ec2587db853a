import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { targetLocation, unitName, unitPairs } from './unitText';

/** The shortest source, in visible characters, whose length says something about its translation's. */
const MINIMUM_SOURCE = 40;

interface Band {
  readonly low: number;
  readonly high: number;
  readonly script: string;
}

/**
 * How long a translation of an English text may be, as a share of its length, by the script of the target. Over
 * the corpus the middle unit of 40 characters or more is 0.9 to 1.3 in alphabets and abjads, 0.5 to 0.6 in
 * Japanese, 0.47 in Korean and 0.4 to 0.53 in Chinese; no clean unit falls outside these bands.
 */
const ALPHABETIC: Band = { low: 0.3, high: 3, script: 'alphabetic' };
const BANDS: Readonly<Record<string, Band>> = {
  ja: { low: 0.15, high: 2, script: 'Japanese' },
  ko: { low: 0.15, high: 2, script: 'Korean' },
  zh: { low: 0.1, high: 1.5, script: 'Chinese' },
};


export const lengthRatio: Rule = {
  code: 'length-ratio',
  docs: 'docs/rules/length-ratio.md',
  name: 'Target length unusual',
  category: 'translation',
  defaultSeverity: 'hint',
  description:
    'Reports a unit whose source has at least 40 visible characters and whose target is shorter than 0.3 times ' +
    'or longer than 3 times its source, counting neither spaces, markup, inline code nor URLs. Japanese and ' +
    'Korean targets may be 0.15 to 2 times the source, Chinese ones 0.1 to 1.5 times, as their scripts say more ' +
    'per character. A far shorter target has usually lost a sentence; a far longer one holds text that belongs ' +
    'elsewhere (a merged segment, a note to the translator).',
  check(document, context) {
    const findings: Finding[] = [];
    const band = BANDS[context.locale?.split('-')[0] ?? ''] ?? ALPHABETIC;
    for (const pair of unitPairs(document)) {
      if (pair.source.length < MINIMUM_SOURCE) continue;
      const sourceLength = pair.sourceProse.visibleLength;
      if (sourceLength < MINIMUM_SOURCE) continue;
      const targetLength = pair.targetProse.visibleLength;
      // An empty target is empty-target's.
      if (targetLength === 0) continue;
      const ratio = targetLength / sourceLength;
      if (ratio >= band.low && ratio <= band.high) continue;
      const unit = pair.unit;
      findings.push({
        message: l10n.t(
          'The target of {0} is {1} times as long as its source ({2} and {3} characters; ' +
            '{4} to {5} is usual for {6} targets).',
          unitName(unit),
          ratio.toFixed(2),
          targetLength,
          sourceLength,
          band.low,
          band.high,
          band.script,
        ),
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
