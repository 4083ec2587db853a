// The language server's workspace consistency index, driven through a real LSP client over stdio
// (`node dist/server.js --stdio`; build first), over a workspace folder of real articles (the corpus's `real/`,
// 73 files). Prints one JSON object: the time from `initialized` to the end of the "Indexing N articles" progress
// with nothing else asked meanwhile (best of the rounds, each a fresh server), hover p50 on an open article while
// the index builds (hovers one after the other, in rounds of their own, alternating with the quiet ones) and once
// it is built, and the server's resident memory before and after indexing.
//
//   node bench/workspaceIndex.mjs [--folder <workspace folder>] [--rounds <n>]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
} = require('vscode-languageserver-protocol/node');

const root = new URL('..', import.meta.url).pathname;
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const CORPUS_REAL = '/work/shared/corpus/real';
const folder = argument('--folder', existsSync(CORPUS_REAL) ? CORPUS_REAL : join(root, 'test/fixtures/real'));
const rounds = Number(argument('--rounds', '3'));

function markdownFilesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFilesUnder(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const round = (ms) => Math.round(ms * 100) / 100;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function residentMegabytes(pid) {
  const kilobytes = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return Math.round(kilobytes / 102.4) / 10;
}

const files = markdownFilesUnder(folder);
const largest = files.reduce((best, file) => (statSync(file).size > statSync(best).size ? file : best));
const largestText = readFileSync(largest, 'utf8').replace(/^\uFEFF/, '');
const largestUri = pathToFileURL(largest).href;
const unitOffsets = [];
for (let at = largestText.indexOf('data-ttu-id="'); at >= 0; at = largestText.indexOf('data-ttu-id="', at + 1)) {
  unitOffsets.push(at);
}
const lines = largestText.split('\n');
const lineStarts = [];
for (let line = 0, offset = 0; line < lines.length; offset += lines[line].length + 1, line++) lineStarts.push(offset);
function positionAt(offset) {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return { line, character: offset - lineStarts[line] };
}
const hoverPositions = unitOffsets.filter((_, i) => i % 7 === 0).map((offset) => positionAt(offset + 40));

async function oneRound(hovering) {
  const server = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const hover = (position) =>
    connection.sendRequest('textDocument/hover', { textDocument: { uri: largestUri }, position });
  let indexed;
  const ended = new Promise((resolve) => (indexed = resolve));
  let message = '';
  connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
    connection.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.message) message = value.message;
      if (value.kind === 'end') indexed(performance.now());
    });
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();
  const rootUri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'corpus' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  // The largest article open before indexing starts, so hovers on it can be timed while the index builds.
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: largestUri, languageId: 'markdown', version: 1, text: largestText },
  });
  await hover(hoverPositions[0]);
  const rssBeforeMB = residentMegabytes(server.pid);
  const started = performance.now();
  await connection.sendNotification('initialized', {});
  let done = false;
  const endedAt = ended.then((at) => {
    done = true;
    return at;
  });
  const during = [];
  for (let i = 0; hovering && !done; i++) {
    const position = hoverPositions[i % hoverPositions.length];
    const asked = performance.now();
    await hover(position);
    if (!done) during.push(performance.now() - asked);
  }
  const buildMs = (await endedAt) - started;
  const after = [];
  for (let i = 0; i < 200; i++) {
    const asked = performance.now();
    await hover(hoverPositions[i % hoverPositions.length]);
    after.push(performance.now() - asked);
  }
  const rssAfterMB = residentMegabytes(server.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  during.sort((a, b) => a - b);
  after.sort((a, b) => a - b);
  return { buildMs, message, during, after, rssBeforeMB, rssAfterMB };
}

const quiet = [];
const hovered = [];
for (let i = 0; i < rounds; i++) {
  quiet.push(await oneRound(false));
  hovered.push(await oneRound(true));
}
const best = quiet.reduce((a, b) => (b.buildMs < a.buildMs ? b : a));
const during = hovered.flatMap((result) => result.during).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    folder,
    files: files.length,
    progressMessage: best.message,
    buildMs: { best: round(best.buildMs), all: quiet.map((result) => round(result.buildMs)), goalMs: 3000 },
    buildWhileHoveringMs: hovered.map((result) => round(result.buildMs)),
    hoverDuringBuild: { samples: during.length, p50Ms: during.length > 0 ? round(percentile(during, 50)) : null },
    hoverAfterBuild: { samples: best.after.length, p50Ms: round(percentile(best.after, 50)) },
    memory: { rssBeforeIndexMB: best.rssBeforeMB, rssAfterIndexMB: best.rssAfterMB },
  }),
);
