import type { Finding, Rule } from '../rule';
import { isWordCode } from '../translation/prose';
import { targetLocation, unitPairs } from '../translation/unitText';
import { quoted, sourceTermLocation, sourceTermsOf } from './glossaryText';

/**
 * Whether the text holds the term as written, starting a word. Whatever follows may be an ending the language
 * writes on a kept name (`Azure'i`, `Azuren`, `Azure-ban`), so only the start is a boundary.
 */
export function holdsVerbatim(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !isWordCode(text.charCodeAt(at - 1)) || !isWordCode(term.charCodeAt(0))) return true;
  }
  return false;
}

export const doNotTranslate: Rule = {
  code: 'do-not-translate',
  name: 'Do-not-translate term changed',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose source holds a term that the configured glossaries mark as not to be translated ' +
    '(`do-not-translate` in CSV and TSV, a `doNotTranslate` mark in TBX), written as the glossary writes it, case ' +
    'included, while its target does not hold the term exactly so. Endings written on the kept term (`Azure\'i`, ' +
    '`Azuren`) are fine. Product and feature names stay as they are in every language.',
  check(document, context) {
    const findings: Finding[] = [];
    const glossary = context.glossary;
    if (!glossary || glossary.sourceTerms.length === 0) return findings;
    for (const pair of unitPairs(document)) {
      for (const match of sourceTermsOf(pair, glossary)) {
        const { term } = match;
        if (!term.doNotTranslate || holdsVerbatim(pair.target, term.entry.source)) continue;
        // A name is kept as it is written: "Warehouse Management" (the app) is kept, "Warehouse management" (the
        // module) is translated.
        const written = document.text.slice(match.span.start, match.span.end).replace(/\s+/g, ' ');
        if (!holdsVerbatim(written, term.entry.source)) continue;
        findings.push({
          message:
            `${quoted(term.entry.source)} must stay as it is in the target: it is not to be translated ` +
            `(glossary ${term.entry.file}).`,
          span: targetLocation(pair.unit),
          unitIndex: pair.unit.index,
          related: [sourceTermLocation(match, `${quoted(term.entry.source)} in the source`)],
        });
      }
    }
    return findings;
  },
};
