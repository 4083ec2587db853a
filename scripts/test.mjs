// `npm test`: type check, lint, build, then every test layer in turn, and one closing line with the totals.
// Layers: the in-memory tests (node:test over out/test/{core,cli,lsp,client}), then the real-VS-Code suite (in
// English, then its display-language tests in the pseudo-locale) and the UI checks in Chromium.
// `node scripts/test.mjs core lsp` runs only the layers named; `pseudo-locale` alone runs only the second VS Code run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const wanted = process.argv.slice(2);
const want = (layer) => wanted.length === 0 || wanted.includes(layer);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function step(title, command, args) {
  console.log(`\n=== ${title}`);
  const status = run(command, args);
  if (status !== 0) {
    console.error(`${title} failed (exit ${status})`);
    process.exit(status);
  }
}

step('type check (tsc -b)', 'npx', ['tsc', '-b']);
if (want('lint')) step('lint (ESLint, .editorconfig)', 'npm', ['run', '--silent', 'lint']);
step('build (esbuild)', 'node', ['scripts/build.mjs']);

let passed = 0;
let failed = 0;
let exitCode = 0;

function testFilesUnder(dir) {
  const files = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.js')) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** node:test over some folders of out/test, counting results through a TAP copy of the report. */
function nodeTestLayer(layer, dirs) {
  const files = dirs.flatMap((d) => testFilesUnder(join(root, 'out/test', d)));
  if (files.length === 0) return;
  console.log(`\n=== ${layer} tests (${files.length} files)`);
  const tap = join(mkdtempSync(join(tmpdir(), 'bilingual-docs-test-')), 'report.tap');
  const status = run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number([...report.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail');
  if (status !== 0) exitCode = 1;
}

/** A layer run by its own harness, which writes `{passed, failed}` to the file named in RESULTS_FILE. */
function harnessLayer(layer, script, env = {}) {
  if (!existsSync(join(root, script))) return;
  console.log(`\n=== ${layer}`);
  const results = join(mkdtempSync(join(tmpdir(), 'bilingual-docs-test-')), 'results.json');
  const status = run(process.execPath, [script], { env: { ...process.env, ...env, RESULTS_FILE: results } });
  if (existsSync(results)) {
    const counts = JSON.parse(readFileSync(results, 'utf8'));
    passed += counts.passed ?? 0;
    failed += counts.failed ?? 0;
  } else if (status !== 0) {
    failed += 1;
  }
  if (status !== 0) exitCode = 1;
}

if (want('core')) nodeTestLayer('core', ['core', 'cli']);
if (want('lsp')) nodeTestLayer('language server', ['lsp']);
if (want('client')) nodeTestLayer('client', ['client']);
if (want('vscode')) harnessLayer('real VS Code integration suite', 'out/test/vscode/runTests.js');
// The display-language tests again with VS Code in the pseudo-locale: every word they check must come out translated.
if (want('vscode') || want('pseudo-locale')) {
  harnessLayer('real VS Code in the pseudo-locale (qps-ploc)', 'out/test/vscode/runTests.js', {
    BILINGUAL_DOCS_TEST_LOCALE: 'qps-ploc',
    BILINGUAL_DOCS_TEST_GREP: 'display language',
  });
}
if (want('ui')) harnessLayer('UI checks in Chromium', 'out/test/ui/runUiChecks.js');

if (failed > 0) exitCode = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
