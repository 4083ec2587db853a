/**
 * Spelling of the target text in the article's own language: only the prose a translator wrote, never the source,
 * markup, code, addresses or names kept from the source (see spelling/words.ts for what counts as prose).
 */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument } from '../../model';
import type { Finding, Fix, Rule } from '../rule';
import type { Speller } from '../../spelling/speller';
import type { TextWord } from '../../spelling/words';
import { splitCompoundAt } from '../../spelling/splitCompounds';
import { readSuppressionComments, mayHoldSuppressions, spellingIgnoredWords } from '../../suppressions';
import { articleSourceWords, shift, unitPairs } from './unitText';

/** The most suggestions a finding offers, as CAT tools show them: the first few are the ones ever taken. */
export const MAX_SUGGESTIONS = 5;

/** Parts of a hyphenated or elided word this short are endings and articles (`SSPR-i`, `l'`, `dell'`). */
const SHORT_PART = 3;
const PART_SEPARATOR = /['’\-‐]/u;

/** The words accepted whatever the dictionary says: the word lists, the article's ignore comments, the source's. */
class AcceptedWords {
  private readonly exact: Set<string>;
  private readonly lower: Set<string>;

  constructor(words: Iterable<string>) {
    this.exact = new Set(words);
    this.lower = new Set([...this.exact].map((word) => word.toLowerCase()));
  }

  has(word: string): boolean {
    return this.exact.has(word) || this.lower.has(word.toLowerCase());
  }
}

/**
 * The longest ending a language adds to a name kept from the source without a hyphen (Finnish `Dayforcessa`,
 * Swedish `cmdletarna`, Turkish `Azure'da` has its apostrophe).
 */
const MAX_ENDING = 5;
const MIN_NAME = 3;

/** A name of the source with an ending of the target's grammar: `Dayforce` + `en`. */
function isInflectedSourceWord(word: string, sourceWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  for (let cut = lower.length - 1; cut >= Math.max(MIN_NAME, lower.length - MAX_ENDING); cut--) {
    if (sourceWords.has(lower.slice(0, cut))) return true;
  }
  return false;
}

function isCorrect(
  word: TextWord,
  speller: Speller,
  accepted: AcceptedWords,
  sourceWords: () => ReadonlySet<string>,
  articleSourceWords: () => ReadonlySet<string>,
): boolean {
  // The dictionary first: it knows most words, and its verdicts are remembered.
  const fine = (part: string): boolean =>
    speller.isKnown(part) || accepted.has(part) || sourceWords().has(part.toLowerCase());
  if (fine(word.word) || (word.elided && speller.isKnownStart(word.word))) return true;
  if (fineInParts(word.word, fine) || isInflectedSourceWord(word.word, sourceWords())) return true;
  // A name or term kept in English where another unit's source has it (`cmdlet` in Swedish `cmdletarna`).
  const kept = (part: string): boolean => fine(part) || articleSourceWords().has(part.toLowerCase());
  if (articleSourceWords().has(word.word.toLowerCase()) || fineInParts(word.word, kept)) return true;
  return isInflectedSourceWord(word.word, articleSourceWords());
}

function fineInParts(word: string, fine: (part: string) => boolean): boolean {
  if (!PART_SEPARATOR.test(word)) return false;
  return word.split(PART_SEPARATOR).every((part) => part.length <= SHORT_PART || fine(part));
}

/** "Ignore in this article": the word added to the article's ignore comment, or a new comment at its end. */
function ignoreFix(document: BilingualDocument, word: string): Fix {
  const text = document.text;
  const existing = mayHoldSuppressions(text)
    ? readSuppressionComments(document, new Set())
        .comments.filter((comment) => comment.directive === 'spelling-ignore')
        .at(-1)
    : undefined;
  if (existing) {
    const closing = existing.span.end - 3;
    const spaced = /\s/.test(text[closing - 1] ?? '');
    const newText = spaced ? `${word} ` : ` ${word} `;
    const edits = [{ span: { start: closing, end: closing }, newText }];
    return { title: l10n.t('Ignore "{0}" in this article', word), safe: false, ignoresWord: word, edits };
  }
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const before = text.length === 0 || text.endsWith('\n') || text.endsWith('\r') ? '' : lineBreak;
  return {
    title: l10n.t('Ignore "{0}" in this article', word),
    safe: false,
    ignoresWord: word,
    edits: [
      {
        span: { start: text.length, end: text.length },
        newText: `${before}<!-- bilingual-docs-spelling-ignore ${word} -->${lineBreak}`,
      },
    ],
  };
}

export const spelling: Rule = {
  code: 'spelling',
  docs: 'docs/rules/spelling.md',
  name: 'Spelling',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a word of a unit\'s target text that the dictionary of the article\'s locale (`ms.contentlocale`) ' +
    'does not have. Only the translated prose is checked: not the source, markup, inline code, URLs, link ' +
    'destinations, e-mail addresses, numbers or words written like names and identifiers (`SharePoint`, `SSPR`), ' +
    'nor words that the unit\'s source also has, nor words in the word lists (`"words"` of `.bilingual-docs.json`, ' +
    'the `bilingualDocs.words` setting, `bilingual-docs-spelling-ignore` comments). Locales without a dictionary ' +
    'are not checked.',
  check(document, context) {
    const findings: Finding[] = [];
    const speller = context.speller;
    if (!speller) return findings;
    const accepted = new AcceptedWords([...(context.words ?? []), ...spellingIgnoredWords(document)]);
    const articleSources = (): ReadonlySet<string> => articleSourceWords(document);
    for (const pair of unitPairs(document)) {
      const words = pair.targetWords;
      if (words.length === 0) continue;
      const sourceWords = (): ReadonlySet<string> => pair.sourceWords;
      for (const [index, candidate] of words.entries()) {
        if (isCorrect(candidate, speller, accepted, sourceWords, articleSources)) continue;
        // The first word of a compound written apart is the split-compound rule's, with the joined word as its fix.
        if (splitCompoundAt(words, index, pair.target, speller) !== undefined) continue;
        const { word, span } = candidate;
        const at = shift(span, pair.unit.target.start);
        findings.push({
          message: l10n.t('"{0}" is not in the {1} dictionary.', word, speller.language),
          span: at,
          unitIndex: pair.unit.index,
          fixesOnRequest: () => [
            ...speller.suggest(word, MAX_SUGGESTIONS).map((suggestion, index): Fix => ({
              title: l10n.t('Change to "{0}"', suggestion),
              safe: false,
              ...(index === 0 ? { preferred: true } : {}),
              edits: [{ span: at, newText: suggestion }],
            })),
            ignoreFix(document, word),
          ],
        });
      }
    }
    return findings;
  },
};
