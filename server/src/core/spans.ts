/** Searches over lists of spans kept in document order and disjoint (units, code regions): binary, so log time. */
import type { TextSpan } from './model';

/** Index of the item whose span holds `offset` (start inclusive, end exclusive), or -1. */
export function indexOfSpanAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => TextSpan): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spanOf(items[middle]!);
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the first item whose span starts at or after `offset` (the length when there is none). */
export function indexOfFirstSpanFrom<T>(items: readonly T[], offset: number, spanOf: (item: T) => TextSpan): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spanOf(items[middle]!).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const itself = (span: TextSpan): TextSpan => span;
