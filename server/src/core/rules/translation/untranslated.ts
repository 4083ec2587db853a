import type { Finding, Rule } from '../rule';
import type { InlineScan } from './inlineMarkdown';
import { unitName, unitPairs } from './unitText';

/** English articles are the sources: a target equal to its source is expected there. */
function isEnglish(locale: string): boolean {
  return locale === 'en' || locale.startsWith('en-');
}

const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Whether the text reads as prose: at least two whitespace-separated words of letters (holding a letter and no
 * digit, so codes such as `1OFQTR` do not count), not counting inline code, link destinations and HTML tags. A
 * single product name or identifier is often the same in every language; a phrase rarely is.
 */
function hasTwoWords(text: string, scan: InlineScan): boolean {
  const skipped = [...scan.codeSpans.map((code) => code.span), ...scan.destinations.map((destination) => destination.span)].sort(
    (a, b) => a.start - b.start,
  );
  let prose = '';
  let at = 0;
  for (const span of skipped) {
    if (span.start < at) continue;
    prose += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  prose += text.slice(at);
  let words = 0;
  for (const word of prose.replace(HTML_TAG, ' ').split(/\s+/)) {
    if (LETTER.test(word) && !DIGIT.test(word) && ++words === 2) return true;
  }
  return false;
}

export const untranslated: Rule = {
  code: 'untranslated',
  name: 'Untranslated unit',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target is the same as its source (ignoring surrounding whitespace) when the source has ' +
    'at least two words with letters in them and the article\'s locale (`ms.contentlocale`) is known and is not ' +
    'English. Such a unit was most likely never translated: readers of the localized article get the English ' +
    'sentence. Single words, names and identifiers are left alone, as they are often the same in every language.',
  check(document, context) {
    const findings: Finding[] = [];
    const locale = context.locale;
    if (!locale || isEnglish(locale)) return findings;
    for (const pair of unitPairs(document)) {
      const { unit, target, source } = pair;
      const trimmed = target.trim();
      if (trimmed !== source.trim() || !hasTwoWords(target, pair.targetScan)) continue;
      findings.push({
        message: `The target of ${unitName(unit)} is the same as its source: it looks untranslated (locale ${locale}).`,
        span: unit.target,
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
