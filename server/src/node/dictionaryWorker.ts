/**
 * The worker thread (dist/dictionaryWorker.js) that turns a dictionary shipped in cspell's text form into its
 * binary form: decoding the text takes seconds, and on the server's own thread it would hold up hover, diagnostics
 * and every other request meanwhile. It answers from the cache when an earlier load left the binary form there, and
 * leaves it there otherwise; the server decodes the binary form itself, in tens of milliseconds.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { binaryTrieOf } from '../core/spelling/trieSpeller';
import { nodeDictionaryCache, nodeDictionaryLoader } from './dictionaryFiles';
import type { BinaryTrieAnswer, BinaryTrieQuestion, DictionaryWorkerData } from './dictionaryWorkerProtocol';

const { folder, cacheVersion, cacheBase } = workerData as DictionaryWorkerData;
const loader = nodeDictionaryLoader(folder);
const cache = cacheBase === undefined
  ? nodeDictionaryCache(cacheVersion)
  : nodeDictionaryCache(cacheVersion, cacheBase);

async function binaryForm(fileName: string): Promise<Uint8Array> {
  const cacheName = fileName.replace(/\.trie\.gz$/, '.btrie');
  const cached = await cache.read(cacheName).catch(() => undefined);
  if (cached) return cached;
  const binary = binaryTrieOf(await loader(fileName));
  await cache.write(cacheName, binary).catch(() => undefined);
  return binary;
}

parentPort!.on('message', ({ id, fileName }: BinaryTrieQuestion) => {
  binaryForm(fileName).then(
    (bytes) => parentPort!.postMessage({ id, bytes } satisfies BinaryTrieAnswer, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort!.postMessage({ id, error: message } satisfies BinaryTrieAnswer);
    },
  );
});
