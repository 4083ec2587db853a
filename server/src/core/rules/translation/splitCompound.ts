/**
 * A compound written as two words in a language that writes compounds as one (German, Dutch, Danish, Swedish,
 * Finnish): `Vermittlungs Server` for `Vermittlungsserver`. The spelling rule leaves the first word to this rule,
 * which can say what is wrong and offer the joined word.
 */
import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { splitCompounds } from '../../spelling/splitCompounds';
import { articleSourceWords, shift, unitPairs } from './unitText';

export const splitCompound: Rule = {
  code: 'split-compound',
  docs: 'docs/rules/split-compound.md',
  name: 'Compound written apart',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports two words of a unit\'s target that the language writes as one compound (`Vermittlungs Server` for ' +
    '`Vermittlungsserver`, Swedish `fjärr anslutning`), a common slip of machine translation: the first word is ' +
    'no word of its own, only the start of compounds, and the two joined are in the dictionary. In German, Dutch, ' +
    'Danish, Swedish and Finnish, with the spelling dictionary of the article\'s locale.',
  check(document, context) {
    const findings: Finding[] = [];
    const speller = context.speller;
    if (!speller) return findings;
    const pairs = unitPairs(document);
    // English kept in the target (`system was`) joins into a "compound" too: words of a source are never one.
    const isSourceWord = (word: string): boolean => articleSourceWords(document).has(word.toLowerCase());
    const listed = new Set((context.words ?? []).map((word) => word.toLowerCase()));
    for (const pair of pairs) {
      const words = pair.targetWords;
      for (const { index, joined } of splitCompounds(words, pair.target, speller)) {
        const first = words[index]!;
        const second = words[index + 1]!;
        if (listed.has(first.word.toLowerCase()) || isSourceWord(first.word)) continue;
        const span = shift({ start: first.span.start, end: second.span.end }, pair.unit.target.start);
        const written = `${first.word} ${second.word}`;
        findings.push({
          message: l10n.t('"{0}" is one word: "{1}".', written, joined),
          span,
          unitIndex: pair.unit.index,
          fixes: [
            {
              title: l10n.t('Join into "{0}"', joined),
              safe: false,
              preferred: true,
              edits: [{ span, newText: joined }],
            },
          ],
        });
      }
    }
    return findings;
  },
};
