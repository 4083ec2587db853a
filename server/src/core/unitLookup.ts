/**
 * The one answer to "which unit stands at this offset" and "which unit does this problem belong to", for the
 * suppressions, the language service (hover, preview, unit at the cursor, the Bilingual Editor) and the CLI.
 * Units are in document order and never overlap, so both are a binary search.
 */
import type { TextSpan, Unit } from './model';
import { indexOfSpanAt } from './spans';

/** Where a problem is, and the unit it names when a rule named one. */
export interface LocatedProblem {
  readonly unitIndex?: number;
  readonly span: TextSpan;
}

/** The unit whose span holds the offset (start inclusive, end exclusive). */
export function unitContaining(units: readonly Unit[], offset: number): Unit | undefined {
  return units[indexOfSpanAt(units, offset, (unit) => unit.span)];
}

/** The unit a problem belongs to: the unit it names, or else the unit it starts in, or else none. */
export function unitIndexOfProblem(units: readonly Unit[], problem: LocatedProblem): number | undefined {
  return problem.unitIndex ?? unitContaining(units, problem.span.start)?.index;
}

export interface ProblemsByUnit<T> {
  readonly byUnit: ReadonlyMap<number, readonly T[]>;
  /** Problems that belong to no unit: front matter, orphan lookups, stray tags. */
  readonly other: readonly T[];
}

/** Each problem, as `view` shows it, under the unit it belongs to, in the order given. */
export function groupProblemsByUnit<P extends LocatedProblem, T>(
  units: readonly Unit[],
  problems: readonly P[],
  view: (problem: P) => T,
): ProblemsByUnit<T> {
  const byUnit = new Map<number, T[]>();
  const other: T[] = [];
  for (const problem of problems) {
    const unitIndex = unitIndexOfProblem(units, problem);
    const shown = view(problem);
    if (unitIndex === undefined) other.push(shown);
    else if (byUnit.has(unitIndex)) byUnit.get(unitIndex)!.push(shown);
    else byUnit.set(unitIndex, [shown]);
  }
  return { byUnit, other };
}
