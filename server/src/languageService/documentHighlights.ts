/** Highlights both halves of the unit under the cursor, so the eye finds a target's source and back. */
import type { DocumentHighlight, DocumentHighlightKind, Position } from 'vscode-languageserver-types';
import { offsetInDocument } from './positions';
import { targetSpanOf, unitAt } from './unitAt';
import type { Cancellation, ParsedDocument } from './types';

const TEXT: DocumentHighlightKind = 1;

export function getDocumentHighlights(
  document: ParsedDocument,
  position: Position,
  token: Cancellation,
): DocumentHighlight[] {
  const { model } = document;
  if (!model.hasMarkup || token.isCancellationRequested) return [];
  const offset = offsetInDocument(model, position);
  if (offset === undefined) return [];
  const hit = unitAt(model, offset);
  if (!hit) return [];
  const halves = [targetSpanOf(hit.unit), ...(hit.unit.lookup ? [hit.unit.lookup.span] : [])];
  return halves.map((span) => ({ range: model.lines.rangeOf(span), kind: TEXT }));
}
