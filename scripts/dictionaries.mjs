// Puts the spelling dictionaries into dist/dictionaries/, named as server/src/core/spelling/dictionaries.ts expects:
// one packed trie per language (`de.ptrie.gz`) made from the trie the `@cspell/dict-*` package ships, and the Hunspell
// files of the `dictionary-*` packages for the languages cspell has none for. cspell ships its tries in a text form
// that takes 1 to 22 s to decode; its binary form decodes in milliseconds but is 1.6 to 2.3 times larger, too large
// for a .vsix under 40 MB. The packed form (packedTrie.ts) is the binary trie written so that gzip can compress it:
// smaller than the text form and unpacked in tens of milliseconds. docs/rules/spelling.md has the figures.
// A file already there and newer than its package (and than packedTrie.ts) is kept, so builds after the first cost
// nothing.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
export const DICTIONARY_DIR = join(root, 'dist', 'dictionaries');

/** Language → the package and the trie file in it (as its cspell-ext.json names it). */
export const CSPELL_DICTIONARIES = {
  ca: ['@cspell/dict-ca', 'ca.trie.gz'],
  cs: ['@cspell/dict-cs-cz', 'Czech.trie.gz'],
  da: ['@cspell/dict-da-dk', 'da_DK.trie'],
  de: ['@cspell/dict-de-de', 'de_DE.trie.gz'],
  es: ['@cspell/dict-es-es', 'Spanish.trie.gz'],
  fi: ['@cspell/dict-fi-fi', 'dict/fi-fi.trie.gz'],
  fr: ['@cspell/dict-fr-fr', 'fr-fr.trie.gz'],
  gl: ['@cspell/dict-gl-es', 'dict/gl_ES.trie.gz'],
  it: ['@cspell/dict-it-it', 'dict/it-it.trie'],
  lt: ['@cspell/dict-lt-lt', 'lt_LT.trie.gz'],
  nb: ['@cspell/dict-nb-no', 'nb.trie.gz'],
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

const PACKER = join(root, 'server', 'src', 'core', 'spelling', 'packedTrie.ts');

/** packedTrie.ts's packTrie, compiled here: the format has one definition, the one the server unpacks with. */
async function loadPacker() {
  const { outputFiles } = await esbuild.build({ entryPoints: [PACKER], bundle: true, format: 'esm', write: false });
  const source = Buffer.from(outputFiles[0].text).toString('base64');
  return (await import(`data:text/javascript;base64,${source}`)).packTrie;
}

/** A package's folder; cspell dictionary packages export only their cspell-ext.json, which sits at the top. */
function packageFolder(name) {
  return dirname(require.resolve(`${name}/cspell-ext.json`));
}

function isFresh(output, input) {
  return existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs;
}

/** The files buildDictionaries makes; any other file there is left from an older format and would ship in the .vsix. */
function dictionaryFiles() {
  const hunspell = Object.keys(HUNSPELL_DICTIONARIES).flatMap((language) => [`${language}.aff.gz`, `${language}.dic.gz`]);
  return new Set([...Object.keys(CSPELL_DICTIONARIES).map((language) => `${language}.ptrie.gz`), ...hunspell]);
}

export async function buildDictionaries() {
  mkdirSync(DICTIONARY_DIR, { recursive: true });
  const expected = dictionaryFiles();
  for (const name of readdirSync(DICTIONARY_DIR)) if (!expected.has(name)) rmSync(join(DICTIONARY_DIR, name));
  let packTrie;
  for (const [language, [name, file]] of Object.entries(CSPELL_DICTIONARIES)) {
    const input = join(packageFolder(name), file);
    const output = join(DICTIONARY_DIR, `${language}.ptrie.gz`);
    if (isFresh(output, input) && isFresh(output, PACKER)) continue;
    packTrie ??= await loadPacker();
    const bytes = readFileSync(input);
    const binary = encodeITrieToBTrie(decodeTrie(file.endsWith('.gz') ? gunzipSync(bytes) : bytes));
    writeFileSync(output, gzipSync(packTrie(binary), { level: 9 }));
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

if (process.argv[1] === new URL(import.meta.url).pathname) await buildDictionaries();
