// Bundles the extension, the language server, the CLI, the preview's page script and the tests with esbuild; and the
// browser's extension and language server (dist/browser/, for web worker extension hosts) with no Node built-ins.
// Type checking is `tsc -b` (npm run typecheck); esbuild only strips types, so both run in `npm test`.
// A missing entry point fails the build: a bundle silently left out would ship an extension that cannot start.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

/** Web worker extension hosts and the server's Web Worker: no Node, so a Node built-in fails the build. */
const browser = { ...common, platform: 'browser', target: 'es2022', metafile: true };

const builds = [
  { ...common, entryPoints: ['client/src/node/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  { ...common, entryPoints: ['server/src/node/dictionaryWorker.ts'], outfile: 'dist/dictionaryWorker.js' },
  { ...browser, format: 'iife', entryPoints: ['client/media/src/preview.ts'], outfile: 'dist/media/preview.js' },
  { ...browser, format: 'iife', entryPoints: ['client/media/src/report.ts'], outfile: 'dist/media/report.js' },
  { ...browser, format: 'iife', entryPoints: ['client/media/src/editor/main.ts'], outfile: 'dist/media/editor.js' },
  {
    ...browser,
    format: 'cjs',
    entryPoints: ['client/src/browser/main.ts'],
    outfile: 'dist/browser/extension.js',
    external: ['vscode'],
  },
  { ...browser, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js' },
];
if (!production) {
  builds.push({
    ...common,
    entryPoints: testEntries(),
    outdir: 'out',
    outbase: '.',
    external: [
      'vscode',
      'mocha',
      'playwright-core',
      'typescript',
      '@vscode/test-electron',
      'vscode-oniguruma',
      'vscode-textmate',
      'axe-core',
    ],
  });
}

const missing = builds.flatMap((b) => b.entryPoints).filter((entry) => !existsSync(join(root, entry)));
if (missing.length > 0) {
  console.error(`build: entry point${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}`);
  process.exit(1);
}

/** The browser bundles' inputs and imports (esbuild's metafile), for the test that no Node built-in is in them. */
function writeMetafile(build, result) {
  if (!result.metafile) return;
  const file = join(root, 'out/metafiles', `${build.outfile.replace(/[/.]/g, '_')}.json`);
  mkdirSync(join(root, 'out/metafiles'), { recursive: true });
  writeFileSync(file, JSON.stringify({ outfile: build.outfile, ...result.metafile }));
}

await buildDictionaries();

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  builds.forEach((build, index) => writeMetafile(build, results[index]));
}
