/** Go to definition between the halves of a unit: from the target to its source text, and back. */
import type { Location, Position } from 'vscode-languageserver-types';
import { offsetInDocument } from './positions';
import { unitAt } from './unitAt';
import type { Cancellation, ParsedDocument } from './types';

export function getDefinition(document: ParsedDocument, position: Position, token: Cancellation): Location[] {
  const { model, uri } = document;
  if (!model.hasMarkup || token.isCancellationRequested) return [];
  const offset = offsetInDocument(model, position);
  if (offset === undefined) return [];
  const hit = unitAt(model, offset);
  if (!hit) return [];
  if (hit.side === 'source') return [{ uri, range: model.lines.rangeOf(hit.unit.target) }];
  const lookup = hit.unit.lookup;
  if (!lookup) return [];
  return [{ uri, range: model.lines.rangeOf(lookup.source) }];
}
