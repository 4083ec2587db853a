/** The `sxs-lookup` half of every unit, which the client dims so the translation reads first. */
import type { LookupRangesResult } from '../../../shared/protocol';
import type { Cancellation, ParsedDocument } from './types';

export function getLookupRanges(document: ParsedDocument, token: Cancellation): LookupRangesResult | null {
  const { model } = document;
  const ranges = [];
  for (const unit of model.units) {
    if (unit.lookup) ranges.push(model.lines.rangeOf(unit.lookup.span));
    if (ranges.length % 4096 === 0 && token.isCancellationRequested) return null;
  }
  return { version: document.version, ranges };
}
