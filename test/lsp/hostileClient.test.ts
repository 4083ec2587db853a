/**
 * A client that breaks the protocol, by mistake or on purpose: the server refuses what it cannot serve and keeps
 * serving everything else.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, ResponseError, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { FIXTURES, fixtureText, positionOf } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

const SEED = 'seeds/et-EE__self-service-password-reset.md';
const SEED_URI = pathToFileURL(join(FIXTURES, SEED)).href;

async function errorCodeOf(promise: Promise<unknown>): Promise<number | string> {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    return (error as ResponseError<unknown>).code;
  }
}

describe('a client that breaks the protocol', () => {
  test('Should answer every request before initialize with ServerNotInitialized and ignore notifications', async () => {
    const client = await StdioLanguageClient.start({ initialize: false });
    try {
      const text = fixtureText(SEED);
      const position = positionOf(text, 'Lisateave', 2);
      await client.open(SEED_URI, text);
      const early = [
        client.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position }),
        client.request('workspace/symbol', { query: '646d1' }),
        client.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } }),
        client.request('bilingualDocs/preview', { uri: SEED_URI }),
      ];
      assert.deepEqual(await Promise.all(early.map(errorCodeOf)), [-32002, -32002, -32002, -32002]);

      await client.initialize();
      // The didOpen sent before initialize was dropped: the document is not open until it is sent again.
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position }), null);
      await client.open(SEED_URI, text);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position });
      assert.match((hover.contents as { value: string }).value, /For more information:/);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  test('Should refuse a document whose text is not a string and keep serving every other document', async () => {
    const client = await StdioLanguageClient.start();
    try {
      const text = fixtureText(SEED);
      for (const [index, bad] of [42, null, { length: 3 }, ['x']].entries()) {
        const uri = `untitled:bad-${index}.md`;
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'markdown', version: 1, text: bad },
        });
      }
      await client.open(SEED_URI, text);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: SEED_URI, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 7 }],
      });
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '646d1-106' });
      assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.location.uri]), [['646d1-106', SEED_URI]]);
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: SEED_URI },
        position: positionOf(text, 'Lisateave', 2),
      });
      assert.match((hover.contents as { value: string }).value, /For more information:/);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });
});
