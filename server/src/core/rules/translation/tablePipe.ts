import * as l10n from '@vscode/l10n';
import type { BilingualDocument } from '../../model';
import type { Finding, Rule } from '../rule';
import { unitName, unitPairs } from './unitText';

/** The line without its indentation and blockquote markers (`> | a | b |` is a table row in a quote). */
function rowContent(line: string): string {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t' || line[start] === '>')) start++;
  return line.slice(start);
}

/** `|---|:--:|`, `--- | ---`: only pipes, dashes, colons and spaces, with at least one dash. */
function isDelimiterRow(content: string): boolean {
  if (!content.includes('-')) return false;
  for (let index = 0; index < content.length; index++) {
    const char = content[index];
    if (char !== '|' && char !== '-' && char !== ':' && char !== ' ' && char !== '\t') return false;
  }
  return true;
}

const tableRowCache = new WeakMap<BilingualDocument, Uint8Array>();

/**
 * Which lines are GFM table rows: a line starting with `|`, or any line of a table found by its delimiter row
 * (the header above it and the rows below, up to a blank line), which also covers tables without outer pipes.
 */
function tableRows(document: BilingualDocument): Uint8Array {
  const cached = tableRowCache.get(document);
  if (cached) return cached;
  const { lines, text } = document;
  const rows = new Uint8Array(lines.lineCount);
  let previousHasPipe = false;
  let inTable = false;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = rowContent(text.slice(lines.lineStart(line), lines.lineContentEnd(line)));
    const hasPipe = content.includes('|');
    if (content.trim() === '') inTable = false;
    else if (hasPipe && previousHasPipe && isDelimiterRow(content)) {
      rows[line - 1] = 1;
      inTable = true;
    }
    if (inTable || content.startsWith('|')) rows[line] = 1;
    previousHasPipe = hasPipe;
  }
  tableRowCache.set(document, rows);
  return rows;
}

export const tablePipe: Rule = {
  code: 'table-pipe',
  docs: 'docs/rules/table-pipe.md',
  name: 'Pipe splits a table cell',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit on a Markdown table row whose target or source holds a `|` that is not escaped (`\\|`) and ' +
    'not inside inline code. In a table every such pipe ends the cell, so the cell breaks in the middle of the ' +
    'unit: the rest of the sentence lands in the next column, the row gets a column too many and the span markup ' +
    'is torn apart. Write `\\|` or `&#124;` instead.',
  check(document) {
    const findings: Finding[] = [];
    let rows: Uint8Array | undefined;
    for (const pair of unitPairs(document)) {
      const unit = pair.unit;
      const targetPipes = pair.targetScan.pipes;
      const sourcePipes = pair.sourceScan.pipes;
      if (targetPipes.length === 0 && sourcePipes.length === 0) continue;
      rows ??= tableRows(document);
      if (rows[document.lines.lineAt(unit.span.start)] !== 1) continue;
      const inTarget = targetPipes.length > 0;
      const offset = inTarget ? unit.target.start + targetPipes[0]! : unit.lookup!.source.start + sourcePipes[0]!;
      findings.push({
        message: inTarget
          ? l10n.t('The unescaped | in the target of {0} splits its table cell; write \\| instead.', unitName(unit))
          : l10n.t('The unescaped | in the source of {0} splits its table cell; write \\| instead.', unitName(unit)),
        span: { start: offset, end: offset + 1 },
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
