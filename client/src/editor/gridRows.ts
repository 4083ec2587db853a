/**
 * The Bilingual Editor's rows as the webview gets them, made from the server's editor model, and the smallest
 * update between two versions: the rows that changed, or every row when units were added, removed or moved.
 * Pure, so the update logic is tested in memory.
 */
import * as l10n from '@vscode/l10n';
import type {
  EditorModelResult,
  EditorRow,
  EditorUnitRow,
  GridHeader,
  GridProblem,
  GridRow,
  Range,
  TextPiece,
  UnitFix,
} from '../../../shared/protocol';

export function rawOf(pieces: readonly TextPiece[]): string {
  let raw = '';
  for (const piece of pieces) raw += piece.raw;
  return raw;
}

/**
 * A short fingerprint of a target (FNV-1a over its UTF-16 code units and its length), to tell "edited since
 * opened" without keeping a second copy of the article's text.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(36)}`;
}

/** Each unit's target fingerprint by ID, as the article is when the editor opens. */
export function targetFingerprints(model: EditorModelResult): Map<string, string> {
  const fingerprints = new Map<string, string>();
  for (const row of model.rows) {
    if (row.kind === 'unit' && !fingerprints.has(row.id)) fingerprints.set(row.id, fingerprint(rawOf(row.target)));
  }
  return fingerprints;
}

/** The offset in a text piece's `text` of an offset in its `raw` (references such as `&amp;` are one character). */
function textOffsetOf(piece: Extract<TextPiece, { kind: 'text' }>, rawOffset: number): number | undefined {
  if (piece.raw === piece.text) return rawOffset;
  let raw = 0;
  let text = 0;
  while (raw < rawOffset) {
    const reference = piece.raw.charCodeAt(raw) === 38 /* & */ ? piece.raw.indexOf(';', raw) : -1;
    raw = reference > raw && reference - raw <= 8 ? reference + 1 : raw + 1;
    text++;
  }
  return raw === rawOffset ? text : undefined;
}

/**
 * Where a problem's range stands in the target's pieces, when it lies inside the target's first line and within
 * one text piece; undefined otherwise (a problem of the whole unit, of the markup, or of the source).
 */
export function placeInTarget(row: EditorUnitRow, range: Range): GridProblem['inTarget'] {
  const { start } = row.targetRange;
  if (range.start.line !== start.line || range.end.line !== start.line || range.start.character < start.character) {
    return undefined;
  }
  const from = range.start.character - start.character;
  const to = range.end.character - start.character;
  if (to <= from) return undefined;
  let at = 0;
  for (let index = 0; index < row.target.length; index++) {
    const piece = row.target[index]!;
    const end = at + piece.raw.length;
    if (from >= at && to <= end) {
      if (piece.kind !== 'text') return undefined;
      const textStart = textOffsetOf(piece, from - at);
      const textEnd = textOffsetOf(piece, to - at);
      return textStart !== undefined && textEnd !== undefined
        ? { piece: index, start: textStart, end: textEnd }
        : undefined;
    }
    at = end;
  }
  return undefined;
}

function gridRowOf(row: EditorRow, openedTargets: ReadonlyMap<string, string>): GridRow {
  if (row.kind === 'context') return { kind: 'context', block: row.block, text: row.text };
  const opened = openedTargets.get(row.id);
  return {
    kind: 'unit',
    unitIndex: row.unitIndex,
    id: row.id,
    target: row.target,
    source: row.source,
    readOnlyReason: row.readOnlyReason,
    untranslated: row.untranslated,
    edited: opened !== undefined && opened !== fingerprint(rawOf(row.target)),
    problems: row.problems.map((problem) => {
      const inTarget = placeInTarget(row, problem.range);
      return {
        code: problem.code,
        severity: problem.severity,
        message: problem.message,
        fixTitles: problem.fixes.map((fix) => fix.title),
        ...(inTarget ? { inTarget } : {}),
      };
    }),
    linePrefix: row.linePrefix,
  };
}

export interface GridContent {
  readonly header: GridHeader;
  readonly rows: readonly GridRow[];
  /**
   * A key per row that changes whenever anything the row shows changes. Made on first use, so the first rows of a
   * large article reach the page before any key is made.
   */
  keyAt(position: number): string;
}

export function gridContentOf(
  model: EditorModelResult,
  fileName: string,
  openedTargets: ReadonlyMap<string, string>,
): GridContent {
  const rows = model.rows.map((row) => gridRowOf(row, openedTargets));
  const editedUnits = rows.filter((row) => row.kind === 'unit' && row.edited).length;
  const keys: (string | undefined)[] = [];
  return {
    header: {
      fileName,
      locale: model.locale,
      translationType: model.translationType,
      rightToLeft: model.rightToLeft,
      counts: model.counts,
      editedUnits,
      otherProblems: model.otherProblems.length,
      notice: model.hasMarkup
        ? null
        : l10n.t('This article has no bilingual span markup: there are no units to translate.'),
    },
    rows,
    keyAt: (position) => (keys[position] ??= JSON.stringify(rows[position])),
  };
}

/**
 * The model with the fixes made on request (`bilingualDocs/editorUnitFixes`) in the rows of the units they were
 * asked for: each problem's whole list of fixes, in the server's order, so a fix's index is the one applied.
 */
export function withUnitFixes(
  model: EditorModelResult,
  unitFixes: ReadonlyMap<number, readonly (readonly UnitFix[])[]>,
): EditorModelResult {
  if (unitFixes.size === 0) return model;
  const rows = model.rows.map((row): EditorRow => {
    const fixes = row.kind === 'unit' ? unitFixes.get(row.unitIndex) : undefined;
    if (row.kind !== 'unit' || !fixes || fixes.length !== row.problems.length) return row;
    const problems = row.problems.map((problem, index) => {
      return { ...problem, fixes: fixes[index]!, fixesOnRequest: false };
    });
    return { ...row, problems };
  });
  return { ...model, rows };
}

/** What identifies a row's place: a unit by its index and ID, a context row by its kind. */
function slotOf(row: GridRow): string {
  return row.kind === 'unit' ? `u${row.unitIndex}:${row.id}` : `c:${row.block}`;
}

export type GridUpdate =
  | { readonly kind: 'reset' }
  | { readonly kind: 'patch'; readonly changed: readonly { readonly position: number; readonly row: GridRow }[] };

/** The rows to send again: only those whose content changed when every row kept its place, else all. */
export function gridUpdate(previous: GridContent, next: GridContent): GridUpdate {
  if (previous.rows.length !== next.rows.length) return { kind: 'reset' };
  const changed: { position: number; row: GridRow }[] = [];
  for (let position = 0; position < next.rows.length; position++) {
    if (slotOf(previous.rows[position]!) !== slotOf(next.rows[position]!)) return { kind: 'reset' };
    if (previous.keyAt(position) !== next.keyAt(position)) changed.push({ position, row: next.rows[position]! });
  }
  return { kind: 'patch', changed };
}

/**
 * Whether the `<span>` and `</span>` tokens of a target still pair up in order. A translator may delete or move a
 * token on purpose, but a lone `</span>` would close the unit's own target span early and break the unit.
 */
export function spanTokensPairUp(markup: readonly string[]): boolean {
  let open = 0;
  for (const raw of markup) {
    const tag = raw.slice(0, 6).toLowerCase();
    if (tag === '</span') open--;
    else if (tag.startsWith('<span') && !raw.endsWith('/>')) open++;
    if (open < 0) return false;
  }
  return open === 0;
}
