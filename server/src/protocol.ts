/**
 * The one place for what the client and the server say to each other beyond standard LSP, and for the
 * settings they share. Both sides import these types; method names are namespaced `bilingualDocs/…`.
 */
import type { SeverityOrOff, Severity } from './core/rules/rule';
import type { Range, Position } from './core/lineIndex';

export type { Range, Position } from './core/lineIndex';

/** `bilingualDocs.*` settings as the client sends them (workspace configuration section `bilingualDocs`). */
export interface BilingualDocsSettings {
  /** Severity per rule code (`{"id-order": "off"}`); used where no `.bilingual-docs.json` applies (the file decides where one does). */
  readonly rules: Readonly<Record<string, SeverityOrOff>>;
  /** Milliseconds to wait after the last keystroke before diagnostics are recomputed. */
  readonly diagnosticsDelay: number;
}

export const DEFAULT_SETTINGS: BilingualDocsSettings = { rules: {}, diagnosticsDelay: 150 };

export interface UnitProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

export interface UnitView {
  readonly index: number;
  readonly id: string;
  readonly sourceId: string | null;
  /** Raw target text, as in the file. */
  readonly target: string;
  /** Raw source text, as in the file; null when the unit has no lookup. */
  readonly source: string | null;
  readonly range: Range;
  readonly targetRange: Range;
  readonly sourceRange: Range | null;
  readonly untranslated: boolean;
  readonly problems: readonly UnitProblem[];
}

export interface DocumentSummary {
  readonly uri: string;
  /** The document version the summary was computed from. */
  readonly version: number;
  readonly hasMarkup: boolean;
  readonly title: string | null;
  readonly locale: string | null;
  readonly translationType: string | null;
  readonly unitCount: number;
  readonly problemCount: number;
  /** Problems counted by severity. */
  readonly problemsBySeverity: Readonly<Record<Severity, number>>;
}

/** `bilingualDocs/preview`: everything Preview Bilingual shows for a document. */
export const PreviewRequestMethod = 'bilingualDocs/preview';
export interface PreviewParams {
  readonly uri: string;
}
export interface PreviewResult {
  readonly summary: DocumentSummary;
  /** Whether the script direction of the locale is right to left (ar, he, fa, ur …). */
  readonly rightToLeft: boolean;
  readonly units: readonly UnitView[];
  /** Problems that belong to no unit (front matter, orphan lookups, stray tags). */
  readonly otherProblems: readonly UnitProblem[];
}

/** `bilingualDocs/unitAt`: the unit under a position, for "Show Source of Unit at Cursor" and the preview's cursor. */
export const UnitAtRequestMethod = 'bilingualDocs/unitAt';
export interface UnitAtParams {
  readonly uri: string;
  readonly position: Position;
}
export interface UnitAtResult {
  readonly unit: UnitView;
  readonly unitCount: number;
  readonly locale: string | null;
  readonly translationType: string | null;
  /** Which half the position is on. */
  readonly side: 'target' | 'source';
  /** The same Markdown the hover shows. */
  readonly markdown: string;
}

/** `bilingualDocs/status` (server → client notification): sent whenever a document's diagnostics are published. */
export const StatusNotificationMethod = 'bilingualDocs/status';
export type StatusParams = DocumentSummary;

/**
 * `bilingualDocs/lookupRanges`: where each unit's `sxs-lookup` half stands, for dimming the source in the editor.
 * Far smaller than the preview, which a large article would make the client ask for after every keystroke.
 */
export const LookupRangesRequestMethod = 'bilingualDocs/lookupRanges';
export interface LookupRangesParams {
  readonly uri: string;
}
export interface LookupRangesResult {
  /** The document version the ranges belong to. */
  readonly version: number;
  readonly ranges: readonly Range[];
}
