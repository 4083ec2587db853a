import type { PreparedHunspell } from './hunspellSpeller';

/**
 * What the spelling rule asks of a dictionary. The engine behind it is chosen per locale (see dictionaries.ts);
 * the rule sees only this, so a dictionary can be loaded anywhere (a Node process, a worker thread, a browser Web
 * Worker) and handed to the checker once it is ready.
 */
export interface Speller {
  /** Lower-case BCP 47 tag of the dictionary's language as the catalog names it (`et`, `pt-br`). */
  readonly language: string;
  /** Whether the dictionary has the word as written, or lower-cased when only its first letter is a capital. */
  isKnown(word: string): boolean;
  /**
   * Whether the word is known, or known as the first part of compounds: German and Dutch write the shared end of
   * two compounds once (`Vermittlungs- und Signalisierungsdienste`).
   */
  isKnownStart(word: string): boolean;
  /** The dictionary's best corrections, best first, at most `limit`. */
  suggest(word: string, limit: number): string[];
}

/** The spellers loaded so far, by article locale; undefined for a locale whose dictionary is not (yet) loaded. */
export type SpellerLookup = (locale: string) => Speller | undefined;

/**
 * Reads a dictionary file by its name in the catalog (`de.ptrie.gz`) and resolves to its bytes, decompressed; a
 * packed trie may come unpacked already. In Node it reads the extension's `dictionaries/` folder; in a browser the
 * extension reads it for the server's Web Worker.
 */
export type DictionaryLoader = ((fileName: string) => Promise<Uint8Array>) & {
  /**
   * Reads and indexes a Hunspell language's dictionary elsewhere (the Node server's worker thread), so that the
   * tenths of a second it takes are not spent on the caller's thread; without it the core does it on the files.
   */
  readonly prepareHunspell?: (language: string) => Promise<PreparedHunspell>;
};
