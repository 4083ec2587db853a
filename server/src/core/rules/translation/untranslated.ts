import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { InlineScan } from './inlineMarkdown';
import { unitName, unitPairs } from './unitText';

/** English articles are the sources: a target equal to its source is expected there. */
function isEnglish(locale: string): boolean {
  return locale === 'en' || locale.startsWith('en-');
}

const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
/** Brackets, quotes and Markdown emphasis before a word: `(word`, `**word`. */
const OPENING = /[\p{Ps}\p{Pi}"'*_~]/u;
/** Brackets, quotes, emphasis and punctuation after a word: `word)`, `word**,`. */
const CLOSING = /[\p{Pe}\p{Pf}\p{Po}"'*_~]/u;

/**
 * The word without what wraps it. Trimmed character by character: a pattern anchored at the end would try again
 * from every character of a long run of punctuation, in quadratic time.
 */
function unwrapped(raw: string): string {
  const characters = Array.from(raw);
  let start = 0;
  let end = characters.length;
  while (start < end && OPENING.test(characters[start]!)) start++;
  while (end > start && CLOSING.test(characters[end - 1]!)) end--;
  return characters.slice(start, end).join('');
}
/** A word of a language: letters, possibly joined by an apostrophe or a hyphen (`don't`, `e-mail`). */
const PROSE_WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
/** A capital after a small letter marks an identifier: `getHash`, `MsolUser`, `VideoPostFecplr`. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** A PowerShell cmdlet: `Get-Mailbox`, `Set-CsUser`. */
const CMDLET = /^\p{Lu}\p{Ll}+-\p{Lu}/u;

/**
 * A word as prose has it. Commands, switches, file names and identifiers are the same in every language and do
 * not count: `/r` and `-Force` (switches), `setup.exe` and `DimensionHash.getHash(str` (a dot or bracket inside),
 * `Get-MsolUser` (a cmdlet), `_message` (underscores), `1OFQTR` (digits).
 */
function isProseWord(raw: string): boolean {
  const word = unwrapped(raw);
  return PROSE_WORD.test(word) && !INNER_CAPITAL.test(word) && !CMDLET.test(word);
}

/**
 * Whether the text reads as prose: at least two whitespace-separated words of a language (see isProseWord), not
 * counting inline code, link destinations and HTML tags. A single product name, a command or an identifier is
 * often the same in every language; a phrase rarely is.
 */
function hasTwoWords(text: string, scan: InlineScan): boolean {
  const skipped = [
    ...scan.codeSpans.map((code) => code.span),
    ...scan.destinations.map((destination) => destination.span),
  ].sort((a, b) => a.start - b.start);
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
    if (isProseWord(word) && ++words === 2) return true;
  }
  return false;
}

export const untranslated: Rule = {
  code: 'untranslated',
  docs: 'docs/rules/untranslated.md',
  name: 'Untranslated unit',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target is the same as its source (ignoring surrounding whitespace) when the source has ' +
    'at least two words of prose and the article\'s locale (`ms.contentlocale`) is known and is not English. Such a ' +
    'unit was most likely never translated: readers of the localized article get the English sentence. Single ' +
    'words, names, commands (`gpresult /r`), cmdlets (`Get-MsolUser`), file names and identifiers do not count as ' +
    'words, as they are the same in every language.',
  check(document, context) {
    const findings: Finding[] = [];
    const locale = context.locale;
    if (!locale || isEnglish(locale)) return findings;
    for (const pair of unitPairs(document)) {
      const { unit, target, source } = pair;
      const trimmed = target.trim();
      if (trimmed !== source.trim() || !hasTwoWords(target, pair.targetScan)) continue;
      findings.push({
        message: l10n.t(
          'The target of {0} is the same as its source: it looks untranslated (locale {1}).',
          unitName(unit),
          locale,
        ),
        span: unit.target,
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
