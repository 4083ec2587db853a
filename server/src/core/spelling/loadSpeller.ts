/** Loads a locale's speller through a host's loader: the one place that knows which engine a dictionary needs. */
import type { DictionaryLoader, Speller } from './speller';
import {
  dictionaryFileName,
  dictionaryLanguage,
  isHunspellLanguage,
  writesCompounds,
} from './dictionaries';
import { HunspellSpeller, readHunspell } from './hunspellSpeller';
import { TrieSpeller } from './trieSpeller';
import { isPackedTrie, unpackTrie } from './packedTrie';
import { rememberingSpeller } from './rememberingSpeller';

async function loadHunspellSpeller(language: string, loader: DictionaryLoader): Promise<Speller> {
  const { aff, dic, table } = await (loader.prepareHunspell?.(language) ?? readHunspell(language, loader));
  return new HunspellSpeller(language, aff, dic, table);
}

/**
 * Resolves to the locale's speller, which remembers its verdicts, or undefined when the locale has no dictionary. A
 * packed trie is unpacked here unless the host's loader did so already (the Node server's does, in a worker thread).
 */
export async function loadSpeller(locale: string, loader: DictionaryLoader): Promise<Speller | undefined> {
  const language = dictionaryLanguage(locale);
  if (language === undefined) return undefined;
  if (isHunspellLanguage(language)) return rememberingSpeller(await loadHunspellSpeller(language, loader));
  const bytes = await loader(dictionaryFileName(language));
  const binary = isPackedTrie(bytes) ? unpackTrie(bytes) : bytes;
  return rememberingSpeller(new TrieSpeller(language, binary, writesCompounds(language)));
}
