/**
 * Privacy: the language server and the CLI make no network request and write no file. Each runs here with every
 * network and file-writing function of Node replaced by one that throws and leaves a marker on stderr.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVACY_MARKER } from '../privacy/privacyGuard';
import { REPOSITORY_ROOT } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

const GUARD = join(REPOSITORY_ROOT, 'out/test/privacy/privacyGuard.js');
const CLI = join(REPOSITORY_ROOT, 'dist/cli.js');
const FIXTURES = join(REPOSITORY_ROOT, 'test/fixtures');

describe('privacy', () => {
  test('Should have a guard that really blocks a network request and a file write', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        GUARD,
        '-e',
        "try { require('node:http').get('http://127.0.0.1:9') } catch {} try { require('node:fs').writeFileSync('/tmp/x', 'y') } catch {}",
      ],
      { encoding: 'utf8' },
    );
    assert.match(run.stderr, new RegExp(`${PRIVACY_MARKER} http\\.get`));
    assert.match(run.stderr, new RegExp(`${PRIVACY_MARKER} fs\\.writeFileSync`));
  });

  test('Should serve every feature with no network request and no file written', async () => {
    const client = await StdioLanguageClient.start({
      rootUri: pathToFileURL(FIXTURES).href,
      settings: { rules: {}, diagnosticsDelay: 10 },
      nodeArguments: ['--require', GUARD],
    });
    try {
      const path = join(FIXTURES, 'seeds/et-EE__self-service-password-reset.md');
      const uri = pathToFileURL(path).href;
      await client.open(uri, readFileSync(path, 'utf8'));
      await client.diagnostics(uri, 1);
      const position = { line: 21, character: 40 };
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/definition', { textDocument: { uri }, position });
      await client.request('bilingualDocs/preview', { uri });
      await client.request('bilingualDocs/lookupRanges', { uri });
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '646d1-105' });
      assert.ok(symbols.length > 0, 'the workspace search read the fixtures');
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
    assert.doesNotMatch(client.stderr.join(''), new RegExp(PRIVACY_MARKER));
  });

  test('Should check a folder from the command line with no network request and no file written', () => {
    const run = spawnSync(process.execPath, ['--require', GUARD, CLI, 'check', FIXTURES, '--format', 'sarif'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.doesNotMatch(run.stderr, new RegExp(PRIVACY_MARKER));
    assert.equal(run.status, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).version, '2.1.0');
  });
});
