import type { Finding, Rule } from '../rule';
import { unitSpanOf, type Prose } from './prose';
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

/** Pairs of equal neighbouring words with only spaces between them, each as its two words. */
function repeats(text: string, prose: Prose, locale: string | undefined): (readonly [Word, Word])[] {
  const segment = !isUnspacedLocale(locale) || mayHoldDouble(prose.text, !needsSpaceBetween(locale));
  const words = segment ? wordsOf(prose.text, locale) : spacedWordsOf(prose.text);
  const found: (readonly [Word, Word])[] = [];
  for (let index = 1; index < words.length; index++) {
    const before = words[index - 1]!;
    const word = words[index]!;
    if (word.text.length !== before.text.length || !hasLetter(word.text)) continue;
    if (word.text.toLowerCase() !== before.text.toLowerCase()) continue;
    const from = unitSpanOf(prose, before.start, before.end).end;
    const to = prose.offsets[word.start]!;
    if (to === from && needsSpaceBetween(locale)) continue;
    if (onlySpacesBetween(text, from, to)) found.push([before, word]);
  }
  return found;
}

export const repeatedWord: Rule = {
  code: 'repeated-word',
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
    for (const pair of unitPairs(document)) {
      const prose = pair.targetProse;
      let doubles = repeats(pair.target, prose, context.locale);
      if (grammatical) doubles = doubles.filter(([, word]) => !grammatical.has(word.text.toLowerCase()));
      if (doubles.length === 0) continue;
      const sourceRepeats = repeats(pair.source, pair.sourceProse, 'en');
      const sourceDoubles = new Set(sourceRepeats.map(([, word]) => word.text.toLowerCase()));
      const unit = pair.unit;
      for (const [first, word] of doubles) {
        if (sourceDoubles.has(word.text.toLowerCase())) continue;
        const span = shift(unitSpanOf(prose, word.start, word.end), unit.target.start);
        const firstEnd = shift(unitSpanOf(prose, first.start, first.end), unit.target.start).end;
        findings.push({
          message: `Repeated word in ${unitName(unit)}: "${word.text}" twice in a row, which the source does not have.`,
          span,
          unitIndex: unit.index,
          fixes: [
            {
              title: `Remove the second "${word.text}"`,
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
