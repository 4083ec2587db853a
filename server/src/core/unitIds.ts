/** Unit IDs: `<hex prefix>-<n>` for a sentence, `<hex prefix>-p<n>` for a merged paragraph. */
import type { TextSpan, UnitId } from './model';

const WELL_FORMED_ID = /^([0-9a-fA-F]+)-(p?)(\d+)$/;

export function readUnitId(rawValue: string, span: TextSpan): UnitId {
  const value = /["&\s]/.test(rawValue) ? rawValue.replace(/&quot;|"/g, '').trim() : rawValue;
  const match = WELL_FORMED_ID.exec(value);
  if (!match) return { value, span, kind: 'malformed' };
  return { value, span, kind: match[2] ? 'paragraph' : 'numbered', prefix: match[1]!.toLowerCase(), number: Number(match[3]) };
}
