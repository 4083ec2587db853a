/**
 * The language service: every editor feature over the parsed model, with no connection and no file system. It
 * receives what it needs from its environment, so the server, the tests and any other host use it alike.
 */
import type { SpellerLookup } from '../core/spelling/speller';
import type {
  CodeAction,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  SymbolInformation,
} from 'vscode-languageserver-types';
import type { BilingualDocsConfig } from '../core/config';
import type { RecordedFinding } from '../core/consistencyRecord';
import type {
  DocumentSummary,
  EditorModelResult,
  EditorUnitFixesResult,
  LookupRangesResult,
  PreviewResult,
  UnitAtResult,
} from '../../../shared/protocol';
import { getCodeActions, type CodeActionRequest } from './codeActions';
import { getDefinition } from './definition';
import {
  checkParsedDocument,
  getDiagnostics,
  getRecordedDiagnostics,
  type AcrossDocuments,
  type DiagnosticsOptions,
  type RuleDocumentationLink,
} from './diagnostics';
import { getDocumentHighlights } from './documentHighlights';
import { getDocumentSymbols } from './documentSymbols';
import { getEditorModel, getEditorUnitFixes } from './editorModel';
import { getHover } from './hover';
import { getPreview } from './preview';
import { getLookupRanges } from './lookupRanges';
import { getSummary } from './summary';
import { getUnitAt } from './unitAtRequest';
import { findWorkspaceSymbols, type IndexedFile } from './workspaceSymbols';
import { NEVER_CANCELLED, type Cancellation, type CheckedDocument, type ParsedDocument } from './types';

export type { Cancellation, CheckedDocument, ParsedDocument } from './types';
export type { CodeActionRequest } from './codeActions';
export type { IndexedFile, IndexedUnit } from './workspaceSymbols';
export type { AcrossDocuments, DiagnosticsOptions, RelatedRangeOf, RuleDocumentationLink } from './diagnostics';
export { FIX_ALL_KIND, QUICK_FIX_KIND } from './codeActions';
export { DIAGNOSTIC_SOURCE } from './diagnostics';
export { indexUnits, scanUnits } from './workspaceSymbols';
export { NEVER_CANCELLED } from './types';

export interface LanguageServiceEnvironment {
  /** Links each diagnostic's code to its rule's page (`diagnostic.codeDescription.href`). */
  readonly ruleDocumentationLink: RuleDocumentationLink;
  /** The dictionaries loaded so far; without it nothing is spell-checked. */
  readonly spellers?: SpellerLookup;
}

export interface LanguageService {
  /** Runs the rule catalog under a configuration; every feature that shows problems reads the result. */
  /** `acrossDocuments`: the locale's index the document is in, so the consistency rules compare across documents. */
  check(document: ParsedDocument, config: BilingualDocsConfig, acrossDocuments?: AcrossDocuments): CheckedDocument;
  getDiagnostics(document: CheckedDocument, options?: DiagnosticsOptions): Diagnostic[];
  /** The consistency findings of a document that is not open, as diagnostics. */
  getRecordedDiagnostics(uri: string, findings: readonly RecordedFinding[], options?: DiagnosticsOptions): Diagnostic[];
  getHover(document: ParsedDocument, position: Position, token?: Cancellation): Hover | null;
  getUnitAt(document: CheckedDocument, position: Position, token?: Cancellation): UnitAtResult | null;
  getCodeActions(document: CheckedDocument, request: CodeActionRequest, token?: Cancellation): CodeAction[];
  getDocumentSymbols(document: ParsedDocument, token?: Cancellation): DocumentSymbol[];
  getDefinition(document: ParsedDocument, position: Position, token?: Cancellation): Location[];
  getDocumentHighlights(document: ParsedDocument, position: Position, token?: Cancellation): DocumentHighlight[];
  findWorkspaceSymbols(query: string, files: Iterable<IndexedFile>, token?: Cancellation): SymbolInformation[];
  getPreview(document: CheckedDocument, token?: Cancellation): PreviewResult | null;
  getLookupRanges(document: ParsedDocument, token?: Cancellation): LookupRangesResult | null;
  getSummary(document: CheckedDocument): DocumentSummary;
  /** Everything the Bilingual Editor shows: rows in document order, counts, problems with their quick fixes. */
  getEditorModel(document: CheckedDocument, token?: Cancellation): EditorModelResult | null;
  /** Every fix of each problem of one unit, those made on request (spelling corrections) included. */
  getEditorUnitFixes(document: CheckedDocument, unitIndex: number): EditorUnitFixesResult;
}

export function createLanguageService(environment: LanguageServiceEnvironment): LanguageService {
  const link = environment.ruleDocumentationLink;
  return {
    check: (document, config, acrossDocuments) =>
      checkParsedDocument(document, config, environment.spellers, acrossDocuments),
    getDiagnostics: (document, options) => getDiagnostics(document, link, options),
    getRecordedDiagnostics: (uri, findings, options) => getRecordedDiagnostics(uri, findings, link, options),
    getHover: (document, position, token = NEVER_CANCELLED) => getHover(document, position, token),
    getUnitAt: (document, position, token = NEVER_CANCELLED) => getUnitAt(document, position, token),
    getCodeActions: (document, request, token = NEVER_CANCELLED) => getCodeActions(document, request, link, token),
    getDocumentSymbols: (document, token = NEVER_CANCELLED) => getDocumentSymbols(document, token),
    getDefinition: (document, position, token = NEVER_CANCELLED) => getDefinition(document, position, token),
    getDocumentHighlights: (document, position, token = NEVER_CANCELLED) =>
      getDocumentHighlights(document, position, token),
    findWorkspaceSymbols: (query, files, token = NEVER_CANCELLED) => findWorkspaceSymbols(query, files, token),
    getPreview: (document, token = NEVER_CANCELLED) => getPreview(document, token),
    getLookupRanges: (document, token = NEVER_CANCELLED) => getLookupRanges(document, token),
    getSummary,
    getEditorModel: (document, token = NEVER_CANCELLED) => getEditorModel(document, token),
    getEditorUnitFixes,
  };
}
