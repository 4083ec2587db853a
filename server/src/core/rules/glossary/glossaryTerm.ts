import type { Finding, Rule } from '../rule';
import { targetLocation, unitPairs } from '../translation/unitText';
import { alternatives, proseWords, quoted, sourceTermLocation, sourceTermsOf } from './glossaryText';

export const glossaryTerm: Rule = {
  code: 'glossary-term',
  name: 'Glossary term not translated as approved',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose source holds a term of the configured glossaries (`"glossaries"` of ' +
    '`.bilingual-docs.json`) while its target holds none of the term\'s approved translations (preferred or ' +
    'admitted) for the article\'s locale. Source terms match without regard to case, on word boundaries, their ' +
    'last word in the plural too (`passwords`); in languages that inflect, a target term matches in its ' +
    'inflected forms too (Estonian `parooli`, Finnish `salasanan`, Russian `пароля`). Terminology that drifts ' +
    'from the glossary confuses readers and breaks search.',
  check(document, context) {
    const findings: Finding[] = [];
    const glossary = context.glossary;
    if (!glossary || glossary.sourceTerms.length === 0) return findings;
    for (const pair of unitPairs(document)) {
      const terms = sourceTermsOf(pair, glossary).filter(({ term }) => term.approved.length > 0);
      if (terms.length === 0) continue;
      const target = proseWords(pair.targetProse, context.locale);
      for (const match of terms) {
        const { term } = match;
        if (term.approved.some((approved) => glossary.findInTarget(approved, target))) continue;
        const expected = alternatives(term.approved.map((approved) => approved.text));
        findings.push({
          message: `${quoted(term.entry.source)} should be translated as ${expected} (glossary ${term.entry.file}).`,
          span: targetLocation(pair.unit),
          unitIndex: pair.unit.index,
          related: [sourceTermLocation(match, `${quoted(term.entry.source)} in the source`)],
        });
      }
    }
    return findings;
  },
};
