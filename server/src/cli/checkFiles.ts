/**
 * Checks many files on every core: batches of paths go to worker threads, which read, parse and check them and
 * send back their reports; the reports come out in the order of the files, each as soon as it and every file
 * before it are done, so output streams and is the same whatever the number of jobs.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BilingualDocsConfig } from '../core/config';
import { ConfigFiles } from '../configFiles';
import { checkFileSafely } from './checkFile';
import type { FileReport } from '../core/fileReport';
import { Spellers } from '../core/spelling/spellers';
import { nodeDictionaryLoader } from '../node/dictionaryFiles';

/** The dictionaries of one checking thread: each worker loads those of the locales its files have. */
export function checkerSpellers(): Spellers {
  return new Spellers(nodeDictionaryLoader());
}

export interface FileToCheck {
  readonly path: string;
  readonly displayPath: string;
  /** The path's bytes when a name in it is not valid UTF-8 (see collectFiles.ts). */
  readonly rawPath?: Uint8Array;
}

export interface CheckFilesOptions {
  /** How many files may be checked at once (worker threads); 1 checks them here, in this thread. */
  readonly jobs: number;
  /** The bundled worker entry (checkWorker.js); without it the files are checked in this thread. */
  readonly workerScript?: string;
  readonly stopFolders: readonly string[];
  readonly overrides?: BilingualDocsConfig;
  /** Whether the reports carry the units for the checks across files (see acrossFiles.ts). */
  readonly acrossFiles?: boolean;
  /** Whether findings about units carry the units' texts (the QA report). */
  readonly unitTexts?: boolean;
}

/** What each worker is started with. */
export interface WorkerSetup {
  readonly stopFolders: readonly string[];
  readonly overrides?: BilingualDocsConfig;
  readonly acrossFiles?: boolean;
  /** Whether findings about units carry the units' texts (the QA report). */
  readonly unitTexts?: boolean;
}

/** A batch of files sent to a worker, and what it sends back. */
export interface CheckBatch {
  readonly id: number;
  readonly files: readonly FileToCheck[];
}
export interface CheckedBatch {
  readonly id: number;
  readonly reports: readonly FileReport[];
}

/**
 * About this much text per worker pays for starting it: each thread loads the bundle and warms up its own JIT,
 * which costs about as much as checking the first few megabytes, while a single thread already keeps more than one
 * core busy (the garbage collector and the optimizing compiler run beside it).
 */
export const BYTES_PER_WORKER = 32 * 1024 * 1024;
/** Batches in flight per worker, so a worker never waits for its next batch. */
const BATCHES_IN_FLIGHT = 2;

/** Jobs for a run that left the choice to us: one per BYTES_PER_WORKER of files, at most one per core. */
export function automaticJobs(paths: readonly (string | Buffer)[], cores: number): number {
  const enough = cores * BYTES_PER_WORKER;
  let bytes = 0;
  for (const path of paths) {
    bytes += statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= enough) break;
  }
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_WORKER)));
}

function workerCount(jobs: number, fileCount: number, hasWorkerScript: boolean): number {
  const count = hasWorkerScript ? Math.min(jobs, fileCount) : 0;
  return count > 1 ? count : 0;
}

/** Small enough batches that the cores share the work evenly, large enough that messages cost little. */
function batchSize(fileCount: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.floor(fileCount / (workers * 8))));
}

export async function checkFiles(
  files: readonly FileToCheck[],
  options: CheckFilesOptions,
  onReport: (report: FileReport) => void,
): Promise<void> {
  const workers = workerCount(options.jobs, files.length, options.workerScript !== undefined);
  if (workers === 0) {
    const configFiles = new ConfigFiles();
    const checkOptions = {
      configFiles,
      stopFolders: options.stopFolders,
      overrides: options.overrides,
      spellers: checkerSpellers(),
      acrossFiles: options.acrossFiles,
      unitTexts: options.unitTexts,
    };
    for (const file of files) onReport(await checkFileSafely(file, checkOptions));
    return;
  }
  const { stopFolders, overrides, acrossFiles, unitTexts } = options;
  const setup: WorkerSetup = { stopFolders, overrides, acrossFiles, unitTexts };
  await checkInWorkers(files, workers, options.workerScript!, setup, onReport);
}

function checkInWorkers(
  files: readonly FileToCheck[],
  count: number,
  script: string,
  setup: WorkerSetup,
  onReport: (report: FileReport) => void,
): Promise<void> {
  const size = batchSize(files.length, count);
  const batchCount = Math.ceil(files.length / size);
  const reports: (FileReport | undefined)[] = new Array(files.length);
  let nextBatch = 0;
  let nextToEmit = 0;
  const workers: Worker[] = [];

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const sendBatch = (worker: Worker): void => {
      if (nextBatch >= batchCount) return;
      const start = nextBatch * size;
      const slice = files.slice(start, start + size);
      const batch: CheckBatch = { id: nextBatch++, files: slice };
      worker.postMessage(batch);
    };
    const receive = (worker: Worker, { id, reports: batchReports }: CheckedBatch): void => {
      batchReports.forEach((report, offset) => (reports[id * size + offset] = report));
      sendBatch(worker);
      while (nextToEmit < files.length && reports[nextToEmit] !== undefined) {
        const report = reports[nextToEmit]!;
        reports[nextToEmit++] = undefined;
        onReport(report);
      }
      if (nextToEmit === files.length && !settled) {
        settled = true;
        resolve();
      }
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: CheckedBatch) => {
        try {
          receive(worker, message);
        } catch (error) {
          fail(error as Error);
        }
      });
      worker.on('error', (error) => fail(new Error(`a check worker failed: ${error.stack ?? error.message}`)));
      worker.on('exit', (code) =>
        fail(new Error(`a check worker stopped (exit code ${code}) before its files were checked`)),
      );
      for (let j = 0; j < BATCHES_IN_FLIGHT; j++) sendBatch(worker);
    }
  }).finally(() => Promise.all(workers.map((worker) => worker.terminate())));
}
