/** What the server and its dictionary worker thread (dictionaryWorker.ts) say to each other. */
import type { PreparedHunspell } from '../core/spelling/hunspellSpeller';

export interface DictionaryWorkerData {
  /** The folder of the dictionary files. */
  readonly folder: string;
}

/** A packed trie's file to hand over unpacked (`fi.ptrie.gz`), or a Hunspell language to read and index (`el`). */
export type DictionaryQuestion =
  | { readonly id: number; readonly fileName: string }
  | { readonly id: number; readonly hunspell: string };

/** The cspell binary trie unpacked from the file, the Hunspell dictionary prepared, or why neither could be. */
export type DictionaryAnswer =
  | { readonly id: number; readonly bytes: Uint8Array }
  | { readonly id: number; readonly prepared: PreparedHunspell }
  | { readonly id: number; readonly error: string };
