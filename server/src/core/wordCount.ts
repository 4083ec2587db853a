/**
 * Words of unit text for the summary, counted the way translation tools count them: whitespace-separated words
 * holding a letter or digit, each Chinese or Japanese character on its own (those scripts write no spaces), and
 * nothing for markup: HTML tags, character references and link destinations are not words a translator writes (each
 * separates the words beside it).
 * One pass over the text, no regular expression per ASCII character, and no look ahead further than a tag's length.
 */
import { rememberedCodeUnitTest } from './codeUnitTest';
import type { BilingualDocument } from './model';

/** Whether a code unit (not ASCII) is a letter or digit. */
const isLetterOrDigit = rememberedCodeUnitTest(/[\p{L}\p{N}]/u);

/** Han, kana and CJK compatibility ideographs: one word per character. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

/** Separators beyond ASCII whitespace: no-break and typographic spaces, the ideographic space, CJK punctuation. */
function isWideSeparator(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || (code >= 0x3000 && code <= 0x303f);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** The longest tag and link destination read as markup; longer ones are read as text. */
const MAX_TAG = 1000;
const MAX_DESTINATION = 2000;

function isTagStart(code: number): boolean {
  return code === 47 /* / */ || code === 33 /* ! */ || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where a character reference (`&nbsp;`, `&#160;`) starting at `at` ends, or `at` when none does. */
function referenceEnd(text: string, at: number, end: number): number {
  let i = at + 1;
  while (i < end && i - at <= 32 && (isAsciiLetterOrDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 35)) i++;
  return i > at + 1 && text.charCodeAt(i) === 59 /* ; */ ? i + 1 : at;
}

/**
 * Finds the next occurrence of one character, remembering it: the reader only moves forward, so each character
 * of the text is looked at once however many tags open and never close.
 */
class NextOf {
  private found = -2;

  constructor(
    private readonly text: string,
    private readonly char: number,
    private readonly end: number,
  ) {}

  after(at: number): number {
    if (this.found === -1 || this.found > at) return this.found;
    let i = Math.max(at + 1, this.found + 1);
    while (i < this.end && this.text.charCodeAt(i) !== this.char) i++;
    this.found = i < this.end ? i : -1;
    return this.found;
  }
}

export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  /** Whether the word being read has been counted (it holds a letter or digit). */
  let counted = false;
  let at = start;
  // Made when first needed: most unit texts hold no tag and no link.
  let nextTagEnd: NextOf | undefined;
  let nextParenthesis: NextOf | undefined;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      // ASCII first: most of every article, source and target alike.
      if (isAsciiLetterOrDigit(code)) {
        if (!counted) {
          words++;
          counted = true;
        }
        // The rest of an ASCII word at once, without the dispatch above for each of its letters.
        at++;
        while (at < end && isAsciiLetterOrDigit(text.charCodeAt(at))) at++;
        continue;
      } else if (code === 32 || (code >= 9 && code <= 13)) {
        counted = false;
      } else if (code === 60 || code === 38 || code === 93) {
        // Markup (a tag, a character reference, a link destination) is skipped and separates words.
        let skipTo = at;
        if (code === 60 && isTagStart(text.charCodeAt(at + 1))) {
          const close = (nextTagEnd ??= new NextOf(text, 62 /* > */, end)).after(at);
          if (close >= 0 && close - at < MAX_TAG) skipTo = close + 1;
        } else if (code === 38) {
          skipTo = referenceEnd(text, at, end);
        } else if (code === 93 && text.charCodeAt(at + 1) === 40 /* ( */) {
          const close = (nextParenthesis ??= new NextOf(text, 41 /* ) */, end)).after(at + 1);
          if (close >= 0 && close - at < MAX_DESTINATION) skipTo = close + 1;
        }
        if (skipTo > at) {
          counted = false;
          at = skipTo;
          continue;
        }
      }
    } else if (isWideSeparator(code)) {
      counted = false;
    } else if (isCjk(code)) {
      words++;
      counted = false;
    } else if (!counted && isLetterOrDigit(code)) {
      words++;
      counted = true;
    }
    at++;
  }
  return words;
}

/** Words of every unit's target and source, as the CLI's summary and the Bilingual Editor count them. */
export function countUnitWords(document: BilingualDocument): { readonly source: number; readonly target: number } {
  const { text } = document;
  let source = 0;
  let target = 0;
  for (const unit of document.units) {
    target += countWords(text, unit.target.start, unit.target.end);
    if (unit.lookup?.sourceOpenTag) source += countWords(text, unit.lookup.source.start, unit.lookup.source.end);
  }
  return { source, target };
}
