/**
 * `bilingualDocs/unitAt`: the unit under the cursor with the same Markdown the hover shows, for "Show Source of
 * Unit at Cursor" and for the preview following the cursor.
 */
import type { Position } from 'vscode-languageserver-types';
import type { UnitAtResult } from '../../../shared/protocol';
import { unitMarkdown } from './hover';
import { offsetInDocument } from './positions';
import { unitAt } from './unitAt';
import { unitView, untranslatedUnits, unitProblem } from './unitView';
import type { Cancellation, CheckedDocument } from './types';

export function getUnitAt(document: CheckedDocument, position: Position, token: Cancellation): UnitAtResult | null {
  const { model } = document;
  if (!model.hasMarkup || token.isCancellationRequested) return null;
  const offset = offsetInDocument(model, position);
  if (offset === undefined) return null;
  // A cursor just after a unit's last `>` is still "at" that unit for someone typing.
  const hit = unitAt(model, offset) ?? (offset > 0 ? unitAt(model, offset - 1) : undefined);
  if (!hit) return null;
  const { unit } = hit;
  const problems = document.diagnostics
    .filter((diagnostic) => diagnostic.unitIndex === unit.index || (diagnostic.unitIndex === undefined && diagnostic.span.start >= unit.span.start && diagnostic.span.start < unit.span.end))
    .map((diagnostic) => unitProblem(model, diagnostic));
  return {
    unit: unitView(model, unit, problems, untranslatedUnits(model).has(unit.index)),
    unitCount: model.units.length,
    locale: model.locale ?? null,
    translationType: model.translationType ?? null,
    side: hit.side,
    markdown: unitMarkdown(model, unit, hit.side),
  };
}
