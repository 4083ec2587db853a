/**
 * Words of a prose text. Scripts that separate words with spaces are read by hand (runs of letters, marks and
 * digits); Chinese, Japanese, Thai, Lao, Khmer and Burmese write no spaces between words, so their words come from
 * `Intl.Segmenter`, which knows each language's dictionary.
 */
import { isWordCode } from './prose';

export interface Word {
  readonly text: string;
  /** Offsets in the prose text. */
  readonly start: number;
  readonly end: number;
}

/** Languages whose sentences run without spaces between words. */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

export function isUnspacedLocale(locale: string | undefined): boolean {
  return locale !== undefined && UNSPACED_LANGUAGES.has(locale.split('-')[0]!);
}

/** Han, kana, Thai, Lao, Khmer and Myanmar letters: the text needs the segmenter only when it holds some. */
function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

const segmenters = new Map<string, Intl.Segmenter>();
const LONGEST_SEGMENTED = 256;

/** Whether `Intl` knows the locale; the front matter may hold any text, and `Intl` throws on a malformed tag. */
function isSegmentable(locale: string): boolean {
  try {
    return Intl.Segmenter.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(isSegmentable(locale) ? locale : 'en', { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function hasUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0e00 && isUnspacedScript(code)) return true;
  }
  return false;
}

/** The longest doubled word of an unspaced script that `mayHoldDouble` looks for, in code units. */
const LONGEST_UNSPACED_DOUBLE = 8;
const BOTH_GAPS = [0, 1];
const SPACE_GAP = [1];

/**
 * Whether some stretch of up to eight code units comes twice in a row (`joinedToo`) or with one space between in
 * the text: a doubled word of an unspaced script must, so most texts are told without segmenting them, which is
 * slow.
 */
export function mayHoldDouble(text: string, joinedToo: boolean): boolean {
  const gaps = joinedToo ? BOTH_GAPS : SPACE_GAP;
  for (let i = 0; i < text.length; i++) {
    const first = text.charCodeAt(i);
    if (first < 0x0e00) continue;
    for (let length = 1; length <= LONGEST_UNSPACED_DOUBLE; length++) {
      for (const gap of gaps) {
        const second = i + length + gap;
        if (text.charCodeAt(second) !== first || second + length > text.length) continue;
        if (gap === 1 && text.charCodeAt(i + length) !== 0x20) continue;
        let same = true;
        for (let k = 1; k < length && same; k++) same = text.charCodeAt(i + k) === text.charCodeAt(second + k);
        if (same) return true;
      }
    }
  }
  return false;
}

/** The words of a text in order: runs of letters, marks and digits, cut by the segmenter where needed. */
export function wordsOf(text: string, locale: string | undefined): Word[] {
  const words: Word[] = [];
  if (isUnspacedLocale(locale) && hasUnspacedScript(text)) {
    const segmenter = segmenterFor(locale!);
    // The segmenter's time grows faster than the text over a long run without a break (thousands of ideographs),
    // so it reads pieces of at most LONGEST_SEGMENTED code units, cut after a space or a punctuation mark when
    // the piece has one: a sentence is far shorter, and the text is read in linear time whatever it holds.
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + LONGEST_SEGMENTED);
      if (to < text.length) {
        let cut = to;
        while (cut > from + 1 && isWordCode(text.charCodeAt(cut - 1))) cut--;
        if (cut > from + 1) to = cut;
      }
      for (const segment of segmenter.segment(text.slice(from, to))) {
        if (!segment.isWordLike) continue;
        const start = from + segment.index;
        words.push({ text: segment.segment, start, end: start + segment.segment.length });
      }
      from = to;
    }
    return words;
  }
  return spacedWordsOf(text);
}

/** The words of a text as runs of letters, marks and digits between anything else (a run of Han is one word). */
export function spacedWordsOf(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    words.push({ text: text.slice(start, i), start, end: i });
  }
  return words;
}
