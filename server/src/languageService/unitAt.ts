/** Which half of a unit (its target or its lookup) stands at an offset; the unit itself is core/unitLookup's. */
import type { BilingualDocument, TextSpan, Unit } from '../core/model';
import { unitContaining } from '../core/unitLookup';

export type UnitSide = 'target' | 'source';

export interface UnitHit {
  readonly unit: Unit;
  readonly side: UnitSide;
  /** The half the offset is on: the target's tags and text, or the whole lookup. */
  readonly span: TextSpan;
}

/** The target half: its tags and its text, as far as it was read. */
export function targetSpanOf(unit: Unit): TextSpan {
  return { start: unit.targetOpenTag.start, end: unit.targetCloseTag?.end ?? unit.target.end };
}

/** The unit at an offset and the half the offset is on; nothing between the halves or outside any unit. */
export function unitAt(document: BilingualDocument, offset: number): UnitHit | undefined {
  const unit = unitContaining(document.units, offset);
  if (!unit) return undefined;
  const { lookup } = unit;
  if (lookup && offset >= lookup.span.start && offset < lookup.span.end)
    return { unit, side: 'source', span: lookup.span };
  const target = targetSpanOf(unit);
  if (offset >= target.start && offset < target.end) return { unit, side: 'target', span: target };
  return undefined;
}
