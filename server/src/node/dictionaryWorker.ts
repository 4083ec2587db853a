/**
 * The worker thread (dist/dictionaryWorker.js) that reads a packed trie and hands it over unpacked, in cspell's
 * binary form: unpacking the largest (Finnish) takes a fifth of a second, which on the server's own thread would hold
 * up hover, diagnostics and every other request meanwhile. The server decodes the binary form itself, in
 * milliseconds, since a decoded trie cannot cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unpackTrie } from '../core/spelling/packedTrie';
import { nodeDictionaryLoader } from './dictionaryFiles';
import type { BinaryTrieAnswer, BinaryTrieQuestion, DictionaryWorkerData } from './dictionaryWorkerProtocol';

const { folder } = workerData as DictionaryWorkerData;
const loader = nodeDictionaryLoader(folder);

parentPort!.on('message', ({ id, fileName }: BinaryTrieQuestion) => {
  loader(fileName).then(unpackTrie).then(
    (bytes) => parentPort!.postMessage({ id, bytes } satisfies BinaryTrieAnswer, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort!.postMessage({ id, error: message } satisfies BinaryTrieAnswer);
    },
  );
});
