/** Searches over lists of spans kept in document order and disjoint (units, code regions): binary, so log time. */
import type { TextSpan } from './model';

/**
 * Index of the item that holds `place`, or -1: `compare` says whether the place lies before the item (< 0), in it
 * (0) or after it (> 0). The one binary search behind "which unit is at this offset" (and, in the client, "at this
 * position").
 */
export function indexOfItemAt<T, P>(items: readonly T[], place: P, compare: (place: P, item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compare(place, items[middle]!);
    if (order < 0) high = middle - 1;
    else if (order > 0) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the item whose span holds `offset` (start inclusive, end exclusive), or -1. */
export function indexOfSpanAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => TextSpan): number {
  return indexOfItemAt(items, offset, (at, item) => {
    const span = spanOf(item);
    return at < span.start ? -1 : at >= span.end ? 1 : 0;
  });
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
