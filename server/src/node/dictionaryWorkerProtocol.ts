/** What the server and its dictionary worker thread (dictionaryWorker.ts) say to each other. */
export interface DictionaryWorkerData {
  /** The folder of the dictionary files. */
  readonly folder: string;
}

export interface BinaryTrieQuestion {
  readonly id: number;
  /** A packed trie's file (`fi.ptrie.gz`). */
  readonly fileName: string;
}

/** The cspell binary trie unpacked from the file, or why it could not be. */
export type BinaryTrieAnswer =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly error: string };
