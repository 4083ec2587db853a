/**
 * Inline code spans (CommonMark backtick strings), line by line. A span whose content holds unit markup is not
 * taken as code: a stray backtick in a target must not swallow the `</span><span class="sxs-lookup">` after it.
 */
import type { TextSpan } from '../model';

const UNIT_MARKUP = /data-ttu-id|data-stu-id|sxs-lookup/g;

interface Run {
  readonly start: number;
  readonly length: number;
}

/** Adds the code spans of one line, `[lineStart, lineEnd)`, in order. Linear in the line's length. */
export function findInlineCode(text: string, lineStart: number, lineEnd: number, into: TextSpan[]): void {
  const runs: Run[] = [];
  for (let at = lineStart; at < lineEnd; ) {
    if (text.charCodeAt(at) !== 96) {
      at++;
      continue;
    }
    let backslashes = 0;
    while (at - backslashes - 1 >= lineStart && text.charCodeAt(at - backslashes - 1) === 92) backslashes++;
    let start = at;
    if (backslashes % 2 === 1) start++; // an escaped backtick is literal; the rest of the run still counts
    let end = at;
    while (end < lineEnd && text.charCodeAt(end) === 96) end++;
    if (end > start) runs.push({ start, length: end - start });
    at = end;
  }
  // For each run, the next run of the same length: one pass from the back.
  const nextSameLength = new Int32Array(runs.length).fill(-1);
  const lastByLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]!.length;
    nextSameLength[i] = lastByLength.get(length) ?? -1;
    lastByLength.set(length, i);
  }
  const markup = unitMarkupOffsets(text, lineStart, lineEnd);
  let i = 0;
  while (i < runs.length) {
    const closer = nextSameLength[i]!;
    if (closer < 0) {
      i++;
      continue;
    }
    const open = runs[i]!;
    const close = runs[closer]!;
    if (anyBetween(markup, open.start + open.length, close.start)) {
      i++;
      continue;
    }
    into.push({ start: open.start, end: close.start + close.length });
    i = closer + 1;
  }
}

/** Offsets where unit markup words stand on the line, to test "does this code span hold markup" in log time. */
function unitMarkupOffsets(text: string, lineStart: number, lineEnd: number): number[] {
  const line = text.slice(lineStart, lineEnd);
  const offsets: number[] = [];
  UNIT_MARKUP.lastIndex = 0;
  for (let match = UNIT_MARKUP.exec(line); match; match = UNIT_MARKUP.exec(line)) offsets.push(lineStart + match.index);
  return offsets;
}

function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]! < to;
}
