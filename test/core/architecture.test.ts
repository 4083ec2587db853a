// Keeps docs/architecture.md true: walks the sources and checks what each layer imports.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = process.cwd();
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface Import {
  /** The file that imports, relative to the root with `/`. */
  readonly from: string;
  /** As written. */
  readonly specifier: string;
  /** The imported file relative to the root (without extension) for our own modules; undefined for packages. */
  readonly target: string | undefined;
  readonly typeOnly: boolean;
}

function sourcesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(join(root, dir));
  return files;
}

const toPosix = (path: string) => path.split(sep).join('/');
// `import … from '…'` and `export … from '…'` (over several lines), and `import '…'`.
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = toPosix(relative(root, file));
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = match[2]!;
    const target = specifier.startsWith('.') ? toPosix(relative(root, resolve(dirname(file), specifier))) : undefined;
    return { from, specifier, target, typeOnly: match[1] !== undefined };
  });
}

const ALL_IMPORTS = ['shared', 'server/src', 'client/src', 'client/media/src'].flatMap(sourcesUnder).flatMap(importsOf);

function importsFrom(folder: string): Import[] {
  return ALL_IMPORTS.filter((each) => each.from.startsWith(`${folder}/`));
}

const isNodeBuiltin = (each: Import) => NODE_BUILTINS.has(each.specifier);
const inside = (each: Import, ...folders: string[]) => {
  const { target } = each;
  return target !== undefined && folders.some((folder) => target === folder || target.startsWith(`${folder}/`));
};
const describeImport = (each: Import) => `${each.from} imports ${each.specifier}`;

function assertNone(imports: readonly Import[], breaks: (each: Import) => boolean) {
  assert.deepEqual(imports.filter(breaks).map(describeImport), []);
}

describe('Architecture (docs/architecture.md)', () => {
  test('Should find the imports of every layer it checks', () => {
    const layers = ['shared', 'server/src/core', 'server/src/languageService', 'server/src/features', 'server/src/cli'];
    for (const folder of [...layers, 'client/src', 'client/media/src']) {
      assert.ok(importsFrom(folder).length > 0, folder);
    }
  });

  test('Should keep the core pure: only the core, shared and parsing packages; no LSP, VS Code or Node', () => {
    assertNone(importsFrom('server/src/core'), (each) =>
      isNodeBuiltin(each) ||
      (each.target !== undefined && !inside(each, 'server/src/core', 'shared')) ||
      (each.target === undefined && /^vscode/.test(each.specifier)));
  });

  test('Should let the core use only its parsing packages and @vscode/l10n, whose bundle only the server sets', () => {
    const packageImports = importsFrom('server/src/core').filter((each) => each.target === undefined);
    const packages = new Set(packageImports.map((each) => each.specifier));
    assert.deepEqual([...packages].sort(), ['@vscode/l10n', 'cspell-trie-lib', 'parse5', 'saxes', 'yaml']);
    const configuring = sourcesUnder('server/src').filter((file) => readFileSync(file, 'utf8').includes('l10n.config'));
    assert.deepEqual(configuring.map((file) => toPosix(relative(root, file))), ['server/src/localization.ts']);
  });

  test('Should keep shared free of our other code and of Node: the protocol types and pure helpers only', () => {
    assertNone(importsFrom('shared'), (each) =>
      isNodeBuiltin(each) ||
      (each.target !== undefined && !inside(each, 'shared')) ||
      (each.target === undefined && each.specifier !== 'vscode-languageserver-protocol'));
  });

  test('Should build the language service on the core, shared, LSP types and l10n only; no connection, no Node', () => {
    const packages = new Set(['vscode-languageserver-types', '@vscode/l10n']);
    assertNone(importsFrom('server/src/languageService'), (each) =>
      isNodeBuiltin(each) ||
      (each.target !== undefined && !inside(each, 'server/src/languageService', 'server/src/core', 'shared')) ||
      (each.target === undefined && !packages.has(each.specifier)));
  });

  test('Should use Node only in the Node entries, the CLI and its config file search', () => {
    const nodeOnly = ['server/src/node', 'server/src/cli', 'client/src/node'];
    const cliConfigFiles = 'server/src/configFiles.ts';
    assertNone([...importsFrom('server/src'), ...importsFrom('client/src')], (each) =>
      (isNodeBuiltin(each) || /\/node$/.test(each.specifier)) &&
      !nodeOnly.some((folder) => each.from.startsWith(`${folder}/`)) &&
      each.from !== cliConfigFiles);
  });

  const CLI_MAY_IMPORT = [
    'server/src/cli',
    'server/src/core',
    'server/src/languageService',
    'server/src/configFiles',
    'server/src/workspaceConfigFiles',
    'server/src/fileErrors',
    // The dictionaries are files beside the bundle, read the same way by the Node server and the CLI's workers.
    'server/src/node/dictionaryFiles',
    'shared',
  ];

  test('Should keep the CLI off the editor side: no language server wiring, no client, no VS Code', () => {
    assertNone(importsFrom('server/src/cli'), (each) =>
      (each.target !== undefined && !inside(each, ...CLI_MAY_IMPORT)) ||
      (each.target === undefined && /^vscode/.test(each.specifier)));
  });

  test('Should keep the language server out of the client: only the pure core, for what must answer at once', () => {
    const clientMayImport = ['client/src', 'shared', 'server/src/core'];
    assertNone(importsFrom('client/src'), (each) => each.target !== undefined && !inside(each, ...clientMayImport));
  });

  test('Should let the webview pages import only types from outside, or modules that import nothing', () => {
    const importsNothing = (target: string) => ALL_IMPORTS.every((each) => each.from !== `${target}.ts`);
    const valueFromOutside = (each: Import) =>
      each.target !== undefined && !inside(each, 'client/media/src') && !each.typeOnly && !importsNothing(each.target);
    assertNone(importsFrom('client/media/src'), (each) =>
      (each.target === undefined && /^vscode/.test(each.specifier)) || isNodeBuiltin(each) || valueFromOutside(each));
  });
});
