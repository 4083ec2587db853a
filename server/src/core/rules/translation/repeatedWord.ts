import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { Prose } from './prose';
import { shift, unitName, unitPairs } from './unitText';
import { isUnspacedLocale, mayHoldDouble, spacedWordsOf, wordsOf, type Word } from './words';

/**
 * Doubles that grammar asks for, by language: French reflexives (`nous nous`), German and Dutch relative pronouns
 * after their article or conjunction (`die die`, `dat dat`), English `that that` and `had had`.
 */
const GRAMMATICAL_DOUBLES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['that', 'had']),
  fr: new Set(['nous', 'vous']),
  de: new Set(['die', 'der', 'das']),
  nl: new Set(['dat']),
};

const SPACE_ENTITY = /^&(?:nbsp|#160|#x[aA]0);/;

/**
 * Whether only spaces stand between two words in the unit text as written: a tag or emphasis mark between them
 * (`report <strong>report</strong>`) makes them two phrases, not a slip.
 */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x26 && SPACE_ENTITY.test(text.slice(i, i + 7))) i = text.indexOf(';', i);
    else if (code !== 0x20 && code !== 0xa0 && code !== 0x09 && code !== 0x3000 && code !== 0x202f) return false;
  }
  return true;
}

/**
 * Thai marks a doubled word with ๆ, but its segmenter cuts compounds so that their last syllable and the next word
 * can look alike (`สถานที่ที่`, "the place that"); there only doubles written apart are taken.
 */
function needsSpaceBetween(locale: string | undefined): boolean {
  return locale?.split('-')[0] === 'th';
}

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return true;
  }
  return false;
}

type Double = readonly [Word, Word];
const NO_DOUBLES: readonly Double[] = [];

/** Pairs of equal neighbouring words with only spaces between them, each as its two words. */
function repeats(prose: Prose, locale: string | undefined): readonly Double[] {
  const segment = isUnspacedLocale(locale) && mayHoldDouble(prose.text, !needsSpaceBetween(locale));
  if (!segment && !prose.mayHoldDouble) return NO_DOUBLES;
  const words = segment ? wordsOf(prose.text, locale) : spacedWordsOf(prose.text);
  const text = prose.unitText;
  const found: Double[] = [];
  for (let index = 1; index < words.length; index++) {
    const before = words[index - 1]!;
    const word = words[index]!;
    if (word.text.length !== before.text.length || !hasLetter(word.text)) continue;
    if (word.text.toLowerCase() !== before.text.toLowerCase()) continue;
    const from = prose.spanOf(before.start, before.end).end;
    const to = prose.offsetOf(word.start);
    if (to === from && needsSpaceBetween(locale)) continue;
    if (onlySpacesBetween(text, from, to)) found.push([before, word]);
  }
  return found.length === 0 ? NO_DOUBLES : found;
}

/** Per locale, the doubles of a text, as a reading each text keeps (see Prose.derived). */
const finders = new Map<string, (prose: Prose) => readonly Double[]>();

function finderFor(locale: string | undefined): (prose: Prose) => readonly Double[] {
  const key = locale ?? '';
  let finder = finders.get(key);
  if (!finder) {
    finder = (prose) => repeats(prose, locale);
    finders.set(key, finder);
  }
  return finder;
}

export const repeatedWord: Rule = {
  code: 'repeated-word',
  docs: 'docs/rules/repeated-word.md',
  name: 'Repeated word',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose target has the same word twice in a row, with only spaces between ("the the", "ja ja"), ' +
    'where the source has no such double. Words of Chinese, Japanese and Thai are found with the language\'s word ' +
    'segmenter; inline code, URLs and HTML tags are not words. Doubles that grammar asks for (French `nous nous`, ' +
    'German `die die`, Dutch `dat dat`) are accepted. A doubled word is the commonest slip of editing a translation.',
  check(document, context) {
    const findings: Finding[] = [];
    const language = context.locale?.split('-')[0] ?? '';
    const grammatical = GRAMMATICAL_DOUBLES[language];
    const targetFinder = finderFor(context.locale);
    const unspaced = isUnspacedLocale(context.locale);
    const sourceFinder = finderFor('en');
    for (const pair of unitPairs(document)) {
      const prose = pair.targetProse;
      if (!unspaced && !prose.mayHoldDouble) continue;
      let doubles = prose.derived(targetFinder);
      if (doubles.length === 0) continue;
      if (grammatical) doubles = doubles.filter(([, word]) => !grammatical.has(word.text.toLowerCase()));
      if (doubles.length === 0) continue;
      const sourceRepeats = pair.sourceProse.derived(sourceFinder);
      const sourceDoubles = new Set(sourceRepeats.map(([, word]) => word.text.toLowerCase()));
      const unit = pair.unit;
      for (const [first, word] of doubles) {
        if (sourceDoubles.has(word.text.toLowerCase())) continue;
        const span = shift(prose.spanOf(word.start, word.end), unit.target.start);
        const firstEnd = shift(prose.spanOf(first.start, first.end), unit.target.start).end;
        findings.push({
          message: l10n.t(
            'Repeated word in {0}: "{1}" twice in a row, which the source does not have.',
            unitName(unit),
            word.text,
          ),
          span,
          unitIndex: unit.index,
          fixes: [
            {
              title: l10n.t('Remove the second "{0}"', word.text),
              edits: [{ span: { start: firstEnd, end: span.end }, newText: '' }],
              safe: false,
              preferred: true,
            },
          ],
        });
      }
    }
    return findings;
  },
};
