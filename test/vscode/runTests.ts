// The integration suite's harness: runs the mocha suite in test/vscode/suite inside a real VS Code extension host
// through `@vscode/test-electron`'s `runTests()`, on a temporary copy of test/fixtures.
//
// Where the desktop VS Code can be downloaded (and shown), `runTests()` downloads and starts it as usual. Where it
// cannot (offline machines, CI here), `vscodeExecutablePath` points at a shim that runs the same arguments through
// code-server (installed on demand into .cache/) and headless Chromium. `BILINGUAL_DOCS_VSCODE=desktop|code-server`
// overrides the choice.
//
// Prints one line per test and a summary, writes {"passed":N,"failed":M} to $RESULTS_FILE when set, and exits
// non-zero on any failure, including a run that does not finish within the time limit.
import { runTests } from '@vscode/test-electron';
import { lookup } from 'node:dns/promises';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCodeServer, killProcessGroupNow } from '../../scripts/code-server.mjs';
import { SHIM_ENV, type SuiteResults } from './shimEnvironment';
import { PSEUDO_LOCALE, writePseudoBundle } from '../client/pseudoLocale';

const root = resolve(__dirname, '../../..');
const RUN_TIMEOUT_MS = Number(process.env.BILINGUAL_DOCS_VSCODE_TIMEOUT_MS ?? 10 * 60 * 1000);
const INSTALL_TIMEOUT_MS = 16 * 60 * 1000;

type Target = { kind: 'desktop'; reason: string } | { kind: 'code-server'; reason: string };

async function chooseTarget(): Promise<Target> {
  const forced = process.env.BILINGUAL_DOCS_VSCODE;
  if (forced === 'desktop' || forced === 'code-server') return { kind: forced, reason: 'BILINGUAL_DOCS_VSCODE' };
  if (forced) throw new Error(`BILINGUAL_DOCS_VSCODE must be "desktop" or "code-server", not "${forced}"`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { kind: 'code-server', reason: 'no display for the desktop VS Code' };
  }
  try {
    await withTimeout(lookup('update.code.visualstudio.com'), 3000, 'lookup');
    return { kind: 'desktop', reason: 'the desktop VS Code can be downloaded' };
  } catch {
    return { kind: 'code-server', reason: 'the desktop VS Code cannot be downloaded from this machine' };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** runTests() spawns `vscodeExecutablePath` directly, so the shim needs an executable file that starts it. */
function writeShimExecutable(runDir: string): string {
  const path = join(runDir, 'code-server-shim');
  const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
  writeFileSync(
    path,
    `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(join(__dirname, 'codeServerShim.js'))} "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

function readSuiteResults(path: string): SuiteResults | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SuiteResults;
  } catch {
    return undefined;
  }
}

function writeResultsFile(passed: number, failed: number) {
  const path = process.env.RESULTS_FILE;
  if (path) writeFileSync(path, JSON.stringify({ passed, failed }) + '\n');
}

function seconds(since: number) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const started = Date.now();
  const extensionTestsPath = join(__dirname, 'suite', 'index.js');
  if (!existsSync(extensionTestsPath))
    throw new Error(`${extensionTestsPath} is missing: run \`node scripts/build.mjs\` first`);
  if (!existsSync(join(root, 'dist', 'extension.js')))
    console.warn('warning: dist/extension.js is missing, so the extension cannot activate');

  const runDir = mkdtempSync(join(tmpdir(), 'bilingual-docs-vscode-'));
  const workspace = join(runDir, 'workspace');
  cpSync(join(root, 'test', 'fixtures'), workspace, { recursive: true });
  const resultsPath = join(runDir, 'mocha-results.json');
  const pidsFile = join(runDir, 'process-groups');
  writeFileSync(pidsFile, '');

  // The last line of defence against a hang: whatever is still running is ended and the run fails loudly.
  const overall = setTimeout(() => {
    console.error(
      `\nTIMEOUT: the integration suite did not finish within ${Math.round((RUN_TIMEOUT_MS + INSTALL_TIMEOUT_MS) / 60000)} min; stopping code-server and Chromium. Logs: ${runDir}`,
    );
    for (const pid of readFileSync(pidsFile, 'utf8').split('\n').filter(Boolean)) killProcessGroupNow(Number(pid));
    writeResultsFile(0, 1);
    process.exit(1);
  }, RUN_TIMEOUT_MS + INSTALL_TIMEOUT_MS + 60_000);

  const target = await chooseTarget();
  console.log(
    `integration suite: ${target.kind === 'desktop' ? 'desktop VS Code' : 'code-server in Chromium'} (${target.reason})`,
  );
  let vscodeExecutablePath: string | undefined;
  if (target.kind === 'code-server') {
    const installStarted = Date.now();
    const codeServer = await withTimeout(
      ensureCodeServer({ root, log: (line) => console.log(line) }),
      INSTALL_TIMEOUT_MS,
      'installing code-server',
    );
    console.log(
      `code-server ${codeServer.version} ${codeServer.installedNow ? `installed in ${seconds(installStarted)}` : 'found in .cache/'}`,
    );
    vscodeExecutablePath = writeShimExecutable(runDir);
  }

  // A run in the pseudo-locale needs its bundle where VS Code looks for the display language's translations.
  const locale = process.env[SHIM_ENV.locale];
  const pseudoBundle = locale === PSEUDO_LOCALE ? writePseudoBundle(root) : undefined;
  const runStarted = Date.now();
  let exitCode: number;
  try {
    exitCode = await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [
        workspace,
        `--user-data-dir=${join(runDir, 'user-data')}`,
        `--extensions-dir=${join(runDir, 'extensions')}`,
        '--disable-extensions',
        ...(locale ? [`--locale=${locale}`] : []),
      ],
      extensionTestsEnv: {
        [SHIM_ENV.resultsFile]: resultsPath,
        [SHIM_ENV.runDir]: join(runDir, 'shim'),
        [SHIM_ENV.timeoutMs]: String(RUN_TIMEOUT_MS),
        [SHIM_ENV.pidsFile]: pidsFile,
      },
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    exitCode = typeof code === 'number' && code !== 0 ? code : 1;
  } finally {
    if (pseudoBundle) rmSync(pseudoBundle, { force: true });
  }
  clearTimeout(overall);

  const results = readSuiteResults(resultsPath);
  console.log('\nintegration suite results:');
  for (const test of results?.tests ?? []) {
    console.log(`  ${test.state === 'passed' ? '✔' : '✘'} ${test.title} (${test.durationMs} ms)`);
    if (test.error) console.log(`      ${test.error.split('\n')[0]}`);
  }
  const passed = results?.passed ?? 0;
  let failed = results?.failed ?? 0;
  if (!results) {
    console.error(
      '  the suite wrote no results: it timed out, crashed or never started in the extension host (see the log above)',
    );
    failed += 1;
  } else if (exitCode !== 0 && failed === 0) {
    console.error(`  VS Code exited with ${exitCode} although every test passed`);
    failed += 1;
  }
  console.log(
    `\nintegration suite: ${passed} passed, ${failed} failed; tests ${seconds(runStarted)}, whole run ${seconds(started)}`,
  );
  writeResultsFile(passed, failed);
  if (failed === 0 && exitCode === 0 && !process.env.BILINGUAL_DOCS_KEEP_LOGS)
    rmSync(runDir, { recursive: true, force: true });
  else console.log(`logs and workspace kept in ${runDir}`);
  return failed === 0 && exitCode === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`integration suite could not run: ${error instanceof Error ? error.message : String(error)}`);
    writeResultsFile(0, 1);
    process.exit(1);
  },
);
