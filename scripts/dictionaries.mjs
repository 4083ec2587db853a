// Puts the spelling dictionaries into dist/dictionaries/, one gzip-compressed binary cspell trie per language, named
// as server/src/core/spelling/dictionaries.ts expects (`de.btrie.gz`), from the tries the `@cspell/dict-*` packages
// ship. Those are in cspell's text format, whose decoding takes 1 to 22 s per language; the binary form decodes in
// 10 to 370 ms (docs/rules/spelling.md has the figures), so it is made here once, at build time. The binary form is
// also 1.6 to 2.3 times larger, and all of them would make the .vsix 50 MB: the four whose binary form is largest
// against their text form ship as text (`fi.trie.gz`), and each machine keeps their binary form in its cache after
// their first load (dictionaryFiles.ts).
// A file already there and newer than its package is kept, so builds after the first cost nothing.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
export const DICTIONARY_DIR = join(root, 'dist', 'dictionaries');

/** Language → the package and the trie file in it (as its cspell-ext.json names it). */
export const CSPELL_DICTIONARIES = {
  cs: ['@cspell/dict-cs-cz', 'Czech.trie.gz'],
  da: ['@cspell/dict-da-dk', 'da_DK.trie'],
  de: ['@cspell/dict-de-de', 'de_DE.trie.gz'],
  es: ['@cspell/dict-es-es', 'Spanish.trie.gz'],
  fi: ['@cspell/dict-fi-fi', 'dict/fi-fi.trie.gz'],
  fr: ['@cspell/dict-fr-fr', 'fr-fr.trie.gz'],
  it: ['@cspell/dict-it-it', 'dict/it-it.trie'],
  lt: ['@cspell/dict-lt-lt', 'lt_LT.trie.gz'],
  nl: ['@cspell/dict-nl-nl', 'Dutch.trie.gz'],
  pl: ['@cspell/dict-pl_pl', 'pl_pl.trie.gz'],
  'pt-br': ['@cspell/dict-pt-br', 'pt_BR.trie.gz'],
  'pt-pt': ['@cspell/dict-pt-pt', 'dict/Portuguese-European.trie.gz'],
  ro: ['@cspell/dict-ro-ro', 'dict/ro-ro.trie'],
  ru: ['@cspell/dict-ru_ru', 'ru_ru.trie.gz'],
  sk: ['@cspell/dict-sk-sk', 'Slovak.trie.gz'],
  sv: ['@cspell/dict-sv', 'Swedish.trie.gz'],
  tr: ['@cspell/dict-tr-tr', 'Turkish.trie.gz'],
  uk: ['@cspell/dict-uk-ua', 'uk_ua.trie'],
  vi: ['@cspell/dict-vi-vn', 'vi.trie.gz'],
};

/**
 * Language → the `dictionary-*` package whose Hunspell files ship as they are (gzip-compressed), for the languages
 * cspell has no dictionary for; hunspellSpeller.ts reads them without expanding them.
 */
export const HUNSPELL_DICTIONARIES = { el: 'dictionary-el', et: 'dictionary-et', lv: 'dictionary-lv' };

/**
 * Stems a Hunspell dictionary lacks, in its own .dic format, appended to it: words of software documentation that
 * are common in the corpus and older than the dictionary knows, each with the flags of a word inflected the same
 * way (Estonian `lähtestama`, "to reset", as `kehtestama`). docs/rules/spelling.md lists them.
 */
const ADDITIONS_DIR = join(root, 'scripts', 'dictionary-additions');

/** Shipped in cspell's text form, to keep the .vsix under 40 MB; must match TEXT_TRIE_LANGUAGES of dictionaries.ts. */
export const TEXT_TRIE_LANGUAGES = new Set(['fi', 'ru', 'tr', 'uk']);

/** A package's folder; cspell dictionary packages export only their cspell-ext.json, which sits at the top. */
function packageFolder(name) {
  return dirname(require.resolve(`${name}/cspell-ext.json`));
}

function isFresh(output, input) {
  return existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs;
}

export function buildDictionaries() {
  mkdirSync(DICTIONARY_DIR, { recursive: true });
  for (const [language, [name, file]] of Object.entries(CSPELL_DICTIONARIES)) {
    const input = join(packageFolder(name), file);
    const asText = TEXT_TRIE_LANGUAGES.has(language);
    const output = join(DICTIONARY_DIR, `${language}.${asText ? 'trie' : 'btrie'}.gz`);
    if (isFresh(output, input)) continue;
    const compressed = file.endsWith('.gz');
    const bytes = readFileSync(input);
    if (asText) writeFileSync(output, compressed ? bytes : gzipSync(bytes, { level: 9 }));
    else
      writeFileSync(
        output,
        gzipSync(encodeITrieToBTrie(decodeTrie(compressed ? gunzipSync(bytes) : bytes)), { level: 9 }),
      );
  }
  for (const [language, name] of Object.entries(HUNSPELL_DICTIONARIES)) {
    const folder = dirname(require.resolve(name));
    for (const extension of ['aff', 'dic']) {
      const input = join(folder, `index.${extension}`);
      const additions = join(ADDITIONS_DIR, `${language}.${extension}`);
      const output = join(DICTIONARY_DIR, `${language}.${extension}.gz`);
      if (isFresh(output, input) && (!existsSync(additions) || isFresh(output, additions))) continue;
      const text = readFileSync(input, 'utf8');
      const added = existsSync(additions) ? readFileSync(additions, 'utf8') : '';
      const separator = text.endsWith('\n') || added === '' ? '' : '\n';
      writeFileSync(output, gzipSync(`${text}${separator}${added}`, { level: 9 }));
    }
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) buildDictionaries();
