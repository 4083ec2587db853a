/**
 * What the repository benches share: repositories generated from the corpus (removed at the end), and the built
 * CLI timed as a separate process with its CPU time and peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { markdownFiles } from './support';

export const root = resolve(__dirname, '../..');
const sharedCorpus = resolve(root, '../shared/corpus');
export const corpusRoot = existsSync(sharedCorpus) ? sharedCorpus : join(root, 'test/fixtures');
export const cli = join(root, 'dist/cli.js');

export interface Article {
  readonly name: string;
  readonly locale: string;
  readonly bytes: Buffer;
}

export function corpusArticles(): Article[] {
  return markdownFiles(corpusRoot).map((path) => {
    const bytes = readFileSync(path);
    const locale =
      /^ms\.contentlocale:\s*["']?([A-Za-z0-9_-]+)/m
        .exec(bytes.subarray(0, 4096).toString('utf8'))?.[1]
        ?.toLowerCase() ?? 'und';
    return { name: basename(path), locale, bytes };
  });
}

/** The repositories written so far, removed at the end whatever happens. */
export const generated: string[] = [];

/**
 * A copy of an article whose unit texts no other copy shares: a word naming the copy ends every target and source,
 * so each unit is read afresh, as in a repository where no sentence repeats.
 */
export function distinctCopy(article: Article, copy: number): Buffer {
  return Buffer.from(
    article.bytes
      .toString('utf8')
      .replaceAll('</span><span class="sxs-lookup">', ` c${copy}</span><span class="sxs-lookup">`)
      .replaceAll('</span></span>', ` c${copy}</span></span>`),
  );
}

/**
 * Writes copies of the corpus as `<locale>/articles/<copy>/<file>.md` until the repository holds `targetBytes`;
 * `distinct` gives every copy its own unit texts (see `distinctCopy`).
 */
export function generateRepository(
  articles: readonly Article[],
  targetBytes: number,
  distinct = false,
): { path: string; files: number; bytes: number; locales: number } {
  const path = mkdtempSync(join(tmpdir(), 'bilingual-docs-bench-'));
  generated.push(path);
  let files = 0;
  let bytes = 0;
  for (let copy = 1; bytes < targetBytes; copy++) {
    for (const article of articles) {
      const folder = join(path, article.locale, 'articles', String(copy));
      mkdirSync(folder, { recursive: true });
      const contents = distinct ? distinctCopy(article, copy) : article.bytes;
      writeFileSync(join(folder, article.name), contents);
      files++;
      bytes += contents.length;
    }
  }
  return { path, files, bytes, locales: new Set(articles.map((article) => article.locale)).size };
}

export interface ProcessRun {
  readonly exitCode: number;
  readonly wallSeconds: number;
  /** User plus system CPU time of the process and its threads. */
  readonly cpuSeconds?: number;
  readonly peakRssMB?: number;
  /** Stopped at the time limit: `wallSeconds` is then a lower bound of its time. */
  readonly stoppedAtLimit?: boolean;
}

/**
 * Runs a program with its output thrown away (as a CI job piping to a file would barely notice), timing it from
 * spawn to exit; `/usr/bin/time -v` adds its CPU time and peak resident memory when the system has it. A program
 * still running after `limitSeconds` is stopped (its whole process group) and reported as such.
 */
export function timeProcess(args: readonly string[], cwd: string, limitSeconds = Infinity): Promise<ProcessRun> {
  const useTime = existsSync('/usr/bin/time');
  const statsFile = join(tmpdir(), `bilingual-docs-bench-time-${process.pid}.txt`);
  const devNull = openSync('/dev/null', 'w');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = useTime ? ['-v', '-o', statsFile, process.execPath, ...args] : [...args];
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', devNull, devNull], detached: true });
    let stoppedAtLimit = false;
    const limit = Number.isFinite(limitSeconds)
      ? setTimeout(() => {
          stoppedAtLimit = true;
          process.kill(-child.pid!, 'SIGKILL');
        }, limitSeconds * 1000)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(limit);
      const wallSeconds = (performance.now() - started) / 1000;
      closeSync(devNull);
      if (stoppedAtLimit) {
        rmSync(statsFile, { force: true });
        resolvePromise({ exitCode: -1, wallSeconds, stoppedAtLimit });
        return;
      }
      if (!useTime) {
        resolvePromise({ exitCode: code ?? -1, wallSeconds });
        return;
      }
      const stats = readFileSync(statsFile, 'utf8');
      rmSync(statsFile, { force: true });
      const field = (name: string): number => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stats)?.[1] ?? NaN);
      resolvePromise({
        exitCode: field('Exit status'),
        wallSeconds,
        cpuSeconds: round2(field('User time \\(seconds\\)') + field('System time \\(seconds\\)')),
        peakRssMB: Math.round(field('Maximum resident set size \\(kbytes\\)') / 1024),
      });
    });
  });
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
export const megabytes = (bytes: number): number => round2(bytes / 1e6);

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
