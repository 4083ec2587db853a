// `npm run package`: bundles the extension for production (minified, no source maps) and packs
// bilingual-docs-<version>.vsix with vsce. Every runtime dependency is bundled into dist/, so the package carries
// no node_modules (`--no-dependencies`); .vscodeignore says what goes in. Prints the package's size.
// `--out-dir <dir>` writes the .vsix there instead of the project folder (the UI checks use a temporary one).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative, resolve, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const outDirFlag = process.argv.indexOf('--out-dir');
const outDir = outDirFlag >= 0 ? resolve(process.argv[outDirFlag + 1] ?? '.') : root;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(outDir, `${name}-${version}.vsix`);

/**
 * Top-level folders that never go into the package. vsce lists every file under its folder before applying
 * .vscodeignore, and the code-server cache alone holds thousands, so it packs from a copy without them.
 */
const NOT_PACKAGED = new Set(['.git', 'node_modules', '.cache', 'out', 'test-results', '.vscode-test']);

function run(title, command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

/** Files the manifest points at (`main`, `icon`, grammars, JSON schemas …), as paths relative to the root. */
function referencedFiles(manifest) {
  const found = new Set();
  const visit = (value, key) => {
    if (typeof value === 'string') {
      if (['main', 'browser', 'icon', 'path', 'url', 'light', 'dark'].includes(key) && !/^(\$\(|[a-z]+:)/.test(value))
        found.add(normalize(value));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
    }
  };
  visit({ main: manifest.main, browser: manifest.browser, icon: manifest.icon, contributes: manifest.contributes }, '');
  return [...found];
}

/** Fails before packing when .vscodeignore would leave out a file the manifest needs. */
function checkPackagedFiles(stage) {
  const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: stage, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`vsce ls failed:\n${listed.stderr}`);
  const files = new Set(listed.stdout.split('\n').map((line) => line.trim()).filter(Boolean).map(normalize));
  const missing = referencedFiles(JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8'))).filter(
    (file) => !files.has(file),
  );
  if (missing.length > 0) {
    console.error(
      `package.json refers to files the .vsix would not contain (see .vscodeignore, or build first): ${missing.join(', ')}`,
    );
    process.exit(1);
  }
}

const started = Date.now();
mkdirSync(outDir, { recursive: true });
run('production build', process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
const stage = mkdtempSync(join(tmpdir(), 'bilingual-docs-package-'));
try {
  cpSync(root, stage, {
    recursive: true,
    filter: (source) => {
      const [top] = relative(root, source).split(sep);
      return !NOT_PACKAGED.has(top ?? '') && !source.endsWith('.vsix');
    },
  });
  checkPackagedFiles(stage);
  run('vsce package', process.execPath, [
    vsce, 'package',
    '--no-dependencies',
    // The repository has no public address yet; README's relative links are for readers of the repository.
    '--allow-missing-repository', '--no-rewrite-relative-links',
    '--out', vsix,
  ], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
const bytes = statSync(vsix).size;
console.log(`${vsix}: ${(bytes / 1024).toFixed(1)} KiB, packed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
