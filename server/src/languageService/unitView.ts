/** A unit as the client shows it (preview, "Show Source of Unit at Cursor"): its texts, ranges and problems. */
import type { UnitProblem, UnitView } from '../../../shared/protocol';
import { sliceOf, type BilingualDocument, type Unit } from '../core/model';
import type { Diagnostic as CheckDiagnostic } from '../core/rules/rule';
import { ruleByCode } from '../core/rules';
import { groupProblemsByUnit, type ProblemsByUnit } from '../core/unitLookup';
import { targetSpanOf } from './unitAt';
import type { CheckedDocument } from './types';

export function unitProblem(model: BilingualDocument, diagnostic: CheckDiagnostic): UnitProblem {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    range: model.lines.rangeOf(diagnostic.span),
  };
}

/** The document's problems under the unit each belongs to (core/unitLookup decides which). */
export function groupProblems(document: CheckedDocument): ProblemsByUnit<UnitProblem> {
  const { model } = document;
  return groupProblemsByUnit(model.units, document.diagnostics, (diagnostic) => unitProblem(model, diagnostic));
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

export function unitView(
  model: BilingualDocument,
  unit: Unit,
  problems: readonly UnitProblem[],
  untranslated: boolean,
): UnitView {
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
