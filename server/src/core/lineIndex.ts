/**
 * Offsets ⇄ LSP positions. Lines end at `\r\n`, `\n` or `\r`; characters are UTF-16 code units, which is
 * what JavaScript string offsets already are.
 */
import type { Position, Range } from '../../../shared/protocol';

export type { Position, Range } from '../../../shared/protocol';

export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, only \n: let indexOf find the breaks.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line holding `offset` (clamped into the text). */
  lineAt(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= target) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  /** The offset of a position; a character past the line's end stops at the line's end (before its break). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineContentEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  rangeOf(span: { readonly start: number; readonly end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset where a line's content ends, before its line break. */
  lineContentEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
