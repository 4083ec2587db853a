import type { Rule } from '../rule';
import type { UnitPart } from '../../model';
import { readerFindings, type ProblemOf } from './readerFindings';

/** A part as the message names what is inside it, and the part's own span that is not closed. */
const PART_NAMES: Readonly<Record<UnitPart, string>> = {
  target: 'target',
  lookup: 'sxs-lookup span',
  source: 'source',
};
const SPAN_NAMES: Readonly<Record<UnitPart, string>> = {
  target: 'target span',
  lookup: 'sxs-lookup span',
  source: 'source span',
};

function message(problem: ProblemOf<'unclosed-span'>): string {
  if (problem.shape === 'stray-close') return 'This </span> closes nothing.';
  if (problem.shape === 'inner') {
    const inside = `the ${PART_NAMES[problem.part]} of ${problem.label}`;
    return `A <span> inside ${inside} is never closed; the unit's own </span> is read as its end.`;
  }
  return `The ${SPAN_NAMES[problem.shape]} of ${problem.label} is never closed.`;
}

export const unclosedSpan: Rule = {
  code: 'unclosed-span',
  name: 'Unclosed or stray span',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'A span of a unit is never closed, a `<span>` inside a target or source is never closed (often a bare `<span>` copied from the English), or a `</span>` closes nothing. Browsers then nest the rest of the article wrongly and tools misread every unit after it.',
  check: (document) => readerFindings(document, 'unclosed-span', message),
};
