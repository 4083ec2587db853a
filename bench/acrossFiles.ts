/**
 * What the checks across files cost, printed as one JSON line: the built CLI checks a repository of about 36 MB
 * generated from the corpus with `--jobs 2`, with the consistency rules on and off, in alternating rounds (the
 * machines are shared and their speed drifts, so a ratio is taken within a round and the median round is the
 * figure). Goal: at most +20% CPU time. Also the size of the QA report (`bilingual-docs report`) on the corpus
 * and on that repository, to show that the page stays readable however large the repository.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  cli,
  corpusArticles,
  corpusRoot,
  generated,
  generateRepository,
  megabytes,
  median,
  root,
  round2,
  timeProcess,
  type ProcessRun,
} from './repositories';

const REPOSITORY_BYTES = 36e6;
const ROUNDS = Number(process.env.BENCH_ACROSS_FILES_ROUNDS ?? 5);
const OFF = ['--rule', 'inconsistent-target=off', '--rule', 'inconsistent-source=off'];

function figures(run: ProcessRun): { wallSeconds: number; cpuSeconds?: number; peakRssMB?: number } {
  return { wallSeconds: round2(run.wallSeconds), cpuSeconds: run.cpuSeconds, peakRssMB: run.peakRssMB };
}

/** `bilingual-docs report` over a folder: its time and the size of the page it writes. */
async function reportSize(folder: string): Promise<{ MB: number; wallSeconds: number; exitCode: number }> {
  const out = join(tmpdir(), `bilingual-docs-bench-report-${process.pid}.html`);
  try {
    const run = await timeProcess([cli, 'report', folder, '--jobs', '2', '--out', out], root);
    return { MB: megabytes(statSync(out).size), wallSeconds: round2(run.wallSeconds), exitCode: run.exitCode };
  } finally {
    rmSync(out, { force: true });
  }
}

async function main(): Promise<void> {
  const repository = generateRepository(corpusArticles(), REPOSITORY_BYTES);
  try {
    const check = (...options: string[]) =>
      timeProcess([cli, 'check', repository.path, '--format', 'json', '--jobs', '2', ...options], root);
    await check(...OFF); // warms the file cache, so the first timed round reads as the others do
    const rounds: { on: ProcessRun; off: ProcessRun }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Which goes first alternates too: a drift within a round then favours neither.
      if (round % 2 === 0) {
        const off = await check(...OFF);
        rounds.push({ off, on: await check() });
      } else {
        const on = await check();
        rounds.push({ on, off: await check(...OFF) });
      }
    }
    const cpuRatios = rounds.map((round) => round2((round.on.cpuSeconds ?? NaN) / (round.off.cpuSeconds ?? NaN)));
    const wallRatios = rounds.map((round) => round2(round.on.wallSeconds / round.off.wallSeconds));
    const rssGrowth = rounds.map((round) => (round.on.peakRssMB ?? NaN) - (round.off.peakRssMB ?? NaN));
    const result = {
      repository: { MB: megabytes(repository.bytes), files: repository.files, locales: repository.locales },
      command: 'node dist/cli.js check <repository> --format json --jobs 2 > /dev/null, with and without OFF',
      off: OFF.join(' '),
      rounds: rounds.map((round) => ({ on: figures(round.on), off: figures(round.off) })),
      // Goal: at most 1.2 (the rules across files cost at most 20% more CPU time).
      cpuOnOverOff: round2(median(cpuRatios)),
      cpuOnOverOffRounds: cpuRatios,
      wallOnOverOff: round2(median(wallRatios)),
      wallOnOverOffRounds: wallRatios,
      peakRssGrowthMB: median(rssGrowth),
      reportSize: {
        corpus: { ...(await reportSize(corpusRoot)), what: corpusRoot },
        repository: await reportSize(repository.path),
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const path of generated) rmSync(path, { recursive: true, force: true });
  }
}

void main().catch((error: Error) => {
  process.stdout.write(`${JSON.stringify({ error: error.stack ?? error.message })}\n`);
  process.exitCode = 1;
});
