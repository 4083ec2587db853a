/**
 * Words of unit text for the summary, counted the way translation tools count them: whitespace-separated words
 * holding a letter or digit, each Chinese or Japanese character on its own (those scripts write no spaces), and
 * nothing for markup: HTML tags, character references and link destinations are not words a translator writes (each
 * separates the words beside it).
 * One pass over the text, no regular expression per character.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Han, kana and CJK compatibility ideographs: one word per character. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

function isSeparator(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000 || // ideographic space
    (code >= 0x3001 && code <= 0x303f) // CJK punctuation
  );
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where a tag, character reference or link destination starting at `at` ends; `at` when none starts there. */
function markupEnd(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code === 60 /* < */) {
    const next = text.charCodeAt(at + 1);
    if (next === 47 || next === 33 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      const close = text.indexOf('>', at + 1);
      if (close >= 0 && close < end && close - at < 1000) return close + 1;
    }
  } else if (code === 38 /* & */) {
    let i = at + 1;
    while (i < end && i - at <= 32 && (isAsciiLetterOrDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 35)) i++;
    if (i > at + 1 && text.charCodeAt(i) === 59 /* ; */) return i + 1;
  } else if (code === 93 /* ] */ && text.charCodeAt(at + 1) === 40 /* ( */) {
    const close = text.indexOf(')', at + 2);
    if (close >= 0 && close < end && close - at < 2000) return close + 1;
  }
  return at;
}

export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  /** Whether the word being read has been counted (it holds a letter or digit). */
  let counted = false;
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code === 60 || code === 38 || code === 93) {
      const skipTo = markupEnd(text, at, end);
      if (skipTo > at) {
        counted = false;
        at = skipTo;
        continue;
      }
    }
    if (isSeparator(code)) {
      counted = false;
    } else if (code >= 0x3040 && isCjk(code)) {
      words++;
      counted = false;
    } else if (!counted && (isAsciiLetterOrDigit(code) || (code >= 128 && LETTER_OR_DIGIT.test(text[at]!)))) {
      words++;
      counted = true;
    }
    at++;
  }
  return words;
}
