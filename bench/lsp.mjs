// Language server benchmark, driven through a real LSP client over stdio (`node dist/server.js --stdio`; build
// first). Prints one JSON object: hover p50/p99 on the largest corpus article, the Bilingual Editor's model request
// on it, the time from `didChange` to its diagnostics beyond the debounce, and the server's resident memory after
// opening every corpus article.
//
//   node bench/lsp.mjs [--corpus <folder>] [--file <article, default: the corpus's largest>]
//     [--hovers <n>] [--changes <n>]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');

const root = new URL('..', import.meta.url).pathname;
const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const corpus = argument(
  '--corpus',
  existsSync('/work/shared/corpus') ? '/work/shared/corpus' : join(root, 'test/fixtures'),
);
const hoverCount = Number(argument('--hovers', '2000'));
const changeCount = Number(argument('--changes', '20'));
const DEBOUNCE_MS = 150;

function markdownFilesUnder(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(folder);
  return files.sort();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms) => Math.round(ms * 100) / 100;

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** A fixed pseudo-random sequence, so every run hovers the same places. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function residentMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
  return Math.round(kilobytes / 102.4) / 10;
}

const server = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = createProtocolConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
);
const diagnosticWaiters = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri}#${params.version}`;
  diagnosticWaiters.get(key)?.(performance.now());
  diagnosticWaiters.delete(key);
});
connection.onRequest('workspace/configuration', (params) =>
  params.items.map(() => ({ diagnosticsDelay: DEBOUNCE_MS })),
);
connection.onRequest('client/registerCapability', () => null);
connection.listen();

const diagnosticsOf = (uri, version) => new Promise((resolve) => diagnosticWaiters.set(`${uri}#${version}`, resolve));

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  workspaceFolders: null,
  capabilities: { workspace: { configuration: true } },
});
await connection.sendNotification('initialized', {});

const files = markdownFilesUnder(corpus);
const chosen = argument('--file', undefined);
const largest = chosen ?? files.reduce((best, file) => (statSync(file).size > statSync(best).size ? file : best));
const text = readFileSync(largest, 'utf8').replace(/^\uFEFF/, '');
const uri = pathToFileURL(largest).href;

let started = performance.now();
let published = diagnosticsOf(uri, 1);
await connection.sendNotification('textDocument/didOpen', {
  textDocument: { uri, languageId: 'markdown', version: 1, text },
});
const openToDiagnosticsMs = (await published) - started;

// Hover on unit targets and lookups all over the article, one request at a time.
const starts = lineStarts(text);
const unitOffsets = [];
for (let at = text.indexOf('data-ttu-id="'); at >= 0; at = text.indexOf('data-ttu-id="', at + 1)) unitOffsets.push(at);
const next = random(42);
const hoverTimes = [];
let hoversWithContent = 0;
for (let i = 0; i < hoverCount; i++) {
  const base = unitOffsets[Math.floor(next() * unitOffsets.length)];
  const position = positionAt(starts, base + Math.floor(next() * 120));
  started = performance.now();
  const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  hoverTimes.push(performance.now() - started);
  if (hover) hoversWithContent++;
}
hoverTimes.sort((a, b) => a - b);

// The same number of hovers on a document that is not open: the server answers at once, so these times are
// the floor set by the transport and the machine's scheduling.
const floorTimes = [];
for (let i = 0; i < hoverCount; i++) {
  started = performance.now();
  await connection.sendRequest('textDocument/hover', {
    textDocument: { uri: 'file:///not-open.md' },
    position: { line: 0, character: 0 },
  });
  floorTimes.push(performance.now() - started);
}
floorTimes.sort((a, b) => a - b);

// Type one character at a time inside a unit; each change waits for its own diagnostics.
const changeTimes = [];
for (let version = 2; version < 2 + changeCount; version++) {
  const position = positionAt(starts, unitOffsets[Math.floor(next() * unitOffsets.length)] + 30);
  published = diagnosticsOf(uri, version);
  started = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: position, end: position }, text: version % 2 === 0 ? 'x' : '' }],
  });
  changeTimes.push((await published) - started);
}
changeTimes.sort((a, b) => a - b);

// The Bilingual Editor's model of the article, asked for as the grid asks after each edit, through the client.
const editorModelTimes = [];
let editorModelBytes = 0;
for (let i = 0; i < 20; i++) {
  started = performance.now();
  const model = await connection.sendRequest('bilingualDocs/editorModel', { uri });
  editorModelTimes.push(performance.now() - started);
  editorModelBytes = Buffer.byteLength(JSON.stringify(model));
}
editorModelTimes.sort((a, b) => a - b);

// Open every corpus article and wait for all their diagnostics, then read the server's resident size.
const others = files.filter((file) => file !== largest);
await Promise.all(
  others.map(async (file) => {
    const otherUri = pathToFileURL(file).href;
    const done = diagnosticsOf(otherUri, 1);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: otherUri,
        languageId: 'markdown',
        version: 1,
        text: readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
      },
    });
    await done;
  }),
);
const rssMB = residentMegabytes(server.pid);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

console.log(
  JSON.stringify({
    file: largest.startsWith(corpus) ? largest.slice(corpus.length + 1) : largest,
    bytes: statSync(largest).size,
    openToDiagnosticsMs: round(openToDiagnosticsMs),
    hover: {
      samples: hoverTimes.length,
      withContent: hoversWithContent,
      p50Ms: round(percentile(hoverTimes, 50)),
      p99Ms: round(percentile(hoverTimes, 99)),
      goalP99Ms: 5,
      emptyRequestP50Ms: round(percentile(floorTimes, 50)),
      emptyRequestP99Ms: round(percentile(floorTimes, 99)),
    },
    didChangeToDiagnostics: {
      samples: changeTimes.length,
      debounceMs: DEBOUNCE_MS,
      p50Ms: round(percentile(changeTimes, 50)),
      maxMs: round(changeTimes.at(-1)),
      beyondDebounceP50Ms: round(percentile(changeTimes, 50) - DEBOUNCE_MS),
      beyondDebounceMaxMs: round(changeTimes.at(-1) - DEBOUNCE_MS),
      goalBeyondDebounceMs: 100,
    },
    editorModel: {
      samples: editorModelTimes.length,
      p50Ms: round(percentile(editorModelTimes, 50)),
      maxMs: round(editorModelTimes.at(-1)),
      resultJsonBytes: editorModelBytes,
    },
    memory: { openFiles: files.length, rssMB },
  }),
);
