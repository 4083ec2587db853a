/**
 * The workspace consistency index of the language server, in process: the time to index a folder of real articles
 * (the corpus's `real/`, 73 files) through the server's own file system on Node, best of the rounds, split into
 * listing, reading and parsing + recording, and the heap the index keeps once built (after a full GC, run with
 * `--expose-gc`). Prints one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EMPTY_CONFIG } from '../server/src/core/config';
import { consistencyRecord } from '../server/src/core/consistencyRecord';
import { parse } from '../server/src/core/parse';
import { WorkspaceConsistency } from '../server/src/consistencyIndex';
import { EXCLUDES_NOTHING } from '../server/src/excludeGlobs';
import { nodeFileSystem } from '../server/src/node/nodeFileSystem';
import { markdownFiles } from './support';

const CORPUS_REAL = '/work/shared/corpus/real';
const folder = resolve(process.argv[2] ?? (existsSync(CORPUS_REAL) ? CORPUS_REAL : 'test/fixtures/real'));
const rounds = 5;
const round = (value: number) => Math.round(value * 10) / 10;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

async function build(): Promise<{ index: WorkspaceConsistency; ms: number }> {
  const index = new WorkspaceConsistency({ fileSystem: nodeFileSystem, parse, configFor: async () => EMPTY_CONFIG });
  const started = performance.now();
  const folders = [{ uri: pathToFileURL(folder).href, exclude: EXCLUDES_NOTHING }];
  await index.build(folders, { isCancellationRequested: false });
  return { index, ms: performance.now() - started };
}

async function main(): Promise<void> {
  const files = markdownFiles(folder);
  // Memory first, from a clean heap: what one index of the folder keeps.
  collect();
  collect();
  const before = process.memoryUsage().heapUsed;
  const { index } = await build();
  collect();
  collect();
  const heapMB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  const builds: number[] = [];
  for (let i = 0; i < rounds; i++) builds.push((await build()).ms);
  // The same work without the file system and the turns of the event loop: what parsing and recording cost.
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const parseAndRecord: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    for (const [n, text] of texts.entries()) consistencyRecord(String(n), parse(text), EMPTY_CONFIG, true);
    parseAndRecord.push(performance.now() - started);
  }
  const textMB = texts.reduce((sum, text) => sum + text.length * 2, 0) / 1024 / 1024;
  console.log(
    JSON.stringify({
      folder: folder.startsWith('/work/') ? folder : join('.', folder),
      files: files.length,
      indexedArticles: index.size,
      buildMs: { best: round(Math.min(...builds)), all: builds.map(round), goalMs: 3000 },
      parseAndRecordMs: { best: round(Math.min(...parseAndRecord)) },
      indexHeapMB: round(heapMB),
      articlesTextMB: round(textMB),
    }),
  );
}

void main();
