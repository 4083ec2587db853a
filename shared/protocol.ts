/**
 * The one place for what the extension, the language server and the webviews say to each other beyond standard
 * LSP, and for the settings they share. Requests and notifications are typed constants (`RequestType`,
 * `NotificationType`), so a method name is written once and its parameters and result are checked on both sides.
 * Methods are namespaced `bilingualDocs/…`. Webview pages import only the types of this module.
 *
 * Ranges follow one naming rule everywhere (protocol, CLI `segments`, client): `targetRange` and `sourceRange`
 * cover the inner text between a span's tags; `targetElementRange` and `lookupRange` cover the tags as well;
 * `unitRange` covers the whole unit.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** A place in a document: 0-based line, UTF-16 character (LSP). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

/** `bilingualDocs.*` settings as the client sends them (workspace configuration section `bilingualDocs`). */
export interface BilingualDocsSettings {
  /** Severity per rule code (`{"id-order": "off"}`); used where no `.bilingual-docs.json` applies. */
  readonly rules: Readonly<Record<string, SeverityOrOff>>;
  /** Milliseconds to wait after the last keystroke before diagnostics are recomputed. */
  readonly diagnosticsDelay: number;
  /** The user's own words for the spelling rule, by locale, language or `*` (`bilingualDocs.words`). */
  readonly words?: Readonly<Record<string, readonly string[]>>;
  /** Whether articles that are not open get the consistency rules' findings across files too. */
  readonly workspaceDiagnostics?: boolean;
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
  /** The whole unit, from the target's `<span` to the end of its lookup. */
  readonly unitRange: Range;
  /** The target's inner text, between its tags: where the cursor goes to edit the translation. */
  readonly targetRange: Range;
  /** The target span with its tags. */
  readonly targetElementRange: Range;
  /** The source's inner text; null when the unit has no lookup. */
  readonly sourceRange: Range | null;
  /** The `sxs-lookup` span with its tags; null when the unit has no lookup. */
  readonly lookupRange: Range | null;
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

export interface DocumentParams {
  readonly uri: string;
}

/** `bilingualDocs/preview`: everything Preview Bilingual shows for a document. */
export type PreviewParams = DocumentParams;
export interface PreviewResult {
  readonly summary: DocumentSummary;
  /** Whether the script direction of the locale is right to left (ar, he, fa, ur …). */
  readonly rightToLeft: boolean;
  readonly units: readonly UnitView[];
  /** Problems that belong to no unit (front matter, orphan lookups, stray tags). */
  readonly otherProblems: readonly UnitProblem[];
}
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('bilingualDocs/preview');

/** `bilingualDocs/unitAt`: the unit under a position, for "Show Source of Unit at Cursor" and the preview's cursor. */
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
export const UnitAtRequest = new RequestType<UnitAtParams, UnitAtResult | null, void>('bilingualDocs/unitAt');

/** `bilingualDocs/status` (server → client): sent whenever a document's diagnostics are published. */
export type StatusParams = DocumentSummary;
export const StatusNotification = new NotificationType<StatusParams>('bilingualDocs/status');

/**
 * `bilingualDocs/lookupRanges`: where each unit's `sxs-lookup` half stands, for dimming the source in the editor.
 * Far smaller than the preview, which a large article would make the client ask for after every keystroke.
 */
export type LookupRangesParams = DocumentParams;
export interface LookupRangesResult {
  /** The document version the ranges belong to. */
  readonly version: number;
  readonly ranges: readonly Range[];
}
export const LookupRangesRequest = new RequestType<LookupRangesParams, LookupRangesResult | null, void>(
  'bilingualDocs/lookupRanges',
);

// ---------------------------------------------------------------------------------------------------------------
// The Bilingual Editor: what the server computes for the grid, and what the grid and the extension say.

/**
 * A piece of a unit's text as the Bilingual Editor shows it. `text` pieces are what a translator types: their
 * `text` is `raw` with `&lt;`, `&gt;`, `&amp;` (and `&#92;`, `&#96;`, `&#93;`, which the editor writes for a typed
 * `\`, `` ` `` or `]` that would be markup) read as the characters they stand for. `markup` pieces (tags, other
 * character references, Markdown link syntax and destinations, emphasis markers, inline code, includes, line
 * breaks) are shown as protected tokens: moved or deleted whole, never typed into.
 * Joining every piece's `raw` gives the unit's text exactly as in the file.
 */
export type TextPiece =
  | { readonly kind: 'text'; readonly raw: string; readonly text: string }
  | { readonly kind: 'markup'; readonly raw: string; readonly role: MarkupRole };

/** What a markup piece is, for its look and its accessible name. */
export type MarkupRole = 'tag' | 'entity' | 'code' | 'link' | 'image' | 'emphasis' | 'include' | 'break' | 'other';

/** What the grid sends back for a committed target: its pieces in their new order. */
export type EditedPiece =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'markup'; readonly raw: string };

/** A quick fix the server offers for a problem of a unit, applied through the same edits as in the text editor. */
export interface UnitFix {
  readonly title: string;
  readonly edits: readonly { readonly range: Range; readonly newText: string }[];
}

export interface EditorProblem extends UnitProblem {
  readonly fixes: readonly UnitFix[];
  /**
   * The problem has more fixes, made only when asked for (a misspelled word's corrections, which cost a dictionary
   * search each): `bilingualDocs/editorUnitFixes` gives them for one unit.
   */
  readonly fixesOnRequest: boolean;
}

/** `bilingualDocs/editorUnitFixes`: every fix of each problem of one unit, those made on request included. */
export interface EditorUnitFixesParams extends DocumentParams {
  /** The document version the editor model was of; another version is answered with null. */
  readonly version: number;
  readonly unitIndex: number;
}
export interface EditorUnitFixesResult {
  readonly version: number;
  readonly unitIndex: number;
  /** Per problem of the unit, in the editor model's order: its fixes, the eager ones first. */
  readonly fixes: readonly (readonly UnitFix[])[];
}
export const EditorUnitFixesRequest = new RequestType<EditorUnitFixesParams, EditorUnitFixesResult | null, void>(
  'bilingualDocs/editorUnitFixes',
);

/** One unit as a row of the grid. */
export interface EditorUnitRow {
  readonly kind: 'unit';
  /** The unit's place in document order (its `index`). */
  readonly unitIndex: number;
  readonly id: string;
  readonly sourceId: string | null;
  /** The target's inner text (`targetRange`), in pieces. */
  readonly target: readonly TextPiece[];
  /** The source's inner text, in pieces; null when the unit has no lookup. */
  readonly source: readonly TextPiece[] | null;
  readonly targetRange: Range;
  readonly unitRange: Range;
  /** Null when the target can be edited; else why not (an unclosed target span, escaped markup…). */
  readonly readOnlyReason: string | null;
  readonly untranslated: boolean;
  readonly problems: readonly EditorProblem[];
  /** The Markdown that stands before the unit on its line (`##`, `1.`, `|`, `>`), when it is the line's first unit. */
  readonly linePrefix: string;
}

/** Article text around the units (headings without units, code blocks, front matter…), shown as a quiet row. */
export interface EditorContextRow {
  readonly kind: 'context';
  readonly block: 'frontMatter' | 'heading' | 'code' | 'table' | 'list' | 'quote' | 'text';
  /** The block's text, shortened for display. */
  readonly text: string;
  readonly range: Range;
}

export type EditorRow = EditorUnitRow | EditorContextRow;

export interface EditorCounts {
  readonly units: number;
  readonly untranslatedUnits: number;
  readonly unitsWithProblems: number;
  /** Counted as the CLI's JSON counts them. */
  readonly sourceWords: number;
  readonly targetWords: number;
}

/** `bilingualDocs/editorModel`: everything the Bilingual Editor shows for one version of a document. */
export type EditorModelParams = DocumentParams;
export interface EditorModelResult {
  readonly uri: string;
  readonly version: number;
  readonly hasMarkup: boolean;
  readonly locale: string | null;
  readonly translationType: string | null;
  readonly rightToLeft: boolean;
  readonly counts: EditorCounts;
  readonly rows: readonly EditorRow[];
  /** Problems that belong to no unit. */
  readonly otherProblems: readonly UnitProblem[];
}
export const EditorModelRequest = new RequestType<EditorModelParams, EditorModelResult | null, void>(
  'bilingualDocs/editorModel',
);

/** A problem as a grid row shows it: the fixes are named here and applied by the extension. */
export interface GridProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fixTitles: readonly string[];
  /**
   * Where the problem stands in the target's text pieces, when it lies wholly inside one text piece (a misspelled
   * or repeated word, a forbidden term): the piece's index and the UTF-16 offsets in its `text`, to underline.
   */
  readonly inTarget?: { readonly piece: number; readonly start: number; readonly end: number };
}

/** A unit row as the webview gets it: no ranges (the extension keeps them), nothing it could edit the file with. */
export interface GridUnitRow {
  readonly kind: 'unit';
  readonly unitIndex: number;
  readonly id: string;
  readonly target: readonly TextPiece[];
  readonly source: readonly TextPiece[] | null;
  readonly readOnlyReason: string | null;
  readonly untranslated: boolean;
  /** The target differs from what it was when the editor opened. */
  readonly edited: boolean;
  readonly problems: readonly GridProblem[];
  readonly linePrefix: string;
}

export interface GridContextRow {
  readonly kind: 'context';
  readonly block: EditorContextRow['block'];
  readonly text: string;
}

export type GridRow = GridUnitRow | GridContextRow;

export interface GridHeader {
  readonly fileName: string;
  readonly locale: string | null;
  readonly translationType: string | null;
  readonly rightToLeft: boolean;
  readonly counts: EditorCounts;
  readonly editedUnits: number;
  /** Problems of the article that belong to no unit, counted. */
  readonly otherProblems: number;
  /** Set when the document is not a bilingual article or the server could not read it. */
  readonly notice: string | null;
}

/** The grid's commands, sent by the extension when their (rebindable) keybindings or palette entries run. */
export type GridCommand =
  | 'commitAndNext'
  | 'commit'
  | 'cancelEdit'
  | 'nextProblem'
  | 'previousProblem'
  | 'nextUntranslated'
  | 'previousUntranslated'
  | 'copySourceToTarget'
  | 'find';

export type GridFilter = 'all' | 'untranslated' | 'problems' | 'edited';

/** Extension → Bilingual Editor webview. */
export type ToGridMessage =
  /** Every row anew: on open, and when units were added, removed or reordered. */
  | { readonly type: 'reset'; readonly version: number; readonly header: GridHeader; readonly rows: readonly GridRow[] }
  /** The rest of a long article's rows, right after a reset that carried its first ones (so they show at once). */
  | { readonly type: 'appendRows'; readonly version: number; readonly rows: readonly GridRow[] }
  /** Only the rows that changed, by their place in `rows`. */
  | {
      readonly type: 'patch';
      readonly version: number;
      readonly header: GridHeader;
      readonly changed: readonly { readonly position: number; readonly row: GridRow }[];
    }
  | { readonly type: 'command'; readonly command: GridCommand }
  | { readonly type: 'setFilter'; readonly filter: GridFilter }
  /** Focus this unit's target (after "reveal" from elsewhere). */
  | { readonly type: 'focusUnit'; readonly unitIndex: number }
  /** VS Code now sends the grid's keys (Enter, Escape, Ctrl+Enter) to the grid, or no longer does. */
  | { readonly type: 'keysReady'; readonly ready: boolean }
  /** A commit could not be written; the cell keeps what was typed. */
  | { readonly type: 'commitFailed'; readonly unitIndex: number; readonly reason: string };

/** Bilingual Editor webview → extension. */
export type FromGridMessage =
  | { readonly type: 'ready' }
  /**
   * Write a target: `baseTarget` is the raw target the cell started from, so an edit made meanwhile elsewhere is
   * never overwritten unseen.
   */
  | {
      readonly type: 'commit';
      readonly unitIndex: number;
      readonly id: string;
      readonly baseTarget: string;
      readonly pieces: readonly EditedPiece[];
    }
  | { readonly type: 'applyFix'; readonly unitIndex: number; readonly problem: number; readonly fix: number }
  /** Show the unit in the text editor. */
  | { readonly type: 'reveal'; readonly unitIndex: number }
  /** The unit whose target has the focus, for the commands that act on "the current unit". */
  | { readonly type: 'focused'; readonly unitIndex: number | null };

/**
 * The workspace's files, as the browser's language server reads them: a Web Worker has no file system, so the
 * server asks the client, which answers with `vscode.workspace.fs` (any scheme: `file:`, `vscode-remote:`,
 * `vscode-vfs:`…). The Node server reads `file:` URIs itself and asks only for the others.
 */
export type WorkspaceFileKind = 'file' | 'directory' | 'other';

export interface WorkspaceFileStat {
  readonly kind: WorkspaceFileKind;
  readonly size: number;
  /** Milliseconds since the epoch. */
  readonly mtime: number;
}

export interface WorkspaceDirectoryEntry {
  readonly name: string;
  /** A symbolic link is `other`: the workspace index does not follow links, on any file system. */
  readonly kind: WorkspaceFileKind;
}

export interface WorkspaceFileParams {
  readonly uri: string;
}

/** What is at the URI; null when nothing is. */
export const WorkspaceStatRequest = new RequestType<WorkspaceFileParams, WorkspaceFileStat | null, void>(
  'bilingualDocs/workspace/stat',
);
/** The entries of a folder; an error when it cannot be read. */
export const WorkspaceReadDirectoryRequest = new RequestType<WorkspaceFileParams, WorkspaceDirectoryEntry[], void>(
  'bilingualDocs/workspace/readDirectory',
);
/** A file's text, decoded as UTF-8; an error when it cannot be read. */
export const WorkspaceReadTextRequest = new RequestType<WorkspaceFileParams, string, void>(
  'bilingualDocs/workspace/readText',
);

/** How the report page is shown in a webview: its nonce and policy source, and the script that opens links. */
export interface ReportWebviewPage {
  readonly nonce: string;
  /** The webview's `cspSource`, allowed to serve the page's script. */
  readonly cspSource: string;
  readonly scriptUri: string;
}

/** `bilingualDocs/report`: the QA report of the articles under folders or files, as one HTML page. */
export interface ReportParams {
  /** Folders and files to report on; none means the workspace folders. */
  readonly uris: readonly string[];
  /** For a webview; without it the page stands alone, as `bilingual-docs report` writes it. */
  readonly webview?: ReportWebviewPage;
  /** The folder the page will be saved in: links to the articles are then relative to it, as the CLI's are. */
  readonly linksFrom?: string;
}
export interface ReportResult {
  readonly html: string;
  /** Markdown files looked at, and problems found. */
  readonly files: number;
  readonly problems: number;
}
export const ReportRequest = new RequestType<ReportParams, ReportResult | null, void>('bilingualDocs/report');

export interface DictionaryFileParams {
  /** A spelling dictionary's file name in the extension's `dist/dictionaries/` (`de.ptrie.gz`). */
  readonly fileName: string;
}

/**
 * A spelling dictionary's file, base64-encoded as it is stored (gzip): how the browser's server, which has no file
 * system, gets the dictionaries the extension ships. An error when there is no such file.
 */
export const DictionaryFileRequest = new RequestType<DictionaryFileParams, string, void>(
  'bilingualDocs/dictionary/read',
);
