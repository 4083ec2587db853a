/**
 * Which locales have a dictionary, and which file holds it: packed tries (packedTrie.ts), one per language, made by
 * scripts/dictionaries.mjs from the `@cspell/dict-*` packages, and Hunspell dictionaries as they ship in the
 * `dictionary-*` packages for the languages cspell has none for; docs/rules/spelling.md says why these.
 */
export const DICTIONARY_LANGUAGES: readonly string[] = [
  'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'gl', 'it', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt-br', 'pt-pt',
  'ro', 'ru', 'sk', 'sv', 'tr', 'uk', 'vi',
];

/** Languages checked by the Hunspell engine (hunspellSpeller.ts) over `<language>.aff.gz` and `<language>.dic.gz`. */
const HUNSPELL_LANGUAGES: ReadonlySet<string> = new Set(['el', 'et', 'lv']);

export function isHunspellLanguage(language: string): boolean {
  return HUNSPELL_LANGUAGES.has(language);
}

export function hunspellFileNames(language: string): { aff: string; dic: string } {
  return { aff: `${language}.aff.gz`, dic: `${language}.dic.gz` };
}

const known: ReadonlySet<string> = new Set(DICTIONARY_LANGUAGES);

/**
 * The dictionary language for an article locale (`et-ee` → `et`, `pt-br` → `pt-br`, `pt` → `pt-pt`), or undefined
 * where there is none. Portuguese is the one language whose two spellings both have docs locales; Norwegian
 * (`no`) is written in Bokmål (`nb`) unless it says Nynorsk (`nn`), which has no dictionary here.
 */
export function dictionaryLanguage(locale: string): string | undefined {
  const lower = locale.toLowerCase();
  const [language, region] = lower.split(/[-_]/);
  if (language === 'pt') return region === 'br' ? 'pt-br' : 'pt-pt';
  if (language === 'no') return 'nb';
  return language !== undefined && known.has(language) ? language : undefined;
}

/** The file of a trie language; of a Hunspell language, its word list (`.dic`), the larger of its two files. */
export function dictionaryFileName(language: string): string {
  if (isHunspellLanguage(language)) return hunspellFileNames(language).dic;
  return `${language}.ptrie.gz`;
}

/**
 * Languages that write compounds as one word; their spellers accept any run of known words. Turkish writes many
 * compounds as one word too, and the docs' product terms do so where the dictionary has two (`satınalma`).
 */
const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set(['da', 'de', 'fi', 'nb', 'nl', 'sv', 'tr']);

export function writesCompounds(language: string): boolean {
  return COMPOUNDING_LANGUAGES.has(language);
}

/** Whether a dictionary file holds a packed trie, which a host may unpack off its main thread (see packedTrie.ts). */
export function isPackedTrieFile(fileName: string): boolean {
  return fileName.endsWith('.ptrie.gz');
}
