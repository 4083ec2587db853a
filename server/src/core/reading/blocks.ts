/**
 * Just enough CommonMark to know where unit markup is not markup: fenced code blocks (and the HTML comment
 * blocks that may hide fences), plus where the headings are for the outline. One pass over the lines.
 */
import type { TextSpan } from '../model';
import type { LineIndex } from '../lineIndex';

export interface FenceBlock {
  /** From the opening fence's line start to the closing fence's line end (or the end of the text). */
  readonly span: TextSpan;
  /** The opening fence line. */
  readonly openingSpan: TextSpan;
  readonly openingLine: number;
  readonly closed: boolean;
  /**
   * A line inside the block that looks like a new opening fence (a fence with an info string, which cannot close
   * a block): the sign that the block's own opening fence is a stray one.
   */
  readonly suspectLine?: TextSpan;
}

export interface HeadingLine {
  readonly level: number;
  /** The heading's text span: after the `#`s (ATX) or the text line (setext). */
  readonly textSpan: TextSpan;
  /** The whole heading, both lines for setext. */
  readonly span: TextSpan;
}

export interface BlockScan {
  readonly fences: FenceBlock[];
  readonly headings: HeadingLine[];
}

/** Leading indentation and blockquote markers, which may stand before a fence. */
function containerPrefixLength(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    if (at < end && text.charCodeAt(at) === 62 /* > */) {
      at++;
      continue;
    }
    return at - start;
  }
}

function fenceRun(text: string, at: number, end: number): { char: number; length: number } | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 /* ` */ && char !== 126 /* ~ */) return undefined;
  let length = 0;
  while (at + length < end && text.charCodeAt(at + length) === char) length++;
  return length >= 3 ? { char, length } : undefined;
}

/**
 * Where an ATX heading's optional closing sequence (spaces, `#`s, spaces at the line's end) starts, else the line's
 * length. Read from the end, once: the pattern `/[ \t]+#+[ \t]*$/` tried every space of a long run in turn.
 */
function closingSequenceStart(line: string): number {
  const isSpace = (at: number): boolean => line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9;
  let at = line.length;
  while (at > 0 && isSpace(at - 1)) at--;
  const hashesEnd = at;
  while (at > 0 && line.charCodeAt(at - 1) === 35 /* # */) at--;
  if (at === hashesEnd || at === 0 || !isSpace(at - 1)) return line.length;
  while (at > 0 && isSpace(at - 1)) at--;
  return at;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
/** First characters of lines that may be headings, setext underlines, list items or table rows. */
const MAY_START_SPECIAL_LINE = new Set([35, 61, 45, 42, 43, 124, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/**
 * Scans the lines from `bodyStart`. An HTML comment block (a line starting `<!--`) runs to the line holding
 * `-->`; fences inside it are not fences, which real articles rely on (commented-out code samples).
 */
export function scanBlocks(text: string, bodyStart: number, lines: LineIndex): BlockScan {
  const fences: FenceBlock[] = [];
  const headings: HeadingLine[] = [];
  let openFence:
    { char: number; length: number; start: number; line: number; openingEnd: number; suspect?: TextSpan } | undefined;
  let inComment = false;
  let previousParagraphLine: { start: number; end: number } | undefined;

  for (let lineNumber = lines.lineAt(bodyStart); lineNumber < lines.lineCount; lineNumber++) {
    const start = Math.max(bodyStart, lines.lineStart(lineNumber));
    const end = lines.lineContentEnd(lineNumber);
    const prefix = containerPrefixLength(text, start, end);
    if (openFence) {
      const run = fenceRun(text, start + prefix, end);
      if (
        run &&
        run.char === openFence.char &&
        run.length >= openFence.length &&
        BLANK.test(text.slice(start + prefix + run.length, end))
      ) {
        fences.push(fenceBlock(openFence, end, true));
        openFence = undefined;
      } else if (run && run.char === openFence.char && run.length >= openFence.length && !openFence.suspect) {
        // A fence as long as the opener but with an info string: it cannot close the block, and no author writes
        // one inside a block on purpose (a block meant to show fences opens with a longer fence).
        openFence.suspect = { start: start + prefix, end };
      }
      previousParagraphLine = undefined;
    } else if (inComment) {
      if (text.slice(start, end).includes('-->')) inComment = false;
      previousParagraphLine = undefined;
    } else {
      const run = fenceRun(text, start + prefix, end);
      const info = run ? text.slice(start + prefix + run.length, end) : '';
      if (run && !(run.char === 96 && info.includes('`'))) {
        openFence = { char: run.char, length: run.length, start, line: lineNumber, openingEnd: end };
        previousParagraphLine = undefined;
      } else {
        const first = start + prefix < end ? text.charCodeAt(start + prefix) : -1;
        if (first === -1) {
          previousParagraphLine = undefined;
        } else if (first === 60 /* < */) {
          if (text.startsWith('<!--', start + prefix) && !text.slice(start + prefix + 4, end).includes('-->'))
            inComment = true;
          previousParagraphLine = { start: start + prefix, end };
        } else if (!MAY_START_SPECIAL_LINE.has(first)) {
          previousParagraphLine = { start: start + prefix, end };
        } else {
          const content = text.slice(start, end);
          const atx = ATX_HEADING.exec(content);
          const setext = SETEXT_UNDERLINE.exec(content);
          if (atx) {
            const textEnd = start + closingSequenceStart(content);
            const textStart = Math.min(start + atx[0].length, textEnd);
            headings.push({
              level: atx[1]!.length,
              textSpan: { start: textStart, end: textEnd },
              span: { start, end },
            });
            previousParagraphLine = undefined;
          } else if (setext && previousParagraphLine) {
            headings.push({
              level: setext[1]!.startsWith('=') ? 1 : 2,
              textSpan: previousParagraphLine,
              span: { start: previousParagraphLine.start, end },
            });
            previousParagraphLine = undefined;
          } else if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(content) || first === 124 /* | */) {
            previousParagraphLine = undefined;
          } else {
            previousParagraphLine = { start: start + prefix, end };
          }
        }
      }
    }

  }
  if (openFence) fences.push(fenceBlock(openFence, text.length, false));
  return { fences, headings };
}

function fenceBlock(
  open: { start: number; line: number; openingEnd: number; suspect?: TextSpan },
  end: number,
  closed: boolean,
): FenceBlock {
  return {
    span: { start: open.start, end },
    openingSpan: { start: open.start, end: open.openingEnd },
    openingLine: open.line,
    closed,
    suspectLine: open.suspect,
  };
}
