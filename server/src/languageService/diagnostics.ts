/**
 * The rule catalog's findings as LSP diagnostics: stable code, configured severity, and a link to the rule's
 * documentation page.
 */
import * as l10n from '@vscode/l10n';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { BilingualDocument } from '../core/model';
import type { Diagnostic as CheckDiagnostic, RelatedLocation, Severity } from '../core/rules/rule';
import type { RecordedFinding } from '../core/consistencyRecord';
import type { BilingualDocsConfig } from '../core/config';
import { checkDocument, type CheckOptions } from '../core/check';
import type { SpellerLookup } from '../core/spelling/speller';
import type { CheckedDocument, ParsedDocument } from './types';

export const DIAGNOSTIC_SOURCE = 'bilingual-docs';

/** Where a rule's documentation page is, as a URI; undefined when there is no page to link. */
export type RuleDocumentationLink = (code: string) => string | undefined;

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The index of the locale's units the document is in, under `key`, for the rules that compare units. */
export type AcrossDocuments = NonNullable<CheckOptions['acrossDocuments']>;

export function checkParsedDocument(
  document: ParsedDocument,
  config: BilingualDocsConfig,
  spellers?: SpellerLookup,
  acrossDocuments?: AcrossDocuments,
): CheckedDocument {
  return { ...document, diagnostics: checkDocument(document.model, config, { spellers, acrossDocuments }) };
}

/** Where another document's unit is (by the document's URI and the unit's index); undefined when unknown. */
export type RelatedRangeOf = (document: string, unitIndex: number) => Range | undefined;

export interface DiagnosticsOptions {
  /** Whether the client shows related information (`relatedInformation` capability). */
  readonly relatedInformation?: boolean;
  /** Where the units of other documents are, for related information pointing into them. */
  readonly relatedRange?: RelatedRangeOf;
}

/** A URI's last segment, decoded where it can be: how a file is named in a message. */
function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Files named in a message, at most; the related information lists every place. */
const FILES_NAMED = 3;

/** " In other files: a.md, b.md." for a finding that compares with units of other documents; else nothing. */
function otherFilesNote(documents: readonly (string | undefined)[], own?: string): string {
  const isOther = (document: string | undefined): document is string => document !== undefined && document !== own;
  const others = [...new Set(documents.filter(isOther))];
  if (others.length === 0) return '';
  const named = others.slice(0, FILES_NAMED).map(fileNameOf).join(', ');
  const files = others.length > FILES_NAMED ? l10n.t('{0} and {1} more', named, others.length - FILES_NAMED) : named;
  const count = others.length;
  const note = count === 1 ? l10n.t('In another file: {0}.', files) : l10n.t('In {0} other files: {1}.', count, files);
  return ` ${note}`;
}

export function toLspDiagnostic(
  model: BilingualDocument,
  diagnostic: CheckDiagnostic,
  documentationLink: RuleDocumentationLink,
): Diagnostic {
  const href = documentationLink(diagnostic.code);
  const note = diagnostic.related ? otherFilesNote(diagnostic.related.map((related) => related.document)) : '';
  return {
    range: model.lines.rangeOf(diagnostic.span),
    severity: LSP_SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    ...(href === undefined ? {} : { codeDescription: { href } }),
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message + note,
  };
}

function relatedInformationOf(
  document: CheckedDocument,
  related: readonly RelatedLocation[],
  relatedRange: RelatedRangeOf | undefined,
): DiagnosticRelatedInformation[] {
  const information: DiagnosticRelatedInformation[] = [];
  for (const place of related) {
    if (place.document === undefined) {
      const range = document.model.lines.rangeOf(place.span);
      information.push({ location: { uri: document.uri, range }, message: place.message });
      continue;
    }
    const range = place.unitIndex === undefined ? undefined : relatedRange?.(place.document, place.unitIndex);
    if (range) information.push({ location: { uri: place.document, range }, message: place.message });
  }
  return information;
}

export function getDiagnostics(
  document: CheckedDocument,
  documentationLink: RuleDocumentationLink,
  options: DiagnosticsOptions = {},
): Diagnostic[] {
  return document.diagnostics.map((diagnostic) => {
    const lsp = toLspDiagnostic(document.model, diagnostic, documentationLink);
    if (!options.relatedInformation || !diagnostic.related) return lsp;
    const relatedInformation = relatedInformationOf(document, diagnostic.related, options.relatedRange);
    return relatedInformation.length > 0 ? { ...lsp, relatedInformation } : lsp;
  });
}

/**
 * The consistency findings of a document that is not open (see `recordedFindings`), as the diagnostics an open
 * one would get for them.
 */
export function getRecordedDiagnostics(
  uri: string,
  findings: readonly RecordedFinding[],
  documentationLink: RuleDocumentationLink,
  options: DiagnosticsOptions = {},
): Diagnostic[] {
  return findings.map((finding) => {
    const href = documentationLink(finding.code);
    const relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        location: { uri: related.document, range: related.range },
        message: related.message,
      }),
    );
    return {
      range: finding.range,
      severity: LSP_SEVERITY[finding.severity],
      code: finding.code,
      ...(href === undefined ? {} : { codeDescription: { href } }),
      source: DIAGNOSTIC_SOURCE,
      message: finding.message + otherFilesNote(finding.related.map((related) => related.document), uri),
      ...(options.relatedInformation && relatedInformation.length > 0 ? { relatedInformation } : {}),
    };
  });
}
