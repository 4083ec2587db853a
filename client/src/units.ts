/**
 * Finding units in the server's UnitViews by editor position, and reducing text to its target language. Pure
 * (positions are plain `{line, character}`), so the commands' logic is tested in memory.
 */
import * as l10n from '@vscode/l10n';
import type { Position, UnitView } from '../../shared/protocol';
import { indexOfItemAt } from '../../server/src/core/spans';

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** The unit whose markup holds the position (its edges included), or null between units. Units are in order. */
export function unitIndexAt(units: readonly UnitView[], position: Position): number | null {
  const found = indexOfItemAt(units, position, (at, unit) =>
    comparePositions(at, unit.unitRange.start) < 0 ? -1 : comparePositions(at, unit.unitRange.end) > 0 ? 1 : 0,
  );
  return found < 0 ? null : units[found]!.index;
}

/** The first unit that reaches the line or lies below it: the unit at the top of an editor scrolled there. */
export function firstUnitFromLine(units: readonly UnitView[], line: number): UnitView | null {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle]!.unitRange.end.line < line) low = middle + 1;
    else high = middle;
  }
  return units[low] ?? null;
}

export type Direction = 'next' | 'previous';

export interface ProblemUnitMatch {
  readonly unit: UnitView;
  /** True when the search went past the end (or start) of the document and came round. */
  readonly wrapped: boolean;
}

/**
 * The next (or previous) unit with a problem, measured from where the cursor lands on a unit: the start of its
 * target text. From inside a unit, "next" goes to a later unit and "previous" to that unit's own start first, as
 * Go to Next Problem does.
 */
export function findProblemUnit(
  units: readonly UnitView[],
  position: Position,
  direction: Direction,
): ProblemUnitMatch | null {
  const withProblems = units.filter((unit) => unit.problems.length > 0);
  if (withProblems.length === 0) return null;
  if (direction === 'next') {
    const after = withProblems.find((unit) => comparePositions(unit.targetRange.start, position) > 0);
    return after ? { unit: after, wrapped: false } : { unit: withProblems[0]!, wrapped: true };
  }
  const before = [...withProblems].reverse().find((unit) => comparePositions(unit.targetRange.start, position) < 0);
  return before ? { unit: before, wrapped: false } : { unit: withProblems.at(-1)!, wrapped: true };
}

/**
 * What the status bar says after moving to a unit with a problem; coming round the end (or start) of the article
 * is said first, as VS Code's Go to Next Problem says it, so the user knows the search started over.
 */
export function problemUnitStatus(match: ProblemUnitMatch, direction: Direction): string {
  const problems = match.unit.problems.map((problem) => `${problem.code}: ${problem.message}`).join('; ');
  const status = l10n.t('Unit {0}: {1}', match.unit.id, problems);
  if (!match.wrapped) return status;
  return direction === 'next'
    ? l10n.t('Reached the end of the article; continued from the top. {0}', status)
    : l10n.t('Reached the start of the article; continued from the bottom. {0}', status);
}

/** A unit located by offsets into the document's text. */
export interface UnitOffsets {
  readonly start: number;
  readonly end: number;
  readonly targetStart: number;
  readonly targetEnd: number;
}

/**
 * What "Copy Target Text Without Markup" copies. With nothing selected: the target text of the unit at the
 * cursor (null when there is none). With a selection: the selected text with every unit it touches reduced to
 * its target text (tags and English lookup dropped, Markdown kept); a selection inside one target is copied as is.
 */
export function targetTextWithoutMarkup(
  text: string,
  units: readonly UnitOffsets[],
  selection: { readonly start: number; readonly end: number },
): string | null {
  if (selection.start === selection.end) {
    const unit = units.find((candidate) => candidate.start <= selection.start && selection.start <= candidate.end);
    return unit ? text.slice(unit.targetStart, unit.targetEnd) : null;
  }
  const touched = units.filter((unit) => unit.start < selection.end && unit.end > selection.start);
  const only = touched.length === 1 ? touched[0]! : undefined;
  if (only && only.targetStart <= selection.start && selection.end <= only.targetEnd) {
    return text.slice(selection.start, selection.end);
  }
  let copied = '';
  let at = selection.start;
  for (const unit of touched) {
    if (at < unit.start) copied += text.slice(at, unit.start);
    copied += text.slice(unit.targetStart, unit.targetEnd);
    at = unit.end;
  }
  if (at < selection.end) copied += text.slice(at, selection.end);
  return copied;
}
