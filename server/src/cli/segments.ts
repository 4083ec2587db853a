/** `segments`: the units of an article as plain data, the contract other tools drive. */
import type { Range } from '../core/lineIndex';
import type { BilingualDocument } from '../core/model';

export interface Segment {
  readonly id: string;
  readonly sourceId: string | null;
  /** Raw text between the target's tags, exactly as in the file. */
  readonly target: string;
  /** Raw text between the source's tags, exactly as in the file; null when the unit has no source. */
  readonly source: string | null;
  readonly targetRange: Range;
  readonly sourceRange: Range | null;
}

export function segmentsOf(document: BilingualDocument): Segment[] {
  const { text, lines } = document;
  return document.units.map((unit) => {
    const source = unit.lookup?.sourceOpenTag ? unit.lookup.source : undefined;
    return {
      id: unit.id.value,
      sourceId: unit.lookup?.sourceId?.value ?? null,
      target: text.slice(unit.target.start, unit.target.end),
      source: source ? text.slice(source.start, source.end) : null,
      targetRange: lines.rangeOf(unit.target),
      sourceRange: source ? lines.rangeOf(source) : null,
    };
  });
}
