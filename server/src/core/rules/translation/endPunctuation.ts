import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { CODE_MARK, LINK_MARK, type Prose } from './prose';
import { shift, unitName, unitPairs } from './unitText';

type EndMark = '.' | '?' | '!' | ':';

/** What closes a sentence after its mark: quotes, brackets, emphasis and spaces are looked through. */
const TRAILING = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u3000',
  '*',
  '_',
  '"',
  "'",
  '”',
  '’',
  '»',
  '«',
  '」',
  '』',
  '“',
  ')',
  '）',
  ']',
  '[',
  '】',
  // Direction marks and embeddings that right-to-left articles put after the sentence.
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
]);

/** The marks that may end a target for each mark ending its source, whatever the language. */
const ACCEPTED: Readonly<Record<EndMark, string>> = {
  '.': '.。．…',
  '?': '?？',
  '!': '!！',
  ':': ':：',
};

/** Each language's own marks, accepted beside the common ones. */
const ACCEPTED_BY_LANGUAGE: Readonly<Record<string, Partial<Record<EndMark, string>>>> = {
  ar: { '?': '؟', '.': '۔' },
  fa: { '?': '؟' },
  ur: { '?': '؟', '.': '۔' },
  hi: { '.': '।' },
  mr: { '.': '।' },
  bn: { '.': '।' },
  el: { '?': ';' },
  hy: { '.': '։', '?': '՞' },
  am: { '.': '።', '?': '፧' },
  my: { '.': '။' },
  // Spanish opens a question and an exclamation too; the end is the same.
  es: {},
};

/**
 * Languages whose targets may end without a full stop where the source has one: Thai, Lao and Khmer write none,
 * and Japanese, Chinese and Korean style guides leave it off noun phrases (a table cell, a title).
 */
const NO_FULL_STOP = new Set(['th', 'lo', 'km', 'ja', 'zh', 'ko']);
/**
 * Languages whose style guides end the sentence before a list or a code block with a full stop, not a colon
 * (`次のとおりです。`, `다음과 같습니다.`).
 */
const FULL_STOP_FOR_COLON = new Set(['ja', 'zh', 'ko']);

function isLetterOrDigit(char: string): boolean {
  return /[\p{L}\p{M}\p{N}]/u.test(char);
}

/** The last character of the text that is not a closer, and where it is; undefined when there is none. */
function lastMark(prose: Prose): { char: string; at: number } | undefined {
  const text = prose.text;
  let at = text.length - 1;
  while (at >= 0 && TRAILING.has(text[at]!)) at--;
  if (at < 0) return undefined;
  return { char: text[at]!, at };
}

function isEndMark(char: string): char is EndMark {
  return char === '.' || char === '?' || char === '!' || char === ':';
}

/** A source ending with `...` or an abbreviation's dot (`etc.`, `e.g.`, `Inc.`) is not a sentence's end. */
function endsWithAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  if (text[at - 1] === '.') return true;
  let start = at;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!) && at - start < 5) start--;
  const word = text.slice(start, at);
  return /^(?:etc|e\.g|i\.e|Inc|Ltd|Corp|vs|approx|No|Fig)$/i.test(word) || (start > 1 && text[start - 1] === '.');
}

export const endPunctuation: Rule = {
  code: 'end-punctuation',
  docs: 'docs/rules/end-punctuation.md',
  name: 'End punctuation differs',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose source ends a sentence with `.`, `?`, `!` or `:` while its target ends otherwise, ' +
    "looking through closing quotes, brackets, emphasis and spaces. Each language's own marks are accepted: " +
    '`。？！：` (Chinese, Japanese), `؟` (Arabic, Persian), `।` (Hindi), `;` for the Greek question mark; no ' +
    'full stop in Thai, nor after a Japanese, Chinese or Korean phrase, and a full stop for a colon there; a ' +
    'colon may also be dropped (a lead-in made a title). Sources ending in inline code, a link, an ellipsis or ' +
    'an abbreviation (`etc.`) are left alone. A question turned into a statement, or a lost colon before a list, changes how the page reads.',
  check(document, context) {
    const findings: Finding[] = [];
    const language = context.locale?.split('-')[0] ?? '';
    const ownMarks = ACCEPTED_BY_LANGUAGE[language] ?? {};
    for (const pair of unitPairs(document)) {
      const sourceEnd = lastMark(pair.sourceProse);
      if (!sourceEnd || !isEndMark(sourceEnd.char)) continue;
      if (endsWithAbbreviation(pair.sourceProse.text, sourceEnd.at)) continue;
      const targetEnd = lastMark(pair.targetProse);
      if (!targetEnd || targetEnd.char === CODE_MARK || targetEnd.char === LINK_MARK) continue;
      const accepted = ACCEPTED[sourceEnd.char] + (ownMarks[sourceEnd.char] ?? '');
      if (accepted.includes(targetEnd.char)) continue;
      if (sourceEnd.char === '.' && NO_FULL_STOP.has(language) && isLetterOrDigit(targetEnd.char)) continue;
      const fullStop = ACCEPTED['.'].includes(targetEnd.char);
      if (sourceEnd.char === ':' && FULL_STOP_FOR_COLON.has(language) && fullStop) continue;
      // A lead-in turned into a title ("For more information:" → "Lisateave") reads well; another mark does not.
      if (sourceEnd.char === ':' && isLetterOrDigit(targetEnd.char)) continue;
      const unit = pair.unit;
      const at = pair.targetProse.offsetOf(targetEnd.at);
      findings.push({
        message: isLetterOrDigit(targetEnd.char)
          ? l10n.t('The source of {0} ends with "{1}", the target with no end mark.', unitName(unit), sourceEnd.char)
          : l10n.t(
              'The source of {0} ends with "{1}", the target with "{2}".',
              unitName(unit),
              sourceEnd.char,
              targetEnd.char,
            ),
        span: shift({ start: at, end: at + 1 }, unit.target.start),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
