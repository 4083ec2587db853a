import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './support/documents';
import { SERVER } from './support/stdioClient';

function run(...args: string[]) {
  return spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '' });
}

describe('bilingual-docs-language-server command line', () => {
  test('Should print the package version for --version', () => {
    const { version } = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = run('--version');
    assert.deepEqual([result.status, result.stdout, result.stderr], [0, `${version}\n`, '']);
  });

  test('Should print its usage for --help', () => {
    const result = run('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: bilingual-docs-language-server \[--stdio \| --node-ipc/);
  });

  test('Should refuse an unknown argument with a clear message and exit code 2', () => {
    const result = run('--stdoi');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^bilingual-docs-language-server: unknown argument "--stdoi"\n/);
    assert.equal(result.stdout, '');
  });

  test('Should ask for a transport when given none, or a value when an option lacks one', () => {
    assert.match(run().stderr, /^bilingual-docs-language-server: no transport given; pass --stdio, --node-ipc, --socket=<port> or --pipe=<name>\n/);
    assert.match(run('--socket').stderr, /^bilingual-docs-language-server: --socket needs a value \(--socket=<value>\)\n/);
    assert.match(run('--stdio', '--node-ipc').stderr, /more than one transport given/);
  });
});
