/**
 * What every feature of the language service receives: a parsed document with its identity, and a way to be
 * told to stop. Nothing here depends on a connection, so the features run the same in tests and in the server.
 */
import type { BilingualDocument } from '../core/model';
import type { Diagnostic as CheckDiagnostic } from '../core/rules/rule';

/** The part of a cancellation token the features read (structurally the LSP `CancellationToken`). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };

/** One version of an open (or indexed) document, parsed once. */
export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly model: BilingualDocument;
}

/** A parsed document with the findings of the rule catalog under its configuration. */
export interface CheckedDocument extends ParsedDocument {
  readonly diagnostics: readonly CheckDiagnostic[];
}
