import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { NumberToken } from './inlineMarkdown';
import { shift, targetLocation, unitName, unitPairs } from './unitText';

/**
 * Languages that write a decimal comma (`1,5`), grouping thousands with `.` or a space. The others (English,
 * Chinese, Japanese, Korean, Hebrew, Thai, ...) write `1,234.5`.
 */
const DECIMAL_COMMA_LANGUAGES: ReadonlySet<string> = new Set([
  'af', 'az', 'be', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fr', 'gl', 'hr', 'hu', 'hy',
  'id', 'is', 'it', 'ka', 'kk', 'lt', 'lv', 'mk', 'nb', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq',
  'sr', 'sv', 'tr', 'uk', 'uz', 'vi',
]);

type DecimalMark = '.' | ',';

/** Separators that group thousands whatever the decimal mark: spaces of every width, `'` (Swiss), Arabic `٬`. */
const NEUTRAL_GROUP_SEPARATORS: ReadonlySet<string> = new Set(['\u00a0', '\u202f', '\u2009', "'", '\u066c']);

/**
 * The value a number token stands for when written with the given decimal mark, as a canonical string
 * (`1,234.50` with `.` → `1234.5`), or undefined when the token is not a number in that convention (a version
 * such as `10.0.1234`, a group of other than three digits).
 */
function valueWith(token: string, decimalMark: DecimalMark): string | undefined {
  const groupMark = decimalMark === '.' ? ',' : '.';
  const parts = token.split(/([^0-9])/);
  let integer = parts[0]!;
  let fraction: string | undefined;
  for (let index = 1; index < parts.length; index += 2) {
    const separator = parts[index]!;
    const digits = parts[index + 1]!;
    if (fraction !== undefined) return undefined;
    if (separator === decimalMark || separator === '\u066b') fraction = digits;
    else if ((separator === groupMark || NEUTRAL_GROUP_SEPARATORS.has(separator)) && digits.length === 3)
      integer += digits;
    else return undefined;
  }
  const whole = integer.replace(/^0+(?=\d)/, '');
  const decimals = fraction === undefined ? '' : withoutTrailingZeros(fraction);
  return decimals === '' ? whole : `${whole}.${decimals}`;
}

/** A loop, not `/0+$/`, which would try every zero of a long run in turn: quadratic time on `0000…01`. */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48 /* 0 */) end--;
  return digits.slice(0, end);
}

/**
 * Every reading of a token that counts as the same number: as written, and its value with each decimal mark the
 * article's language may use. Translations keep English formatting as often as they localize it, so both
 * readings are accepted.
 */
function readings(token: NumberToken, decimalMarks: readonly DecimalMark[]): string[] {
  if (/^[0-9]+$/.test(token.text)) {
    const value = token.text.replace(/^0+(?=[0-9])/, '');
    return value === token.text ? [value] : [token.text, value];
  }
  const result = new Set([token.text]);
  for (const mark of decimalMarks) {
    const value = valueWith(token.text, mark);
    if (value !== undefined) result.add(value);
  }
  return [...result];
}

function decimalMarksFor(locale: string | undefined): DecimalMark[] {
  const language = locale?.split('-')[0];
  if (language && !DECIMAL_COMMA_LANGUAGES.has(language)) return ['.'];
  return ['.', ','];
}

/**
 * Numbers a text may hold without digits: English number words and month names (sources are English) and Roman
 * numerals. A translation often writes `2 つ` for "two", `第 1` for "first", `1 秒あたり` for "per second",
 * `2021 年 4 月` for "April 2021", `2` for "II"; these words answer such numbers but are never required to appear
 * as digits on the other side.
 */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', thousand: '1000', million: '1000000',
  billion: '1000000000', first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7',
  eighth: '8', ninth: '9', tenth: '10', once: '1', twice: '2', single: '1', double: '2', triple: '3', both: '2',
  pair: '2', dozen: '12', half: '0.5', a: '1', an: '1', per: '1', each: '1', every: '1',
  january: '1', february: '2', march: '3', april: '4', june: '6', july: '7', august: '8', september: '9',
  october: '10', november: '11', december: '12', jan: '1', feb: '2', mar: '3', apr: '4', jun: '6', jul: '7',
  aug: '8', sep: '9', sept: '9', oct: '10', nov: '11', dec: '12',
};
/** Words that are numbers only when capitalized ("May 2021", not "you may"). */
const CAPITALIZED_NUMBER_WORDS: Readonly<Record<string, string>> = { may: '5' };

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Lower-case, Capitalized and UPPER-CASE forms, ending where the word does or where a CamelCase part starts. */
const NUMBER_WORD = new RegExp(
  `\\b(?:${[
    ...Object.keys(NUMBER_WORDS).flatMap((word) => [word, capitalize(word), word.toUpperCase()]),
    ...Object.keys(CAPITALIZED_NUMBER_WORDS).flatMap((word) => [capitalize(word), word.toUpperCase()]),
  ].join('|')})(?![a-z])`,
  'g',
);
const ROMAN_NUMERALS: Readonly<Record<string, string>> = {
  II: '2', III: '3', IV: '4', VI: '6', VII: '7', VIII: '8', IX: '9', XI: '11', XII: '12',
};
const ROMAN_NUMERAL = /\b(?:XII|XI|IX|VIII|VII|VI|IV|III|II)\b/g;

function numbersWithoutDigits(text: string, wordNumbers: readonly NumberToken[]): Set<string> {
  const values = new Set(wordNumbers.map((token) => token.text.replace(/^0+(?=\d)/, '')));
  for (const match of text.matchAll(NUMBER_WORD)) {
    const word = match[0].toLowerCase();
    values.add(NUMBER_WORDS[word] ?? CAPITALIZED_NUMBER_WORDS[word]!);
  }
  for (const match of text.matchAll(ROMAN_NUMERAL)) values.add(ROMAN_NUMERALS[match[0]]!);
  return values;
}

/**
 * Pairs target numbers with source numbers that read the same, and returns the ones left over on each side.
 * Tokens with fewer readings go first, so an ambiguous `1,234` does not take the partner of a plain `1234`.
 */
function unpaired(
  targetNumbers: readonly NumberToken[],
  sourceNumbers: readonly NumberToken[],
  decimalMarks: readonly DecimalMark[],
) {
  // Per reading, the source numbers that have it, and how far along that list every one is already paired.
  const sourceByReading = new Map<string, { readonly indexes: number[]; next: number }>();
  sourceNumbers.forEach((token, index) => {
    for (const value of readings(token, decimalMarks)) {
      const entry = sourceByReading.get(value);
      if (entry) entry.indexes.push(index);
      else sourceByReading.set(value, { indexes: [index], next: 0 });
    }
  });
  const paired = new Set<number>();
  const extra: number[] = [];
  const targetReadings = targetNumbers.map((token, index) => ({ index, values: readings(token, decimalMarks) }));
  targetReadings.sort((a, b) => a.values.length - b.values.length || a.index - b.index);
  for (const { index, values } of targetReadings) {
    let partner: number | undefined;
    for (const value of values) {
      const entry = sourceByReading.get(value);
      if (!entry) continue;
      while (entry.next < entry.indexes.length && paired.has(entry.indexes[entry.next]!)) entry.next++;
      partner = entry.indexes[entry.next];
      if (partner !== undefined) break;
    }
    if (partner === undefined) extra.push(index);
    else paired.add(partner);
  }
  extra.sort((a, b) => a - b);
  const missing = sourceNumbers.map((_, index) => index).filter((index) => !paired.has(index));
  return { extra, missing };
}

function answeredBy(token: NumberToken, values: ReadonlySet<string>, decimalMarks: readonly DecimalMark[]): boolean {
  return readings(token, decimalMarks).some((value) => values.has(value));
}

/**
 * Small whole numbers are spelled out in many languages (`scenario 1` → "the first scenario"), so a source
 * number from 0 to 10 that the target lacks is only reported when the target also has a number the source lacks.
 */
function isSmallWholeNumber(token: NumberToken): boolean {
  return /^(?:10|0?[0-9])$/.test(token.text);
}

function list(tokens: readonly NumberToken[], indexes: readonly number[]): string {
  const shown = indexes.slice(0, 4).map((index) => tokens[index]!.text.replace(/[\u00a0\u202f\u2009]/g, ' '));
  return indexes.length > 4 ? l10n.t('{0} and {1} more', shown.join(', '), indexes.length - 4) : shown.join(', ');
}

export const numberMismatch: Rule = {
  code: 'number-mismatch',
  docs: 'docs/rules/number-mismatch.md',
  name: 'Numbers differ',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target and source do not hold the same numbers, in any order. A number counts as the ' +
    'same when it has the same value with the decimal mark and digit grouping of the article\'s language ' +
    '(`1,234.5` in English is `1.234,5` in German and `1 234,5` in French) or is written identically; digits of ' +
    'other scripts (full-width, Arabic-Indic) read as their values. Digits in inline code, link destinations, ' +
    'URLs, HTML tags and words such as `Win32` are left to the other rules. A changed number in a translation ' +
    '(a version, a limit, a price) is a wrong fact on the page.',
  check(document, context) {
    const findings: Finding[] = [];
    const decimalMarks = decimalMarksFor(context.locale);
    for (const pair of unitPairs(document)) {
      const unit = pair.unit;
      const targetNumbers = pair.targetScan.numbers;
      const sourceNumbers = pair.sourceScan.numbers;
      if (targetNumbers.length === 0 && sourceNumbers.length === 0) continue;
      const unpairedNumbers = unpaired(targetNumbers, sourceNumbers, decimalMarks);
      if (unpairedNumbers.extra.length === 0 && unpairedNumbers.missing.length === 0) continue;
      const { target, source } = pair;
      const sourceWords = numbersWithoutDigits(source, pair.sourceScan.wordNumbers);
      const targetWords = numbersWithoutDigits(target, pair.targetScan.wordNumbers);
      const extra = unpairedNumbers.extra.filter(
        (index) => !answeredBy(targetNumbers[index]!, sourceWords, decimalMarks),
      );
      let missing = unpairedNumbers.missing.filter(
        (index) => !answeredBy(sourceNumbers[index]!, targetWords, decimalMarks),
      );
      if (extra.length === 0) missing = missing.filter((index) => !isSmallWholeNumber(sourceNumbers[index]!));
      if (extra.length === 0 && missing.length === 0) continue;
      const parts: string[] = [];
      if (extra.length > 0) {
        parts.push(l10n.t('the target has {0}, which the source does not', list(targetNumbers, extra)));
      }
      if (missing.length > 0) {
        parts.push(l10n.t('the source has {0}, which the target does not', list(sourceNumbers, missing)));
      }
      findings.push({
        message: l10n.t('Numbers differ in {0}: {1}.', unitName(unit), parts.join('; ')),
        span: extra.length > 0 ? shift(targetNumbers[extra[0]!]!.span, unit.target.start) : targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
