/** Loads a locale's speller through a host's loader: the one place that knows which engine a dictionary needs. */
import type { DictionaryLoader, Speller } from './speller';
import {
  dictionaryFileName,
  dictionaryLanguage,
  hunspellFileNames,
  isHunspellLanguage,
  writesCompounds,
} from './dictionaries';
import { HunspellSpeller } from './hunspellSpeller';
import { TrieSpeller } from './trieSpeller';
import { isPackedTrie, unpackTrie } from './packedTrie';
import { rememberingSpeller } from './rememberingSpeller';

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
