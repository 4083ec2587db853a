/**
 * Checks many files on every core: batches of paths go to worker threads, which read, parse and check them and
 * send back their reports; the reports come out in the order of the files, each as soon as it and every file
 * before it are done, so output streams and is the same whatever the number of jobs.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BilingualDocsConfig } from '../core/config';
import { ConfigFiles } from '../configFiles';
import { checkFileSafely, type CheckOptions } from './checkFile';
import { readArticleStart } from './readArticle';
import type { FileReport } from '../core/fileReport';
import { Spellers } from '../core/spelling/spellers';
import { defaultDictionaryFolder, nodeDictionaryLoader, workerDictionaryLoader } from '../node/dictionaryFiles';

/**
 * The dictionaries of one checking thread: each worker loads those of the locales its files have. A lone checking
 * thread has the dictionaries unpacked by a worker thread (`dictionaryWorkerScript`), on another core, while it
 * checks the files read ahead (see checkInThisThread).
 */
export function checkerSpellers(dictionaryWorkerScript?: string): Spellers {
  if (dictionaryWorkerScript === undefined) return new Spellers(nodeDictionaryLoader());
  return new Spellers(workerDictionaryLoader(defaultDictionaryFolder(), dictionaryWorkerScript));
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
  /** The bundled dictionary worker (dictionaryWorker.js); without it this thread unpacks the dictionaries. */
  readonly dictionaryWorkerScript?: string;
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
    const spellers = checkerSpellers(options.dictionaryWorkerScript);
    const checkOptions = {
      configFiles,
      stopFolders: options.stopFolders,
      overrides: options.overrides,
      spellers,
      acrossFiles: options.acrossFiles,
      unitTexts: options.unitTexts,
    };
    const spellingOff = SPELLER_RULES.every((code) => options.overrides?.rules[code] === 'off');
    const prefetch = spellingOff || options.dictionaryWorkerScript === undefined
      ? undefined
      : (file: FileToCheck) => {
        const locale = scoutLocale(file);
        if (locale !== undefined) void spellers.load(locale);
      };
    await checkInThisThread(files, checkOptions, onReport, prefetch);
    return;
  }
  const { stopFolders, overrides, acrossFiles, unitTexts } = options;
  const setup: WorkerSetup = { stopFolders, overrides, acrossFiles, unitTexts };
  await checkInWorkers(files, workers, options.workerScript!, setup, onReport);
}

/**
 * How far this thread reads ahead of the file it reports: a file whose dictionary is still being unpacked waits
 * while the next ones are checked, instead of holding them up. Bounded in files and bytes, so memory stays that of
 * a few articles.
 */
const READ_AHEAD_FILES = 4;
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

function sizeOf(file: FileToCheck): number {
  const path = file.rawPath ? Buffer.from(file.rawPath) : file.path;
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}

/** The rules that need a dictionary: with both off on the command line, no dictionary is fetched ahead. */
const SPELLER_RULES = ['spelling', 'split-compound'];

/**
 * How many files ahead this thread looks for a locale whose dictionary it has not loaded, to have the dictionary
 * worker unpack it before the first file of that locale is reached (a repository of many locales has its files
 * grouped by locale, so reading whole files ahead would not reach the next one).
 */
const SCOUT_FILES = 64;
const SCOUT_BYTES = 4096;
/**
 * The locale as the front matter usually writes it: a guess from the file's first bytes, read without parsing. A
 * wrong guess only loads a dictionary early or not at all; the check itself reads the locale from the parse.
 */
const LOCALE_LINE = /^ms\.contentlocale:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)/m;

function scoutLocale(file: FileToCheck): string | undefined {
  const start = readArticleStart(file.rawPath ? Buffer.from(file.rawPath) : file.path, SCOUT_BYTES);
  return start && LOCALE_LINE.exec(start.toString('utf8'))?.[1];
}

/**
 * Checks the files in this thread, reporting them in their order, each as soon as it and those before are done;
 * `prefetch` is shown each file once, some files before it is checked.
 */
async function checkInThisThread(
  files: readonly FileToCheck[],
  options: CheckOptions,
  onReport: (report: FileReport) => void,
  prefetch?: (file: FileToCheck) => void,
): Promise<void> {
  const ahead: Array<{ report: Promise<FileReport>; bytes: number }> = [];
  let bytesAhead = 0;
  let next = 0;
  let scouted = 0;
  const roomAhead = (): boolean => {
    return ahead.length === 0 || (ahead.length < READ_AHEAD_FILES && bytesAhead < READ_AHEAD_BYTES);
  };
  while (next < files.length || ahead.length > 0) {
    for (; prefetch && scouted < Math.min(files.length, next + SCOUT_FILES); scouted++) prefetch(files[scouted]!);
    while (next < files.length && roomAhead()) {
      const file = files[next++]!;
      const bytes = sizeOf(file);
      // checkFileSafely never rejects: a failure is a report on that file.
      ahead.push({ report: checkFileSafely(file, options), bytes });
      bytesAhead += bytes;
    }
    const first = ahead.shift()!;
    bytesAhead -= first.bytes;
    onReport(await first.report);
  }
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
