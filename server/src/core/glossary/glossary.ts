/**
 * A configuration's glossaries, compiled once per locale for the rules: which source terms a unit's source holds
 * (case-insensitive, on word boundaries, any whitespace between the words of a term), and whether a target
 * holds a term in some form (see inflection.ts).
 */
import type { TextSpan } from '../model';
import { isUnspacedLocale, spacedWordsOf, wordsOf, type Word } from '../rules/translation/words';
import { inflectionRuleFor, type InflectionRule } from './inflection';
import type { GlossaryEntry, GlossaryTarget } from './model';

/** A term as the words it is made of, lower-case. */
interface TermWords {
  readonly text: string;
  readonly words: readonly string[];
}

export interface SourceTerm {
  readonly entry: GlossaryEntry;
  readonly words: readonly string[];
  /** The preferred and admitted target terms for the locale. */
  readonly approved: readonly TargetTerm[];
  /** Whether the term stays as it is in this locale. */
  readonly doNotTranslate: boolean;
}

export interface TargetTerm extends TermWords {
  readonly entry: GlossaryEntry;
  readonly target: GlossaryTarget;
}

export interface TermMatch<T> {
  readonly term: T;
  /** Where the term stands in the text searched. */
  readonly span: TextSpan;
}

function termWords(text: string, locale: string): TermWords {
  return { text, words: wordsOf(text, locale).map((word) => word.text.toLowerCase()) };
}

function appliesTo(target: GlossaryTarget, locale: string): boolean {
  return target.locale === '' || target.locale === locale || locale.startsWith(`${target.locale}-`);
}

/** The word, and what it is the English plural of: `passwords` → `password`, `policies` → `policy`. */
function singularsOf(word: string): string[] {
  if (!word.endsWith('s') || word.length < 4) return [word];
  const singulars = [word, word.slice(0, -1)];
  if (word.endsWith('es')) singulars.push(word.slice(0, -2));
  if (word.endsWith('ies')) singulars.push(`${word.slice(0, -3)}y`);
  return singulars;
}

/** Whether the words from `index` on are the term's, its last word perhaps in the plural. */
function holdsTermAt(words: readonly string[], index: number, term: readonly string[]): boolean {
  if (index + term.length > words.length) return false;
  const last = term.length - 1;
  for (let offset = 0; offset < last; offset++) if (words[index + offset] !== term[offset]) return false;
  return singularsOf(words[index + last]!).includes(term[last]!);
}

interface WordBreaks {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
  readonly lower: string;
}

/** The words of a text, lower-case, with their places. */
export class TextWords {
  private byFirstLetter: Map<string, number[]> | undefined;
  private boundaries: WordBreaks | undefined;

  constructor(
    readonly text: string,
    readonly words: readonly Word[],
    readonly lower: readonly string[],
  ) {}

  /** Where words start with the letter (the first code unit): a term's first word is looked for there only. */
  startingWith(letter: string): readonly number[] {
    if (!this.byFirstLetter) {
      this.byFirstLetter = new Map();
      this.lower.forEach((word, index) => {
        const list = this.byFirstLetter!.get(word[0]!);
        if (list) list.push(index);
        else this.byFirstLetter!.set(word[0]!, [index]);
      });
    }
    return this.byFirstLetter.get(letter) ?? [];
  }

  /** Where words start and end (the segmenter's word breaks in scripts without spaces), and the text in lower case. */
  get wordBreaks(): WordBreaks {
    return (this.boundaries ??= {
      starts: new Set(this.words.map((word) => word.start)),
      ends: new Set(this.words.map((word) => word.end)),
      lower: this.text.toLowerCase(),
    });
  }
}

export function textWords(text: string, locale: string | undefined): TextWords {
  const words = locale === undefined ? spacedWordsOf(text) : wordsOf(text, locale);
  return new TextWords(text, words, words.map((word) => word.text.toLowerCase()));
}

/** The glossary of one locale: what the rules look for in its articles. */
export class LocaleGlossary {
  readonly sourceTerms: readonly SourceTerm[];
  readonly forbidden: readonly TargetTerm[];
  private readonly sourceByFirstWord = new Map<string, SourceTerm[]>();
  private readonly forbiddenByStart = new Map<string, TargetTerm[]>();
  readonly inflection: InflectionRule;
  private readonly unspaced: boolean;

  constructor(
    entries: readonly GlossaryEntry[],
    readonly locale: string,
  ) {
    this.inflection = inflectionRuleFor(locale);
    this.unspaced = isUnspacedLocale(locale);
    const sourceTerms: SourceTerm[] = [];
    const forbidden: TargetTerm[] = [];
    for (const entry of entries) {
      const targets = entry.targets.filter((target) => appliesTo(target, locale));
      if (targets.length === 0) continue;
      const approved = targets
        .filter((target) => target.status === 'preferred' || target.status === 'admitted')
        .map((target): TargetTerm => ({ ...termWords(target.term, locale), entry, target }));
      for (const target of targets) {
        if (target.status === 'forbidden') forbidden.push({ ...termWords(target.term, locale), entry, target });
      }
      const doNotTranslate = targets.some((target) => target.status === 'do-not-translate');
      const words = spacedWordsOf(entry.source).map((word) => word.text.toLowerCase());
      if (words.length === 0 || (approved.length === 0 && !doNotTranslate)) continue;
      sourceTerms.push({ entry, words, approved, doNotTranslate });
    }
    this.sourceTerms = sourceTerms;
    this.forbidden = forbidden.filter((term) => term.words.length > 0);
    for (const term of sourceTerms) {
      const first = term.words[0]!;
      const list = this.sourceByFirstWord.get(first) ?? [];
      list.push(term);
      this.sourceByFirstWord.set(first, list);
    }
    for (const term of this.forbidden) {
      const key = term.words[0]!.slice(0, 3);
      const list = this.forbiddenByStart.get(key) ?? [];
      list.push(term);
      this.forbiddenByStart.set(key, list);
    }
  }

  get isEmpty(): boolean {
    return this.sourceTerms.length === 0 && this.forbidden.length === 0;
  }

  /**
   * The source terms a source text holds, longest first where they overlap: `Azure Active Directory` and not also
   * `Active Directory` inside it. A term's last word may be in the plural (`passwords`, `policies`). Each term
   * once, at its first place.
   */
  sourceTermsIn(source: TextWords): TermMatch<SourceTerm>[] {
    const found: TermMatch<SourceTerm>[] = [];
    const seen = new Set<SourceTerm>();
    let coveredUntil = 0;
    for (let index = 0; index < source.lower.length; index++) {
      let longest: SourceTerm | undefined;
      for (const first of singularsOf(source.lower[index]!)) {
        for (const term of this.sourceByFirstWord.get(first) ?? []) {
          if (term.words.length <= (longest?.words.length ?? 0)) continue;
          if (holdsTermAt(source.lower, index, term.words)) longest = term;
        }
      }
      if (!longest) continue;
      const start = source.words[index]!.start;
      const end = source.words[index + longest.words.length - 1]!.end;
      if (start < coveredUntil) continue;
      coveredUntil = end;
      if (seen.has(longest)) continue;
      seen.add(longest);
      found.push({ term: longest, span: { start, end } });
    }
    return found;
  }

  /** Where the target text holds the term in some form, if it does. */
  findInTarget(term: TermWords, target: TextWords): TextSpan | undefined {
    if (this.unspaced) return this.findUnspaced(term.text.toLowerCase(), target);
    const count = term.words.length;
    const matchesAt = (index: number): boolean =>
      index + count <= target.lower.length &&
      term.words.every((word, offset) => this.inflection.matches(word, target.lower[index + offset]!));
    // Every rule but the particles' keeps a form's first letter, so only words starting with it can match.
    const starts = this.inflection.keepsFirstLetter ? target.startingWith(term.words[0]![0]!) : target.lower.keys();
    for (const index of starts) {
      if (matchesAt(index)) return { start: target.words[index]!.start, end: target.words[index + count - 1]!.end };
    }
    return undefined;
  }

  /** The forbidden terms a target text uses, each at each place. */
  forbiddenIn(target: TextWords): TermMatch<TargetTerm>[] {
    const found: TermMatch<TargetTerm>[] = [];
    if (this.forbidden.length === 0) return found;
    if (this.unspaced) {
      for (const term of this.forbidden) {
        const span = this.findUnspaced(term.text.toLowerCase(), target);
        if (span) found.push({ term, span });
      }
      return found;
    }
    for (let index = 0; index < target.lower.length; index++) {
      const word = target.lower[index]!;
      const candidates = new Set<TargetTerm>();
      for (let length = 1; length <= 3; length++) {
        for (const term of this.forbiddenByStart.get(word.slice(0, length)) ?? []) candidates.add(term);
      }
      for (const term of candidates) {
        const count = term.words.length;
        if (index + count > target.lower.length) continue;
        if (term.words.every((termWord, offset) => this.inflection.matches(termWord, target.lower[index + offset]!))) {
          found.push({ term, span: { start: target.words[index]!.start, end: target.words[index + count - 1]!.end } });
        }
      }
    }
    return found;
  }

  /** A term of a script without spaces, found where the segmenter puts word breaks on both sides. */
  private findUnspaced(term: string, target: TextWords): TextSpan | undefined {
    const { starts, ends, lower } = target.wordBreaks;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      if (starts.has(at) && ends.has(at + term.length)) return { start: at, end: at + term.length };
    }
    return undefined;
  }

  private knownWordList: string[] | undefined;

  /** Every word of the terms of this locale, for the spelling rule to accept; made once. */
  knownWords(): string[] {
    return (this.knownWordList ??= this.termWordList());
  }

  private termWordList(): string[] {
    const words = new Set<string>();
    for (const term of this.sourceTerms) {
      for (const word of spacedWordsOf(term.entry.source)) words.add(word.text);
      for (const target of term.approved) for (const word of wordsOf(target.text, this.locale)) words.add(word.text);
    }
    for (const term of this.forbidden) for (const word of wordsOf(term.text, this.locale)) words.add(word.text);
    return [...words];
  }
}

/** The glossaries of a configuration, compiled per locale when a locale is first asked for. */
export class Glossary {
  private readonly byLocale = new Map<string, LocaleGlossary>();

  constructor(readonly entries: readonly GlossaryEntry[]) {}

  /** The compiled glossary of a lower-case locale. */
  forLocale(locale: string): LocaleGlossary {
    let compiled = this.byLocale.get(locale);
    if (!compiled) {
      compiled = new LocaleGlossary(this.entries, locale);
      this.byLocale.set(locale, compiled);
    }
    return compiled;
  }
}
