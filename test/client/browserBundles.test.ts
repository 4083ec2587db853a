import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** What esbuild's metafile says about one bundle (scripts/build.mjs writes them to out/metafiles). */
interface Metafile {
  readonly inputs: Record<string, { readonly imports: readonly { readonly path: string }[] }>;
}

const root = process.cwd();
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function metafileOf(outfile: string): Metafile {
  const path = join(root, 'out/metafiles', `${outfile.replace(/[/.]/g, '_')}.json`);
  assert.ok(existsSync(path), `${path} is missing: run node scripts/build.mjs`);
  return JSON.parse(readFileSync(path, 'utf8')) as Metafile;
}

/** Every Node built-in a bundle imports or that esbuild left out as `(disabled)` (a package's `browser` field). */
function nodeBuiltinsIn(metafile: Metafile): string[] {
  const found: string[] = [];
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    const disabled = /^\(disabled\):(.*)$/.exec(input)?.[1];
    if (disabled !== undefined && BUILTINS.has(disabled)) found.push(input);
    for (const { path } of imports) if (BUILTINS.has(path)) found.push(`${input} imports ${path}`);
  }
  return found;
}

describe('Browser bundles', () => {
  for (const outfile of ['dist/browser/extension.js', 'dist/browser/server.js', 'dist/media/preview.js']) {
    test(`Should build ${outfile} with no Node built-in in it`, () => {
      const metafile = metafileOf(outfile);
      assert.ok(Object.keys(metafile.inputs).length > 0);
      assert.deepEqual(nodeBuiltinsIn(metafile), []);
    });
  }

  test('Should keep vscode out of the server, and all of the server but its pure core out of the extension', () => {
    const server = metafileOf('dist/browser/server.js');
    const extension = metafileOf('dist/browser/extension.js');
    assert.ok(!Object.values(server.inputs).some(({ imports }) => imports.some(({ path }) => path === 'vscode')));
    assert.ok(Object.keys(server.inputs).includes('server/src/browser/main.ts'));
    const serverInputs = Object.keys(extension.inputs).filter((input) => input.startsWith('server/src/'));
    assert.deepEqual(serverInputs.filter((input) => !input.startsWith('server/src/core/')), []);
  });
});
