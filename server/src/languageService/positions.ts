/** Positions from the client checked against the document, so a stale or malformed one never reads garbage. */
import type { Position } from 'vscode-languageserver-types';
import type { BilingualDocument } from '../core/model';

export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

/**
 * The offset of a position that lies inside the document (a line end counts), or undefined for a position
 * past the last line or past its line's end: such a position comes from another version of the text.
 */
export function offsetInDocument(document: BilingualDocument, position: unknown): number | undefined {
  if (!isPosition(position)) return undefined;
  const { lines } = document;
  if (position.line >= lines.lineCount) return undefined;
  const start = lines.lineStart(position.line);
  if (start + position.character > lines.lineContentEnd(position.line)) return undefined;
  return start + position.character;
}
