/**
 * Dictionaries in Node: the spelling dictionaries are files in the extension's (or the npm package's)
 * `dist/dictionaries/` folder, beside the bundles that read them, and are loaded once per locale on first need.
 */
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { DictionaryLoader } from '../core/spelling/speller';
import { isPackedTrieFile } from '../core/spelling/dictionaries';
import type { DictionaryAnswer, DictionaryQuestion, DictionaryWorkerData } from './dictionaryWorkerProtocol';
import type { PreparedHunspell } from '../core/spelling/hunspellSpeller';

const gunzipAsync = promisify(gunzip);

/**
 * The folder of the dictionaries: `dictionaries/` beside the running bundle (dist/), else `dist/dictionaries/` of
 * the nearest folder above that has one (the tests and benchmarks run from out/).
 */
export function defaultDictionaryFolder(from: string = __dirname): string {
  const beside = join(from, 'dictionaries');
  if (existsSync(beside)) return beside;
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'dist', 'dictionaries');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return beside;
  }
}

export function nodeDictionaryLoader(folder: string = defaultDictionaryFolder()): DictionaryLoader {
  return async (fileName) => {
    const bytes = await readFile(join(folder, fileName));
    return fileName.endsWith('.gz') ? new Uint8Array(await gunzipAsync(bytes)) : new Uint8Array(bytes);
  };
}

/**
 * The language server's loader: packed tries handed over unpacked, and Hunspell dictionaries read and indexed, by a
 * worker thread (`workerScript`, dist/dictionaryWorker.js), so that the tenths of a second this takes for a large
 * one never hold up the server's requests. The worker starts on the first dictionary and keeps the process alive
 * only while it has a dictionary to hand over.
 */
export function workerDictionaryLoader(folder: string, workerScript: string): DictionaryLoader {
  const direct = nodeDictionaryLoader(folder);
  const pending = new Map<number, { resolve(answer: DictionaryAnswer): void; reject(error: Error): void }>();
  let worker: Worker | undefined;
  let nextId = 0;
  const failAll = (error: Error): void => {
    worker = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const workerData: DictionaryWorkerData = { folder };
    const started = new Worker(workerScript, { workerData });
    started.on('message', (answer: DictionaryAnswer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (pending.size === 0) started.unref();
      if ('error' in answer) waiting?.reject(new Error(answer.error));
      else waiting?.resolve(answer);
    });
    started.on('error', failAll);
    started.on('exit', (code) => failAll(new Error(`the dictionary worker stopped (exit code ${code})`)));
    return started;
  };
  const ask = (question: DistributiveOmit<DictionaryQuestion, 'id'>): Promise<DictionaryAnswer> => {
    worker ??= start();
    worker.ref();
    const id = nextId++;
    const answer = new Promise<DictionaryAnswer>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ ...question, id });
    return answer;
  };
  const load = (fileName: string): Promise<Uint8Array> => {
    if (!isPackedTrieFile(fileName)) return direct(fileName);
    return ask({ fileName }).then((answer) => ('bytes' in answer ? answer.bytes : Promise.reject(new Error(fileName))));
  };
  const prepareHunspell = (language: string): Promise<PreparedHunspell> => {
    return ask({ hunspell: language }).then((answer) => {
      return 'prepared' in answer ? answer.prepared : Promise.reject(new Error(language));
    });
  };
  return Object.assign(load, { prepareHunspell });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
