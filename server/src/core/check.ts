/** Runs the rule catalog over a parsed document with a configuration: the one checker behind editor and CLI. */
import type { BilingualDocument } from './model';
import type { BilingualDocsConfig } from './config';
import type { Diagnostic, Severity } from './rules/rule';
import { RULES } from './rules';

export function checkDocument(document: BilingualDocument, config: BilingualDocsConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!document.hasMarkup) return diagnostics;
  const context = { locale: document.locale?.toLowerCase() };
  for (const rule of RULES) {
    const configured = config.rules[rule.code] ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    const severity: Severity = configured;
    for (const finding of rule.check(document, context)) diagnostics.push({ ...finding, code: rule.code, severity });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return diagnostics;
}
