import * as l10n from '@vscode/l10n';
import type { BilingualDocument, TextSpan } from '../../model';
import type { Finding, Fix, Rule } from '../rule';

const OPEN = '<<<<<<<';
const MIDDLE = '=======';
const CLOSE = '>>>>>>>';

interface Line {
  readonly start: number;
  /** Where the line's text ends, before its line break. */
  readonly end: number;
  /** Where the next line starts. */
  readonly next: number;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const next = end < text.length ? end + 1 : end;
  return { start, end: end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end, next };
}

/** A marker line: the seven characters alone, or followed by a space and a label (`<<<<<<< HEAD`). */
function isMarkerLine(text: string, line: Line, marker: string): boolean {
  if (!text.startsWith(marker, line.start)) return false;
  const after = line.start + marker.length;
  return after === line.end || text.charCodeAt(after) === 0x20;
}

function insideFence(document: BilingualDocument, span: TextSpan): boolean {
  return document.codeRegions.some(
    (region) => region.kind === 'fence' && region.span.start <= span.start && span.end <= region.span.end,
  );
}

/** Fixes that keep one side of a complete block: the lines before `=======` (ours) or after it (theirs). */
function keepFixes(text: string, open: Line, middle: Line, close: Line): Fix[] {
  const block = { start: open.start, end: close.next };
  const ours = text.slice(open.next, middle.start);
  const theirs = text.slice(middle.next, close.start);
  const label = (line: Line, marker: string): string => text.slice(line.start + marker.length, line.end).trim();
  const oursName = label(open, OPEN);
  const theirsName = label(close, CLOSE);
  const first = oursName ? l10n.t('Keep the first version ({0})', oursName) : l10n.t('Keep the first version');
  const second = theirsName ? l10n.t('Keep the second version ({0})', theirsName) : l10n.t('Keep the second version');
  return [
    { title: first, edits: [{ span: block, newText: ours }], safe: false },
    { title: second, edits: [{ span: block, newText: theirs }], safe: false },
  ];
}

export const conflictMarker: Rule = {
  code: 'conflict-marker',
  docs: 'docs/rules/conflict-marker.md',
  name: 'Merge conflict left in the file',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'Reports a merge conflict left in the article: a line that is `<<<<<<<` alone or followed by a space and a ' +
    'label, reported on that line, with its block\'s `=======` line (exactly seven, alone on its line; longer ' +
    '`====` lines are Markdown heading underlines) and closing `>>>>>>>` line. A block wholly inside a fenced ' +
    'code block is an example, not a conflict. Real localization repositories have published such files: both ' +
    'versions show on the page, with the markers, and the units between them are read twice.',
  check(document) {
    const text = document.text;
    const findings: Finding[] = [];
    // Markers start lines: a look at the first character of each line is quicker than a search of the text.
    let searchFrom = 0;
    const lineCount = document.lines.lineCount;
    for (let lineNumber = 0; lineNumber < lineCount; lineNumber++) {
      const at = document.lines.lineStart(lineNumber);
      if (at < searchFrom || text.charCodeAt(at) !== 0x3c || !text.startsWith(OPEN, at)) continue;
      const open = lineAt(text, at);
      if (!isMarkerLine(text, open, OPEN)) continue;
      let middle: Line | undefined;
      let close: Line | undefined;
      for (let line = lineAt(text, open.next); line.start < text.length; line = lineAt(text, line.next)) {
        if (isMarkerLine(text, line, OPEN)) break;
        if (!middle && text.slice(line.start, line.end) === MIDDLE) middle = line;
        else if (middle && isMarkerLine(text, line, CLOSE)) {
          close = line;
          break;
        }
        if (line.next === line.start) break;
      }
      const blockSpan = { start: open.start, end: (close ?? open).end };
      if (insideFence(document, blockSpan)) continue;
      const openSpan = { start: open.start, end: open.end };
      const lineOf = (line: Line): number => document.lines.lineAt(line.start) + 1;
      findings.push({
        message: close
          ? l10n.t(
            'A merge conflict was left in the file: this block runs from line {0} to line {1}, ' +
              'with both versions in it.',
            lineOf(open),
            lineOf(close),
          )
          : l10n.t(
            'A merge conflict marker was left in the file: "{0}" has no closing ">>>>>>>" line.',
            text.slice(open.start, open.end),
          ),
        span: openSpan,
        fixes: middle && close ? keepFixes(text, open, middle, close) : undefined,
      });
      if (close) searchFrom = close.next;
    }
    return findings;
  },
};
