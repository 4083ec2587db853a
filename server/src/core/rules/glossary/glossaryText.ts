/** What the glossary rules share: the words of a unit's prose, read once per text and locale. */
import type { LocaleGlossary, SourceTerm, TermMatch, TextWords } from '../../glossary/glossary';
import { textWords } from '../../glossary/glossary';
import type { RelatedLocation } from '../rule';
import type { Prose } from '../translation/prose';
import type { UnitPair } from '../translation/unitText';
import { shift } from '../translation/unitText';

const wordsByProse = new WeakMap<Prose, { locale: string | undefined; words: TextWords }>();

/** The words of a prose text in a locale (the segmenter's for scripts without spaces), kept with the prose. */
export function proseWords(prose: Prose, locale: string | undefined): TextWords {
  const kept = wordsByProse.get(prose);
  if (kept && kept.locale === locale) return kept.words;
  const words = textWords(prose.text, locale);
  wordsByProse.set(prose, { locale, words });
  return words;
}

type SourceTermMatch = TermMatch<SourceTerm>;

const termsByPair = new WeakMap<UnitPair, { glossary: LocaleGlossary; terms: readonly SourceTermMatch[] }>();

/**
 * The source terms of the glossary that the unit's source holds, with their places in the document; found once
 * per unit for the rules that ask.
 */
export function sourceTermsOf(pair: UnitPair, glossary: LocaleGlossary): readonly SourceTermMatch[] {
  const kept = termsByPair.get(pair);
  if (kept && kept.glossary === glossary) return kept.terms;
  const prose = pair.sourceProse;
  const sourceStart = pair.unit.lookup!.source.start;
  const terms = glossary.sourceTermsIn(proseWords(prose, 'en')).map(({ term, span }) => ({
    term,
    span: shift(prose.spanOf(span.start, span.end), sourceStart),
  }));
  termsByPair.set(pair, { glossary, terms });
  return terms;
}

/** `'tenant'` → `"tenant"`. */
export function quoted(term: string): string {
  return `"${term}"`;
}

/** A list of terms for a message: `"rentnik" or "üürnik"`. */
export function alternatives(terms: readonly string[]): string {
  const unique = [...new Set(terms)].map(quoted);
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

/** The source term's place, for the finding's related locations. */
export function sourceTermLocation(match: TermMatch<unknown>, message: string): RelatedLocation {
  return { span: match.span, message };
}
