/**
 * When a word of a target text is a form of a glossary term's word. Glossaries list a term's base form; languages
 * that inflect write it with endings (Estonian `parool` → `parooli`, `paroolide`; Finnish `salasana` →
 * `salasanan`; Russian `пароль` → `пароля`; Polish `hasło` → `hasła`), and Arabic and Hebrew write particles in
 * front of it (`ال`, `و`, `ב`, `ה`). The parameters are measured on the corpus: see docs/rules/glossary-term.md.
 */
import { isUnspacedLocale } from '../rules/translation/words';

export interface InflectionRule {
  /** How the rule reads, for the docs and for tests. */
  readonly name: string;
  /** Whether `word` is a form of `termWord`; both lower-case. */
  matches(termWord: string, word: string): boolean;
  /** Whether every form starts with the base form's first letter. */
  readonly keepsFirstLetter: boolean;
}

/**
 * Languages that inflect with endings, where the last letters of the base form may change too (Russian `ь`,
 * Finnish and Estonian stem changes such as `võti` → `võtme`): Finnic, Hungarian, Turkish, Baltic, Slavic, Greek,
 * and Korean, whose particles are written on the word.
 */
const SUFFIXING: ReadonlySet<string> = new Set([
  ...['et', 'fi', 'hu', 'tr', 'lv', 'lt', 'el', 'ko'],
  ...['ru', 'uk', 'be', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk'],
]);
/** Languages that write particles (and, the article, prepositions) in front of a word. */
const PROCLITIC: ReadonlySet<string> = new Set(['ar', 'he']);

/** How many last letters of a base form may change in an inflected form. */
export const CHANGED_LETTERS = 2;
/** How many letters an inflected form may have beyond what it keeps of the base form. */
export const ADDED_LETTERS = 5;
/** A base form keeps at least this many letters in every form, so short words never match by a letter or two. */
export const KEPT_LETTERS = 4;

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * The rule of the languages that inflect with endings, with its parameters (bench/glossary.ts measures others):
 * up to `changed` last letters of the base form may change (1 in a word of up to 4 letters, where more would
 * leave too little to tell words apart; `changed + 1` in one of 10 or more), keeping at least `keptAtLeast` (all
 * but one in a shorter word), and up to `added` letters may follow what is kept.
 */
export function suffixRule(changed: number, added: number, keptAtLeast: number): InflectionRule {
  const changeable = (length: number): number => {
    if (length <= 4) return Math.min(1, changed);
    return length >= 10 ? changed + 1 : changed;
  };
  return {
    name: `the base form with its last ${changed} letters changed or not and up to ${added} letters after what is kept`,
    keepsFirstLetter: true,
    matches(termWord, word) {
      if (word === termWord) return true;
      // A word of one or two letters (`C`, `IT`) has no ending to tell: it matches only as it is.
      if (termWord.length <= 2) return false;
      const kept = commonPrefixLength(termWord, word);
      const length = termWord.length;
      const mustKeep = Math.max(length - changeable(length), Math.min(length - 1, keptAtLeast));
      return kept >= mustKeep && word.length - kept <= added;
    },
  };
}

export const SUFFIX_RULE = suffixRule(CHANGED_LETTERS, ADDED_LETTERS, KEPT_LETTERS);

/** Arabic: conjunctions, prepositions and the article, alone or together (`وال`, `بال`, `لل`). */
const ARABIC_PROCLITICS = ['', 'ال', 'و', 'ف', 'ب', 'ك', 'ل', 'وال', 'فال', 'بال', 'كال', 'لل'].concat(
  ['وب', 'ول', 'وبال', 'ولل'],
);
/** Hebrew: `ו`, `ה`, `ב`, `כ`, `ל`, `מ`, `ש` and their usual pairs. */
const HEBREW_PROCLITICS = ['', 'ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש', 'וה', 'וב', 'ול', 'ומ', 'וש'].concat(
  ['שה', 'שב', 'של', 'מה'],
);
/** Endings written on a word in both languages (plural, feminine, possessive) are short. */
const SEMITIC_ENDING = 2;

function procliticRule(proclitics: readonly string[]): InflectionRule {
  return {
    name: `the base form after a particle (${proclitics.join(' ')}), up to ${SEMITIC_ENDING} letters added`,
    keepsFirstLetter: false,
    matches(termWord, word) {
      for (const particle of proclitics) {
        if (!word.startsWith(particle)) continue;
        const rest = word.slice(particle.length);
        if (rest.startsWith(termWord) && rest.length - termWord.length <= SEMITIC_ENDING) return true;
      }
      return false;
    },
  };
}

/** Other languages add at most a short ending for a plural or a case: `clé` → `clés`, `Mandant` → `Mandanten`. */
const SHORT_ENDING = 2;

export const ENDING_RULE: InflectionRule = {
  name: `the base form, with up to ${SHORT_ENDING} letters added`,
  keepsFirstLetter: true,
  matches(termWord, word) {
    return word.startsWith(termWord) && word.length - termWord.length <= SHORT_ENDING;
  },
};

export const EXACT_RULE: InflectionRule = {
  name: 'the base form only',
  keepsFirstLetter: true,
  matches: (termWord, word) => termWord === word,
};

const ARABIC_RULE = procliticRule(ARABIC_PROCLITICS);
const HEBREW_RULE = procliticRule(HEBREW_PROCLITICS);

/**
 * The rule for a lower-case locale (`et-ee`); English, and the scripts matched without word breaks, take words as
 * they are.
 */
export function inflectionRuleFor(locale: string): InflectionRule {
  const language = locale.split('-')[0]!;
  if (SUFFIXING.has(language)) return SUFFIX_RULE;
  if (language === 'ar') return ARABIC_RULE;
  if (language === 'he') return HEBREW_RULE;
  if (language === 'en' || isUnspacedLocale(locale) || PROCLITIC.has(language)) return EXACT_RULE;
  return ENDING_RULE;
}
