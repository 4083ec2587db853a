// `npm run bench`: builds the bench programs, runs each in its own process (so one's memory does not weigh on
// another's figures) and prints one JSON object with all the figures.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const programs = [
  { name: 'core', entry: 'bench/core.ts' },
  { name: 'repository', entry: 'bench/repository.ts' },
  { name: 'spelling', entry: 'bench/spelling.ts' },
  { name: 'consistencyIndex', entry: 'bench/consistencyIndex.ts' },
  { name: 'acrossFiles', entry: 'bench/acrossFiles.ts' },
  { name: 'glossary', entry: 'bench/glossary.ts' },
].filter((program) => existsSync(join(root, program.entry)));

await esbuild.build({
  absWorkingDir: root,
  entryPoints: programs.map((program) => program.entry),
  outdir: 'out/bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});

const figures = {};
function runJson(name, args) {
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  try {
    Object.assign(figures, name === 'core' ? JSON.parse(lastLine) : { [name]: JSON.parse(lastLine) });
  } catch {
    figures[name] = { error: `exit ${run.status}`, output: run.stdout.slice(-2000) };
  }
}
for (const program of programs)
  runJson(program.name, [
    '--expose-gc',
    join('out/bench', program.entry.replace(/^bench\//, '').replace(/\.ts$/, '.js')),
  ]);
if (existsSync(join(root, 'bench/lsp.mjs'))) runJson('languageServer', ['bench/lsp.mjs']);
if (existsSync(join(root, 'bench/workspaceIndex.mjs'))) runJson('workspaceIndex', ['bench/workspaceIndex.mjs']);

console.log(JSON.stringify(figures, null, 2));
