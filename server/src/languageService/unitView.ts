/** A unit as the client shows it (preview, "Show Source of Unit at Cursor"): its texts, ranges and problems. */
import type { UnitProblem, UnitView } from '../../../shared/protocol';
import { sliceOf, type BilingualDocument, type Unit } from '../core/model';
import type { Diagnostic as CheckDiagnostic } from '../core/rules/rule';
import { ruleByCode } from '../core/rules';
import { targetSpanOf, unitContaining } from './unitAt';
import type { CheckedDocument } from './types';

export function unitProblem(model: BilingualDocument, diagnostic: CheckDiagnostic): UnitProblem {
  return { code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, range: model.lines.rangeOf(diagnostic.span) };
}

export interface GroupedProblems {
  readonly byUnit: ReadonlyMap<number, readonly UnitProblem[]>;
  /** Problems that belong to no unit: front matter, orphan lookups, stray tags. */
  readonly other: readonly UnitProblem[];
}

/** The unit a problem belongs to: the unit it names, or else the unit it stands in, or else none. */
export function unitIndexOf(model: BilingualDocument, diagnostic: CheckDiagnostic): number | undefined {
  return diagnostic.unitIndex ?? unitContaining(model, diagnostic.span.start)?.index;
}

/** Each problem goes to the unit it names, or else to the unit it stands in, or else to no unit. */
export function groupProblems(document: CheckedDocument): GroupedProblems {
  const byUnit = new Map<number, UnitProblem[]>();
  const other: UnitProblem[] = [];
  for (const diagnostic of document.diagnostics) {
    const unitIndex = unitIndexOf(document.model, diagnostic);
    const problem = unitProblem(document.model, diagnostic);
    if (unitIndex === undefined) other.push(problem);
    else if (byUnit.has(unitIndex)) byUnit.get(unitIndex)!.push(problem);
    else byUnit.set(unitIndex, [problem]);
  }
  return { byUnit, other };
}

/**
 * Units the `untranslated` rule finds, whatever its configured severity: the preview marks them even when the
 * diagnostic is switched off.
 */
export function untranslatedUnits(model: BilingualDocument): ReadonlySet<number> {
  const rule = ruleByCode('untranslated');
  if (!rule) return new Set();
  const findings = rule.check(model, { locale: model.locale?.toLowerCase() });
  return new Set(findings.flatMap((finding) => (finding.unitIndex === undefined ? [] : [finding.unitIndex])));
}

export function unitView(model: BilingualDocument, unit: Unit, problems: readonly UnitProblem[], untranslated: boolean): UnitView {
  const { lines, text } = model;
  return {
    index: unit.index,
    id: unit.id.value,
    sourceId: unit.lookup?.sourceId?.value ?? null,
    target: sliceOf(text, unit.target),
    source: unit.lookup ? sliceOf(text, unit.lookup.source) : null,
    unitRange: lines.rangeOf(unit.span),
    targetRange: lines.rangeOf(unit.target),
    targetElementRange: lines.rangeOf(targetSpanOf(unit)),
    sourceRange: unit.lookup ? lines.rangeOf(unit.lookup.source) : null,
    lookupRange: unit.lookup ? lines.rangeOf(unit.lookup.span) : null,
    untranslated,
    problems,
  };
}
