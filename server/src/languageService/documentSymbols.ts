/** The outline: headings nested by level, each with the units of its section (ID and the target's first words). */
import * as l10n from '@vscode/l10n';
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { sliceOf, type BilingualDocument, type Heading, type Unit } from '../core/model';
import { firstWords } from './text';
import type { Cancellation, ParsedDocument } from './types';

const HEADING_KIND: SymbolKind = 15; // String, as VS Code's own Markdown outline shows headings
const UNIT_KIND: SymbolKind = 20; // Key: a unit is found by its ID

function unitSymbol(model: BilingualDocument, unit: Unit): DocumentSymbol {
  return {
    name: unit.id.value || l10n.t('(no ID)'),
    detail: firstWords(sliceOf(model.text, unit.target)),
    kind: UNIT_KIND,
    range: model.lines.rangeOf(unit.span),
    selectionRange: model.lines.rangeOf(unit.id.span),
  };
}

interface OpenSection {
  readonly heading: Heading;
  /** Where the heading's own text ends; the section ends there at the earliest. */
  readonly headingEnd: number;
  readonly symbol: DocumentSymbol & { children: DocumentSymbol[] };
}

export function getDocumentSymbols(document: ParsedDocument, token: Cancellation): DocumentSymbol[] {
  const { model } = document;
  if (!model.hasMarkup) return [];
  const roots: DocumentSymbol[] = [];
  const open: OpenSection[] = [];
  const container = (): DocumentSymbol[] => open.at(-1)?.symbol.children ?? roots;
  /** A section runs to the next heading of the same or a higher level, so its range holds its children. */
  const close = (untilLevel: number, end: number): void => {
    while (open.length > 0 && open.at(-1)!.heading.level >= untilLevel) {
      const section = open.pop()!;
      section.symbol.range = {
        start: section.symbol.range.start,
        end: model.lines.positionAt(Math.max(end, section.headingEnd)),
      };
    }
  };
  let unitIndex = 0;
  const addUnitsBefore = (offset: number): void => {
    while (unitIndex < model.units.length && model.units[unitIndex]!.span.start < offset) {
      container().push(unitSymbol(model, model.units[unitIndex]!));
      unitIndex++;
    }
  };
  for (const heading of model.headings) {
    if (token.isCancellationRequested) return [];
    addUnitsBefore(heading.span.start);
    close(heading.level, trimmedEnd(model.text, heading.span.start));
    const headingEnd = Math.max(heading.span.start, trimmedEnd(model.text, heading.span.end));
    const range = model.lines.rangeOf({ start: heading.span.start, end: headingEnd });
    const symbol = { name: headingName(heading), kind: HEADING_KIND, range, selectionRange: range, children: [] };
    container().push(symbol);
    open.push({ heading, headingEnd, symbol });
  }
  addUnitsBefore(model.text.length + 1);
  close(0, trimmedEnd(model.text, model.text.length));
  return roots;
}

function headingName(heading: Heading): string {
  return `${'#'.repeat(heading.level)} ${heading.title.trim() || l10n.t('(untitled)')}`;
}

/** Where the content before an offset ends, so a section's range does not swallow the blank lines after it. */
function trimmedEnd(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
