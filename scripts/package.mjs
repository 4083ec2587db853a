// `npm run package`: bundles the extension for production (minified, no source maps) and packs
// bilingual-docs-<version>.vsix with vsce. Every runtime dependency is bundled into dist/, so the package carries
// no node_modules (`--no-dependencies`); .vscodeignore says what goes in. Prints the package's size.
// `--out-dir <dir>` writes the .vsix there instead of the project folder (the UI checks use a temporary one).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDirFlag = process.argv.indexOf('--out-dir');
const outDir = outDirFlag >= 0 ? resolve(process.argv[outDirFlag + 1] ?? '.') : root;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(outDir, `${name}-${version}.vsix`);

function run(title, command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

const started = Date.now();
mkdirSync(outDir, { recursive: true });
run('production build', process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
run('vsce package', process.execPath, [
  join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package',
  '--no-dependencies',
  // The repository has no public address yet; README's relative links are for readers of the repository.
  '--allow-missing-repository', '--no-rewrite-relative-links',
  '--out', vsix,
]);
const bytes = statSync(vsix).size;
console.log(`${vsix}: ${(bytes / 1024).toFixed(1)} KiB, packed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
