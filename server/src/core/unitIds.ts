/** Unit IDs: `<hex prefix>-<n>` for a sentence, `<hex prefix>-p<n>` for a merged paragraph. */
import type { TextSpan, UnitId } from './model';

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/**
 * Reads `value` as `^([0-9a-fA-F]+)-(p?)(\d+)$` by hand: every unit has two IDs, and a regular expression's match
 * array and capture strings cost more than the rest of reading the unit.
 */
export function readUnitId(rawValue: string, span: TextSpan): UnitId {
  const value = /["&\s]/.test(rawValue) ? rawValue.replace(/&quot;|"/g, '').trim() : rawValue;
  let at = 0;
  while (at < value.length && isHexDigit(value.charCodeAt(at))) at++;
  const prefixEnd = at;
  if (prefixEnd === 0 || value.charCodeAt(at) !== 45 /* - */) return { value, span, kind: 'malformed' };
  at++;
  const paragraph = value.charCodeAt(at) === 112; /* p */
  if (paragraph) at++;
  const digitsStart = at;
  let number = 0;
  for (; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (code < 48 || code > 57) return { value, span, kind: 'malformed' };
    number = number * 10 + (code - 48);
  }
  if (at === digitsStart) return { value, span, kind: 'malformed' };
  // Digits beyond double precision are read as `Number` reads them, for the same value either way.
  if (at - digitsStart > 15) number = Number(value.slice(digitsStart));
  return {
    value,
    span,
    kind: paragraph ? 'paragraph' : 'numbered',
    prefix: value.slice(0, prefixEnd).toLowerCase(),
    number,
  };
}
