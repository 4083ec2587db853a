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
  'de', 'cs', 'sk', 'sl', 'et', 'lt', 'lv', 'is', 'pl', 'hu', 'ro', 'nl', 'hr', 'bs', 'sr', 'bg', 'uk', 'ru', 'ka', 'sq', 'mk',
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

/** Prose offsets of the marks of a family that have no partner. */
function unpairedMarks(text: string, family: Family): number[] {
  if (family.kind === 'even') {
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) if (family.marks.includes(text[i]!) && !isInchMark(text, i)) at.push(i);
    return at.length % 2 === 0 ? [] : [at[at.length - 1]!];
  }
  const open: number[] = [];
  const unpaired: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (family.openers.includes(char)) open.push(i);
    else if (family.closers.includes(char) && open.pop() === undefined) unpaired.push(i);
  }
  return [...unpaired, ...open].sort((a, b) => a - b);
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

const ANY_QUOTE = /["«»「」『』“”„]/;

function unpairedIn(prose: Prose, families: readonly Family[]): { family: Family; at: number } | undefined {
  if (!ANY_QUOTE.test(prose.text)) return undefined;
  for (const family of families) {
    const unpaired = unpairedMarks(prose.text, family);
    if (unpaired.length > 0) return { family, at: unpaired[0]! };
  }
  return undefined;
}

export const quoteMismatch: Rule = {
  code: 'quote-mismatch',
  name: 'Quotation marks unpaired',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target has a quotation mark without its partner, by the marks of the article\'s ' +
    'language: „…“ or „…” (German, Czech, Estonian, Polish, Hungarian, Russian...), «…» (French, Spanish, ' +
    'Italian...), »…« (Danish), ”…” (Swedish, Finnish), 「…」 and 『…』 (Japanese, Chinese), “…” elsewhere, and ' +
    'straight "…" everywhere. Units whose source is itself unpaired (a sentence split across units) are left ' +
    'alone, and so are inch marks (`27"`), the Hebrew gershayim (`ארה"ב`), inline code, URLs and HTML ' +
    'attributes. An unpaired quotation mark runs the quotation on to the end of the sentence and leaves readers guessing where the quoted name ends.',
  check(document, context) {
    const findings: Finding[] = [];
    const families = familiesFor(context.locale);
    const sourceFamilies = familiesFor('en');
    for (const pair of unitPairs(document)) {
      const found = unpairedIn(pair.targetProse, families);
      if (!found || unpairedIn(pair.sourceProse, sourceFamilies)) continue;
      const unit = pair.unit;
      const at = pair.targetProse.offsets[found.at]!;
      findings.push({
        message:
          `Unpaired quotation mark in ${unitName(unit)}: ${pair.targetProse.text[found.at]} has no partner ` +
          `(${found.family.name}).`,
        span: shift({ start: at, end: at + 1 }, unit.target.start),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
