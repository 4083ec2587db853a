/**
 * Everything the Bilingual Editor shows for one version of a document, in document order: a row per unit (its
 * target and source in pieces, its ranges, problems with their quick fixes, whether it can be edited) and quiet
 * context rows for the blocks between units that hold none (front matter, code blocks, headings, other lines).
 * One pass over the lines and the units.
 */
import type {
  EditorContextRow,
  EditorCounts,
  EditorModelResult,
  EditorProblem,
  EditorRow,
  EditorUnitFixesResult,
  EditorUnitRow,
  UnitFix,
  UnitProblem,
} from '../../../shared/protocol';
import type { Fix } from '../core/rules/rule';
import { targetReadOnlyReason } from '../core/editing/editable';
import { textPieces } from '../core/editing/textPieces';
import { sliceOf, type BilingualDocument, type TextSpan, type Unit } from '../core/model';
import { unitIndexOfProblem } from '../core/unitLookup';
import { countUnitWords } from '../core/wordCount';
import { quickFixesOf, toLspEdits } from './codeActions';
import { isRightToLeft } from './preview';
import type { Cancellation, CheckedDocument } from './types';
import { unitProblem, untranslatedUnits } from './unitView';

/** Context rows and line prefixes longer than this are shortened: they are there to show where the units stand. */
const LONGEST_CONTEXT = 160;
/** How often (in rows) a long model looks whether the request was cancelled. */
const CANCELLATION_STRIDE = 1024;

/** The text on one line, cut with an ellipsis; only its start is read, however long a code block is. */
function shortened(text: string): string {
  const start = text.length > LONGEST_CONTEXT * 8 ? text.slice(0, LONGEST_CONTEXT * 8) : text;
  const oneLine = start.replace(/\s+/g, ' ').trim();
  if (oneLine.length > LONGEST_CONTEXT) return `${oneLine.slice(0, LONGEST_CONTEXT - 1)}…`;
  return start.length < text.length ? `${oneLine.slice(0, LONGEST_CONTEXT - 1)}…` : oneLine;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/** What kind of block a line without units is, from its first characters (blockquote markers first). */
function blockOfLine(line: string): EditorContextRow['block'] {
  const content = line.trimStart();
  if (content.startsWith('>')) return 'quote';
  if (content.startsWith('|')) return 'table';
  if (LIST_ITEM.test(content)) return 'list';
  return 'text';
}

interface Problems {
  readonly byUnit: ReadonlyMap<number, readonly EditorProblem[]>;
  readonly other: readonly UnitProblem[];
}

function unitFixOf(model: BilingualDocument, fix: Fix): UnitFix {
  return { title: fix.title, edits: toLspEdits(model, fix.edits) };
}

/** Each problem with its unit (as the preview groups them), carrying the finding's own quick fixes. */
function problemsWithFixes(document: CheckedDocument): Problems {
  const { model } = document;
  const byUnit = new Map<number, EditorProblem[]>();
  const other: UnitProblem[] = [];
  for (const diagnostic of document.diagnostics) {
    const problem = unitProblem(model, diagnostic);
    const unitIndex = unitIndexOfProblem(model.units, diagnostic);
    if (unitIndex === undefined) {
      other.push(problem);
      continue;
    }
    const fixes = quickFixesOf(diagnostic.fixes).map((fix) => unitFixOf(model, fix));
    const withFixes: EditorProblem = { ...problem, fixes, fixesOnRequest: diagnostic.fixesOnRequest !== undefined };
    const list = byUnit.get(unitIndex);
    if (list) list.push(withFixes);
    else byUnit.set(unitIndex, [withFixes]);
  }
  return { byUnit, other };
}

class RowBuilder {
  readonly rows: EditorRow[] = [];

  constructor(
    private readonly model: BilingualDocument,
    private readonly problems: Problems,
    private readonly untranslated: ReadonlySet<number>,
  ) {}

  context(block: EditorContextRow['block'], span: TextSpan): void {
    const { model } = this;
    const text = shortened(sliceOf(model.text, span));
    this.rows.push({ kind: 'context', block, text, range: model.lines.rangeOf(span) });
  }

  unit(unit: Unit, linePrefix: string): void {
    const { model } = this;
    const { lines, text } = model;
    const row: EditorUnitRow = {
      kind: 'unit',
      unitIndex: unit.index,
      id: unit.id.value,
      sourceId: unit.lookup?.sourceId?.value ?? null,
      target: textPieces(sliceOf(text, unit.target)),
      source: unit.lookup ? textPieces(sliceOf(text, unit.lookup.source)) : null,
      targetRange: lines.rangeOf(unit.target),
      unitRange: lines.rangeOf(unit.span),
      readOnlyReason: targetReadOnlyReason(model, unit),
      untranslated: this.untranslated.has(unit.index),
      problems: this.problems.byUnit.get(unit.index) ?? [],
      linePrefix,
    };
    this.rows.push(row);
  }
}

/** The rows in document order; null when cancelled. */
function buildRows(document: CheckedDocument, builder: RowBuilder, token: Cancellation): EditorRow[] | null {
  const { model } = document;
  const { lines, text, units } = model;
  const fences = model.codeRegions.filter((region) => region.kind === 'fence').map((region) => region.span);
  const headings = new Map(model.headings.map((heading) => [heading.span.start, heading.span]));
  let nextUnit = 0;
  let nextFence = 0;
  let line = 0;
  if (model.frontMatter) {
    builder.context('frontMatter', model.frontMatter.span);
    line = lines.lineAt(model.frontMatter.span.end);
    if (lines.lineStart(line) < model.frontMatter.span.end) line++;
  }
  while (line < lines.lineCount) {
    if (builder.rows.length % CANCELLATION_STRIDE === 0 && token.isCancellationRequested) return null;
    const lineStart = lines.lineStart(line);
    let lineEnd = lines.lineContentEnd(line);
    while (nextFence < fences.length && fences[nextFence]!.end <= lineStart) nextFence++;
    const fence = fences[nextFence];
    if (fence && fence.start >= lineStart && fence.start <= lineEnd) {
      const end = lines.lineContentEnd(lines.lineAt(Math.max(fence.start, fence.end - 1)));
      builder.context('code', { start: fence.start, end });
      line = lines.lineAt(Math.max(fence.start, fence.end - 1)) + 1;
      continue;
    }
    const first = units[nextUnit];
    if (first && first.span.start < lineEnd) {
      // Every unit that starts on this line, and on the lines a multi-line unit runs into.
      builder.unit(first, shortened(text.slice(lineStart, first.span.start)));
      lineEnd = Math.max(lineEnd, lines.lineContentEnd(lines.lineAt(first.span.end)));
      nextUnit++;
      while (nextUnit < units.length && units[nextUnit]!.span.start < lineEnd) {
        const unit = units[nextUnit]!;
        builder.unit(unit, '');
        lineEnd = Math.max(lineEnd, lines.lineContentEnd(lines.lineAt(unit.span.end)));
        nextUnit++;
      }
      line = lines.lineAt(lineEnd) + 1;
      continue;
    }
    const heading = headings.get(lineStart);
    if (heading) {
      // A heading without units, both lines of a setext one.
      const lastLine = lines.lineAt(Math.max(heading.start, heading.end - 1));
      builder.context('heading', { start: lineStart, end: lines.lineContentEnd(lastLine) });
      line = lastLine + 1;
      continue;
    }
    if (!isBlank(text, lineStart, lineEnd)) {
      builder.context(blockOfLine(text.slice(lineStart, lineEnd)), { start: lineStart, end: lineEnd });
    }
    line++;
  }
  return builder.rows;
}

/**
 * Every fix of each problem of one unit, in the order of the unit's problems in the editor model: the eager ones,
 * then those made on request (a misspelled word's corrections), as the text editor's quick fixes list them.
 */
export function getEditorUnitFixes(document: CheckedDocument, unitIndex: number): EditorUnitFixesResult {
  const { model } = document;
  const fixes: UnitFix[][] = [];
  for (const diagnostic of document.diagnostics) {
    if (unitIndexOfProblem(model.units, diagnostic) !== unitIndex) continue;
    const all = quickFixesOf([...(diagnostic.fixes ?? []), ...(diagnostic.fixesOnRequest?.() ?? [])]);
    fixes.push(all.map((fix) => unitFixOf(model, fix)));
  }
  return { version: document.version, unitIndex, fixes };
}

export function getEditorModel(document: CheckedDocument, token: Cancellation): EditorModelResult | null {
  const { model } = document;
  const problems = problemsWithFixes(document);
  if (token.isCancellationRequested) return null;
  const untranslated = untranslatedUnits(model);
  if (token.isCancellationRequested) return null;
  const rows = buildRows(document, new RowBuilder(model, problems, untranslated), token);
  if (!rows) return null;
  const words = countUnitWords(model);
  const counts: EditorCounts = {
    units: model.units.length,
    untranslatedUnits: untranslated.size,
    unitsWithProblems: problems.byUnit.size,
    sourceWords: words.source,
    targetWords: words.target,
  };
  return {
    uri: document.uri,
    version: document.version,
    hasMarkup: model.hasMarkup,
    locale: model.locale ?? null,
    translationType: model.translationType ?? null,
    rightToLeft: isRightToLeft(model.locale),
    counts,
    rows,
    otherProblems: problems.other,
  };
}
