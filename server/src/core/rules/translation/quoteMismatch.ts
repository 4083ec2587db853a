import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { Prose } from './prose';
import { shift, unitName, unitPairs } from './unitText';

/**
 * How a family of quotation marks pairs up: `paired` marks open and close with different characters (a closer
 * must follow an opener), `even` marks are written the same at both ends (there must be an even number).
 */
type Family =
  | { readonly name: string; readonly kind: 'paired'; readonly openers: string; readonly closers: string }
  | { readonly name: string; readonly kind: 'even'; readonly marks: string };

const GUILLEMETS: Family = { name: '« »', kind: 'paired', openers: '«', closers: '»' };
/** Danish, and Swedish and Finnish books, point guillemets inwards. */
const REVERSED_GUILLEMETS: Family = { name: '» «', kind: 'paired', openers: '»', closers: '«' };
const CORNER: Family = { name: '「 」', kind: 'paired', openers: '「', closers: '」' };
const WHITE_CORNER: Family = { name: '『 』', kind: 'paired', openers: '『', closers: '』' };
const ENGLISH: Family = { name: '“ ”', kind: 'paired', openers: '“', closers: '”' };
/** German, Czech, Estonian, Lithuanian...: „…“; Polish, Hungarian, Romanian, Dutch, Croatian...: „…”. */
const LOW_HIGH: Family = { name: '„ “', kind: 'paired', openers: '„', closers: '“”' };
/** Swedish and Finnish write ”…” with the same mark at both ends. */
const RIGHT_ONLY: Family = { name: '” ”', kind: 'even', marks: '”' };
const STRAIGHT: Family = { name: '" "', kind: 'even', marks: '"' };

const LOW_HIGH_LANGUAGES = [
  'de',
  'cs',
  'sk',
  'sl',
  'et',
  'lt',
  'lv',
  'is',
  'pl',
  'hu',
  'ro',
  'nl',
  'hr',
  'bs',
  'sr',
  'bg',
  'uk',
  'ru',
  'ka',
  'sq',
  'mk',
  'he',
];

/** The families whose marks a language uses; guillemets, corner brackets and straight quotes pair everywhere. */
function familiesFor(locale: string | undefined): Family[] {
  const language = locale?.split('-')[0] ?? '';
  const families: Family[] = [CORNER, WHITE_CORNER, STRAIGHT];
  families.push(language === 'da' ? REVERSED_GUILLEMETS : GUILLEMETS);
  if (LOW_HIGH_LANGUAGES.includes(language)) families.push(LOW_HIGH);
  else if (language === 'sv' || language === 'fi') families.push(RIGHT_ONLY);
  else families.push(ENGLISH);
  return families;
}

/** The prose offset of the first mark of a family that has no partner, or -1. */
function firstUnpairedMark(text: string, family: Family): number {
  if (family.kind === 'even') {
    let count = 0;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      if (family.marks.includes(text[i]!) && !isInchMark(text, i)) {
        count++;
        last = i;
      }
    }
    return count % 2 === 0 ? -1 : last;
  }
  // Marks pair innermost first: what stays open at the end is the opener that the depth last rose from zero with.
  let depth = 0;
  let bottomOpener = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (family.openers.includes(char)) {
      if (depth++ === 0) bottomOpener = i;
    } else if (family.closers.includes(char)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return depth > 0 ? bottomOpener : -1;
}

/**
 * `"` right after a digit (`27"`, `5.25"`) is an inch mark, and between two Hebrew letters (`ארה"ב`) it stands for
 * the gershayim of an abbreviation: neither is a quotation mark.
 */
function isInchMark(text: string, at: number): boolean {
  if (text[at] !== '"') return false;
  const before = text.charCodeAt(at - 1);
  if (before >= 0x30 && before <= 0x39) return true;
  return isHebrewLetter(before) && isHebrewLetter(text.charCodeAt(at + 1));
}

function isHebrewLetter(code: number): boolean {
  return code >= 0x05d0 && code <= 0x05ea;
}

type Unpaired = { readonly family: Family; readonly at: number } | undefined;

function unpairedIn(prose: Prose, families: readonly Family[]): Unpaired {
  if (!prose.hasQuotes) return undefined;
  for (const family of families) {
    const at = firstUnpairedMark(prose.text, family);
    if (at >= 0) return { family, at };
  }
  return undefined;
}

/** Per language, the first unpaired mark of a text, as a reading each text keeps (see Prose.derived). */
const finders = new Map<string, (prose: Prose) => Unpaired>();

function finderFor(locale: string | undefined): (prose: Prose) => Unpaired {
  const language = locale?.split('-')[0] ?? '';
  let finder = finders.get(language);
  if (!finder) {
    const families = familiesFor(language);
    finder = (prose) => unpairedIn(prose, families);
    finders.set(language, finder);
  }
  return finder;
}

export const quoteMismatch: Rule = {
  code: 'quote-mismatch',
  docs: 'docs/rules/quote-mismatch.md',
  name: 'Quotation marks unpaired',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target has a quotation mark without its partner, by the marks of the article\'s ' +
    'language: „…“ or „…” (German, Czech, Estonian, Polish, Hungarian, Russian...), «…» (French, Spanish, ' +
    'Italian...), »…« (Danish), ”…” (Swedish, Finnish), 「…」 and 『…』 (Japanese, Chinese), “…” elsewhere, and ' +
    'straight "…" everywhere. Units whose source is itself unpaired (a sentence split across units) are left ' +
    'alone, and so are inch marks (`27"`), the Hebrew gershayim (`ארה"ב`), inline code, URLs and HTML ' +
    'attributes. An unpaired quotation mark runs the quotation on to the end of the sentence and leaves ' +
    'readers guessing where the quoted name ends.',
  check(document, context) {
    const findings: Finding[] = [];
    const targetFinder = finderFor(context.locale);
    const sourceFinder = finderFor('en');
    for (const pair of unitPairs(document)) {
      if (!pair.targetProse.hasQuotes) continue;
      const found = pair.targetProse.derived(targetFinder);
      if (!found || pair.sourceProse.derived(sourceFinder)) continue;
      const unit = pair.unit;
      const at = pair.targetProse.offsetOf(found.at);
      findings.push({
        message: l10n.t(
          'Unpaired quotation mark in {0}: {1} has no partner ({2}).',
          unitName(unit),
          pair.targetProse.text[found.at]!,
          found.family.name,
        ),
        span: shift({ start: at, end: at + 1 }, unit.target.start),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
