/** The real dictionaries for the tests, as the build leaves them in dist/dictionaries (scripts/dictionaries.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  dictionaryFileName,
  dictionaryLanguage,
  hunspellFileNames,
  isHunspellLanguage,
  writesCompounds,
} from '../../../server/src/core/spelling/dictionaries';
import { HunspellSpeller } from '../../../server/src/core/spelling/hunspellSpeller';
import { TrieSpeller } from '../../../server/src/core/spelling/trieSpeller';
import { unpackTrie } from '../../../server/src/core/spelling/packedTrie';
import type { Speller } from '../../../server/src/core/spelling/speller';
import { repositoryRoot } from './corpus';

export const dictionaryFolder = join(repositoryRoot, 'dist/dictionaries');

const loaded = new Map<string, Speller>();

/** The speller of a locale, loaded once per test process; undefined where the locale has no dictionary. */
export function testSpeller(locale: string): Speller | undefined {
  const language = dictionaryLanguage(locale);
  if (language === undefined) return undefined;
  let speller = loaded.get(language);
  if (!speller) {
    speller = isHunspellLanguage(language) ? hunspellSpeller(language) : trieSpeller(language);
    loaded.set(language, speller);
  }
  return speller;
}

function trieSpeller(language: string): Speller {
  const packed = gunzipSync(readFileSync(join(dictionaryFolder, dictionaryFileName(language))));
  return new TrieSpeller(language, unpackTrie(packed), writesCompounds(language));
}

function hunspellSpeller(language: string): Speller {
  const { aff, dic } = hunspellFileNames(language);
  const read = (name: string): string => gunzipSync(readFileSync(join(dictionaryFolder, name))).toString('utf8');
  return new HunspellSpeller(language, read(aff), read(dic));
}
