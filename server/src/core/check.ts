/** Runs the rule catalog over a parsed document with a configuration: the one checker behind editor and CLI. */
import type { BilingualDocument } from './model';
import { wordsForLocale, type BilingualDocsConfig } from './config';
import type { SpellerLookup } from './spelling/speller';
import type { Diagnostic, RuleContext, Severity } from './rules/rule';
import { KNOWN_RULE_CODES, RULES } from './rules';
import { readSuppressions } from './suppressions';
import { suppressionFindings, suppressionInvalid } from './rules/suppression/suppressionInvalid';

export interface CheckOptions {
  /**
   * The dictionaries loaded so far. Loading is the host's business (asynchronous, perhaps in a worker), so the
   * check stays synchronous: a locale whose dictionary is not loaded yet is simply not spell-checked.
   */
  readonly spellers?: SpellerLookup;
  /** The index of the locale's units of every document checked together, with this document's key in it. */
  readonly acrossDocuments?: RuleContext['acrossDocuments'];
  /** Leaves out the rules that compare units with each other, for a caller that runs them over many documents. */
  readonly skipAcrossUnits?: boolean;
}

/** The rules that read the spelling dictionary; with all of them off, no dictionary needs loading. */
const SPELLER_RULES = ['spelling', 'split-compound'];

export function usesSpeller(config: BilingualDocsConfig): boolean {
  return SPELLER_RULES.some((code) => config.rules[code] !== 'off');
}

export function checkDocument(
  document: BilingualDocument,
  config: BilingualDocsConfig,
  options: CheckOptions = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!document.hasMarkup) return diagnostics;
  const suppressions = readSuppressions(document, KNOWN_RULE_CODES);
  const locale = document.locale?.toLowerCase();
  const speller = locale !== undefined && usesSpeller(config) ? options.spellers?.(locale) : undefined;
  const glossary = locale !== undefined ? config.glossary?.forLocale(locale) : undefined;
  // Glossary terms are words of the trade: the spelling rule takes them as known.
  const words = (): string[] => [...wordsForLocale(config, locale), ...(glossary?.knownWords() ?? [])];
  const context: RuleContext = {
    knownRuleCodes: KNOWN_RULE_CODES,
    locale,
    ...(speller && locale !== undefined ? { speller, words: words() } : {}),
    ...(glossary && !glossary.isEmpty ? { glossary } : {}),
    ...(options.acrossDocuments ? { acrossDocuments: options.acrossDocuments } : {}),
  };
  if (!suppressions.disabledInFile.has('*')) {
    for (const rule of RULES) {
      if ((options.skipAcrossUnits && rule.acrossUnits) || rule === suppressionInvalid) continue;
      const configured = config.rules[rule.code] ?? rule.defaultSeverity;
      if (configured === 'off' || suppressions.disabledInFile.has(rule.code)) continue;
      const severity: Severity = configured;
      for (const finding of rule.check(document, context)) {
        const diagnostic = { ...finding, code: rule.code, severity };
        if (suppressions.isEmpty || !suppressions.suppresses(diagnostic)) diagnostics.push(diagnostic);
      }
    }
  }
  // The comments are read once, above; what is wrong with them is never itself suppressed by a comment.
  const suppressionSeverity = config.rules[suppressionInvalid.code] ?? suppressionInvalid.defaultSeverity;
  if (suppressionSeverity !== 'off') {
    for (const finding of suppressionFindings(suppressions.problems)) {
      diagnostics.push({ ...finding, code: suppressionInvalid.code, severity: suppressionSeverity });
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return diagnostics;
}
