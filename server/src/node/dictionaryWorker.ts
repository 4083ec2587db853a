/**
 * The worker thread (dist/dictionaryWorker.js) that prepares dictionaries for the server's thread: a packed trie is
 * read and handed over unpacked, in cspell's binary form, and a Hunspell dictionary read, decoded and indexed.
 * Unpacking the largest trie (Finnish) or indexing the largest Hunspell dictionary (Greek) takes a tenth to a
 * quarter of a second, which on the server's own thread would hold up hover, diagnostics and every other request
 * meanwhile. What is left to the server takes milliseconds: decoding the binary trie, reading the .aff rules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unpackTrie } from '../core/spelling/packedTrie';
import { readHunspell } from '../core/spelling/hunspellSpeller';
import { nodeDictionaryLoader } from './dictionaryFiles';
import type { DictionaryAnswer, DictionaryQuestion, DictionaryWorkerData } from './dictionaryWorkerProtocol';

const { folder } = workerData as DictionaryWorkerData;
const loader = nodeDictionaryLoader(folder);

function answer(question: DictionaryQuestion): Promise<DictionaryAnswer> {
  const { id } = question;
  if ('hunspell' in question) {
    return readHunspell(question.hunspell, loader).then((prepared) => ({ id, prepared }));
  }
  return loader(question.fileName).then((packed) => ({ id, bytes: unpackTrie(packed) }));
}

parentPort!.on('message', (question: DictionaryQuestion) => {
  answer(question).then(
    (answered) => {
      const buffer = 'bytes' in answered ? answered.bytes.buffer : 'prepared' in answered && answered.prepared.table.buffer;
      parentPort!.postMessage(answered, buffer ? [buffer as ArrayBuffer] : []);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort!.postMessage({ id: question.id, error: message } satisfies DictionaryAnswer);
    },
  );
});
