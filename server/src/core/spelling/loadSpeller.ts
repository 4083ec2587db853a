/** Loads a locale's speller through a host's loader: the one place that knows which engine a dictionary needs. */
import type { DictionaryCache, DictionaryLoader, Speller } from './speller';
import {
  dictionaryFileName,
  dictionaryLanguage,
  hunspellFileNames,
  isHunspellLanguage,
  isTextTrie,
  writesCompounds,
} from './dictionaries';
import { HunspellSpeller } from './hunspellSpeller';
import { TrieSpeller } from './trieSpeller';

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/** Every host the core runs in (Node, browsers, workers) has TextDecoder; the core's pure type library does not. */
function decodeUtf8(bytes: Uint8Array): string {
  const { TextDecoder } = globalThis as unknown as { TextDecoder: new () => Utf8Decoder };
  return new TextDecoder().decode(bytes);
}

async function loadHunspellSpeller(language: string, loader: DictionaryLoader): Promise<Speller> {
  const files = hunspellFileNames(language);
  const [aff, dic] = await Promise.all([loader(files.aff), loader(files.dic)]);
  return new HunspellSpeller(language, decodeUtf8(aff), decodeUtf8(dic));
}

/**
 * Resolves to the locale's speller, or undefined when the locale has no dictionary. A dictionary shipped in text
 * form is read from the cache in binary form when an earlier load left it there, and left there otherwise.
 */
export async function loadSpeller(
  locale: string,
  loader: DictionaryLoader,
  cache?: DictionaryCache,
): Promise<Speller | undefined> {
  const language = dictionaryLanguage(locale);
  if (language === undefined) return undefined;
  if (isHunspellLanguage(language)) return loadHunspellSpeller(language, loader);
  const fileName = dictionaryFileName(language);
  const cacheName = `${language}.btrie`;
  const cacheable = cache !== undefined && isTextTrie(fileName);
  if (cacheable) {
    const cached = await cache.read(cacheName).catch(() => undefined);
    if (cached) return new TrieSpeller(language, cached, writesCompounds(language));
  }
  const speller = new TrieSpeller(language, await loader(fileName), writesCompounds(language));
  if (cacheable) await cache.write(cacheName, speller.binary()).catch(() => undefined);
  return speller;
}
