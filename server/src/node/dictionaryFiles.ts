/**
 * Dictionaries in Node: the spelling dictionaries are files in the extension's (or the npm package's)
 * `dist/dictionaries/` folder, beside the bundles that read them, and are loaded once per locale on first need.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { threadId, Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { DictionaryCache, DictionaryLoader } from '../core/spelling/speller';
import { isTextTrie } from '../core/spelling/dictionaries';
import type { BinaryTrieAnswer, DictionaryWorkerData } from './dictionaryWorkerProtocol';

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
 * The binary forms of dictionaries shipped as text, in the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`),
 * one folder per version so a newer dictionary never meets an older cache. Written to a temporary name and renamed,
 * since several CLI workers may write the same file at once.
 */
export function nodeDictionaryCache(
  version: string,
  base: string = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'),
): DictionaryCache {
  const folder = join(base, 'bilingual-docs', `dictionaries-${version}`);
  return {
    async read(name) {
      const bytes = await readFile(join(folder, name)).catch(() => undefined);
      return bytes && new Uint8Array(bytes);
    },
    async write(name, bytes) {
      await mkdir(folder, { recursive: true });
      const temporary = join(folder, `${name}.${process.pid}.${threadId}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, join(folder, name));
    },
  };
}

/**
 * The language server's loader: dictionaries in binary form read as `nodeDictionaryLoader` reads them (the file
 * read and the gunzip run off the thread already), those in text form handed over in binary form by a worker thread
 * (`workerScript`, dist/dictionaryWorker.js), which decodes the text or takes the cached binary form, so that the
 * seconds of decoding never hold up the server's requests. The worker starts on the first such dictionary and keeps
 * the process alive only while it has a dictionary to hand over.
 */
export function workerDictionaryLoader(
  folder: string,
  cacheVersion: string,
  workerScript: string,
  cacheBase?: string,
): DictionaryLoader {
  const direct = nodeDictionaryLoader(folder);
  const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  let worker: Worker | undefined;
  let nextId = 0;
  const failAll = (error: Error): void => {
    worker = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const workerData: DictionaryWorkerData = { folder, cacheVersion, cacheBase };
    const started = new Worker(workerScript, { workerData });
    started.on('message', (answer: BinaryTrieAnswer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (pending.size === 0) started.unref();
      if ('error' in answer) waiting?.reject(new Error(answer.error));
      else waiting?.resolve(answer.bytes);
    });
    started.on('error', failAll);
    started.on('exit', (code) => failAll(new Error(`the dictionary worker stopped (exit code ${code})`)));
    return started;
  };
  return (fileName) => {
    if (!isTextTrie(fileName)) return direct(fileName);
    worker ??= start();
    worker.ref();
    const id = nextId++;
    const answer = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, fileName });
    return answer;
  };
}
