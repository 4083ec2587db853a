import type { Finding, Fix, Rule } from '../rule';
import type { TargetTerm } from '../../glossary/glossary';
import type { TextSpan } from '../../model';
import { shift, unitPairs } from '../translation/unitText';
import { proseWords, quoted } from './glossaryText';

/** The preferred translation keeps the capital of the word it replaces at the start of a sentence. */
function capitalizedLike(found: string, replacement: string): string {
  const first = found[0] ?? '';
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

function replaceFixes(term: TargetTerm, span: TextSpan, found: string): Fix[] {
  const preferred = term.entry.targets.filter(
    (target) => target.status === 'preferred' && (target.locale === term.target.locale || target.locale === ''),
  );
  return preferred.map((target, index) => ({
    title: `Replace with ${quoted(capitalizedLike(found, target.term))}`,
    safe: false,
    ...(index === 0 ? { preferred: true } : {}),
    edits: [{ span, newText: capitalizedLike(found, target.term) }],
  }));
}

export const forbiddenTerm: Rule = {
  code: 'forbidden-term',
  name: 'Forbidden term',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a term in a unit\'s target that the configured glossaries mark as forbidden for the article\'s ' +
    'locale (`forbidden` in CSV and TSV, `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts` in TBX), in any ' +
    'inflected form. A deprecated term is one the product or the style guide has replaced; the fix replaces it ' +
    'with the entry\'s preferred translation.',
  check(document, context) {
    const findings: Finding[] = [];
    const glossary = context.glossary;
    if (!glossary || glossary.forbidden.length === 0) return findings;
    for (const pair of unitPairs(document)) {
      const prose = pair.targetProse;
      for (const { term, span } of glossary.forbiddenIn(proseWords(prose, context.locale))) {
        const at = shift(prose.spanOf(span.start, span.end), pair.unit.target.start);
        const found = document.text.slice(at.start, at.end);
        const fixes = replaceFixes(term, at, found);
        const preferred = fixes.map((fix) => quoted(fix.edits[0]!.newText));
        const instead = preferred.length > 0 ? `; use ${preferred.join(' or ')}` : '';
        findings.push({
          message:
            `${quoted(found)} is a forbidden translation of ${quoted(term.entry.source)}${instead} ` +
            `(glossary ${term.entry.file}).`,
          span: at,
          unitIndex: pair.unit.index,
          ...(fixes.length > 0 ? { fixes } : {}),
        });
      }
    }
    return findings;
  },
};
