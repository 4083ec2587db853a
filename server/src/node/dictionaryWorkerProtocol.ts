/** What the server and its dictionary worker thread (dictionaryWorker.ts) say to each other. */
export interface DictionaryWorkerData {
  /** The folder of the dictionary files. */
  readonly folder: string;
  /** The version whose cache folder holds the binary forms (see nodeDictionaryCache). */
  readonly cacheVersion: string;
  /** The cache's base folder, when not the user's (`$XDG_CACHE_HOME` or `~/.cache`). */
  readonly cacheBase?: string | undefined;
}

export interface BinaryTrieQuestion {
  readonly id: number;
  /** A dictionary file in cspell's text form (`fi.trie.gz`). */
  readonly fileName: string;
}

export type BinaryTrieAnswer =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly error: string };
