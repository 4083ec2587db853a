// Bundles the extension, the language server, the CLI, the preview's page script and the tests with esbuild.
// Type checking is `tsc -b` (npm run typecheck); esbuild only strips types, so both run in `npm test`.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDictionaries } from './dictionaries.mjs';

const root = new URL('..', import.meta.url).pathname;
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Every `*.test.ts` (and the real-VS-Code harness files) under test/, bundled one file per entry. */
function testEntries() {
  const entries = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'fixtures' || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) entries.push(relative(root, path));
    }
  };
  walk(join(root, 'test'));
  return entries;
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const common = {
  define: { __BILINGUAL_DOCS_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

const shebang = { js: '#!/usr/bin/env node' };

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
];
if (existsSync(join(root, 'server/src/cli/checkWorker.ts'))) {
  builds.push({ ...common, entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' });
}
if (existsSync(join(root, 'client/media/src/preview.ts'))) {
  builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/media/src/preview.ts'], outfile: 'dist/media/preview.js' });
}
if (existsSync(join(root, 'client/media/src/editor/main.ts'))) {
  builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/media/src/editor/main.ts'], outfile: 'dist/media/editor.js' });
}
if (!production) {
  builds.push({ ...common, entryPoints: testEntries(), outdir: 'out', outbase: '.', external: ['vscode', 'mocha', 'playwright-core', 'typescript', '@vscode/test-electron', 'vscode-oniguruma', 'vscode-textmate', 'axe-core'] });
}

buildDictionaries();

const present = builds.filter((b) => b.entryPoints.every((entry) => existsSync(join(root, entry))));
if (watch) {
  const contexts = await Promise.all(present.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
}
