/**
 * The rule catalog's findings as LSP diagnostics: stable code, configured severity, and a link to the rule's
 * documentation page.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { BilingualDocument } from '../core/model';
import type { Diagnostic as CheckDiagnostic, Severity } from '../core/rules/rule';
import type { BilingualDocsConfig } from '../core/config';
import { checkDocument } from '../core/check';
import type { SpellerLookup } from '../core/spelling/speller';
import type { CheckedDocument, ParsedDocument } from './types';

export const DIAGNOSTIC_SOURCE = 'bilingual-docs';

/** Where a rule's documentation page is, as a URI; undefined when there is no page to link. */
export type RuleDocumentationLink = (code: string) => string | undefined;

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3, hint: 4 };

export function checkParsedDocument(document: ParsedDocument, config: BilingualDocsConfig, spellers?: SpellerLookup): CheckedDocument {
  return { ...document, diagnostics: checkDocument(document.model, config, { spellers }) };
}

export function toLspDiagnostic(model: BilingualDocument, diagnostic: CheckDiagnostic, documentationLink: RuleDocumentationLink): Diagnostic {
  const href = documentationLink(diagnostic.code);
  return {
    range: model.lines.rangeOf(diagnostic.span),
    severity: LSP_SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    ...(href === undefined ? {} : { codeDescription: { href } }),
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
}

export function getDiagnostics(document: CheckedDocument, documentationLink: RuleDocumentationLink): Diagnostic[] {
  return document.diagnostics.map((diagnostic) => toLspDiagnostic(document.model, diagnostic, documentationLink));
}
