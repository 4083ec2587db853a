/**
 * Workspace symbols: find a unit by its ID across the workspace ("which file holds 646d1-105?"). The server
 * gathers the files; this file reduces each document to a small index and answers queries over it.
 */
import type { Range, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { sliceOf, type BilingualDocument } from '../core/model';
import { firstWords } from './text';
import type { Cancellation } from './types';

const UNIT_KIND: SymbolKind = 20; // Key, as in the outline

export interface IndexedUnit {
  readonly id: string;
  /** The first words of the target. */
  readonly detail: string;
  /** Where the ID is written. */
  readonly range: Range;
}

export interface IndexedFile {
  readonly uri: string;
  readonly units: readonly IndexedUnit[];
}

/** What a document contributes to the workspace index; the model itself need not be kept. */
export function indexUnits(model: BilingualDocument): IndexedUnit[] {
  if (!model.hasMarkup) return [];
  return model.units.map((unit) => ({
    id: unit.id.value,
    detail: firstWords(sliceOf(model.text, unit.target)),
    range: model.lines.rangeOf(unit.id.span),
  }));
}

/** A target's open tag written plainly, as nearly every unit on disk is. */
const TARGET_OPEN_TAG = /<span\s+data-ttu-id\s*=\s*"([^"<>]*)"\s*>/g;
/** How far the first words of a target are looked for. */
const DETAIL_WINDOW = 400;

/**
 * The units of a file on disk, found by scanning for target tags instead of parsing: a workspace holds
 * thousands of articles and a search needs only where each ID is written. Open documents use the parsed model
 * (`indexUnits`); for well-formed markup both give the same entries.
 */
export function scanUnits(text: string): IndexedUnit[] {
  const units: IndexedUnit[] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(TARGET_OPEN_TAG)) {
    const written = match[1]!;
    const valueStart = match.index + match[0].indexOf('"') + 1 + (written.length - written.trimStart().length);
    for (; scanned < valueStart; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++;
        lineStart = scanned + 1;
      }
    }
    const id = written.trim();
    const targetStart = match.index + match[0].length;
    const close = text.indexOf('</span>', targetStart);
    const targetEnd = close < 0 || close > targetStart + DETAIL_WINDOW ? targetStart + DETAIL_WINDOW : close;
    const character = valueStart - lineStart;
    units.push({
      id,
      detail: firstWords(text.slice(targetStart, targetEnd)),
      range: { start: { line, character }, end: { line, character: character + id.length } },
    });
  }
  return units;
}

/** Lower is better: exact ID, then ID prefix, then substring, then the query's characters in order. */
function matchScore(id: string, query: string): number | undefined {
  const lower = id.toLowerCase();
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  if (lower.includes(query)) return 2;
  let at = 0;
  for (const char of query) {
    at = lower.indexOf(char, at) + 1;
    if (at === 0) return undefined;
  }
  return 3;
}

const DEFAULT_SYMBOL_LIMIT = 500;

/** Units whose ID matches the query, best first; an empty query matches nothing (there may be 100 000 units). */
export function findWorkspaceSymbols(
  query: string,
  files: Iterable<IndexedFile>,
  token: Cancellation,
  limit = DEFAULT_SYMBOL_LIMIT,
): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const matches: { score: number; uri: string; unit: IndexedUnit }[] = [];
  for (const file of files) {
    if (token.isCancellationRequested) return [];
    for (const unit of file.units) {
      const score = matchScore(unit.id, wanted);
      if (score !== undefined) matches.push({ score, uri: file.uri, unit });
    }
  }
  matches.sort((a, b) => a.score - b.score || a.unit.id.localeCompare(b.unit.id) || a.uri.localeCompare(b.uri));
  return matches.slice(0, limit).map(({ uri, unit }) => ({
    name: unit.id,
    kind: UNIT_KIND,
    containerName: unit.detail,
    location: { uri, range: unit.range },
  }));
}
