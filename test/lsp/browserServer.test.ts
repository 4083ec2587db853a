import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { DictionaryFileRequest, WorkspaceStatRequest } from '../../shared/protocol';
import { REPOSITORY_ROOT } from './support/documents';

/**
 * Runs the browser's server bundle (dist/browser/server.js) in a worker thread dressed as a Web Worker: `postMessage`
 * and `onmessage` on the global scope, as the bundle's BrowserMessageReader and Writer use them.
 */
const WEB_WORKER_SCOPE = `
const { parentPort } = require('node:worker_threads');
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = () => {};
Object.defineProperty(globalThis, 'onmessage', {
  set(listener) { parentPort.on('message', (data) => listener({ data })); },
});
require(${JSON.stringify(join(REPOSITORY_ROOT, 'dist/browser/server.js'))});
`;

describe('the browser server in a Web Worker', () => {
  test('Should report a misspelled word of a German article with the dictionary the client reads for it', async () => {
    const worker = new Worker(WEB_WORKER_SCOPE, { eval: true });
    const connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    const askedFor: string[] = [];
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({ diagnosticsDelay: 10 })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest(WorkspaceStatRequest, () => null);
    connection.onRequest(DictionaryFileRequest, ({ fileName }) => {
      askedFor.push(fileName);
      return readFileSync(join(REPOSITORY_ROOT, 'dist/dictionaries', fileName)).toString('base64');
    });
    const spelling = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.diagnostics.some((diagnostic) => diagnostic.code === 'spelling')) resolve(params);
      });
    });
    connection.listen();
    try {
      const capabilities = { workspace: { configuration: true } };
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities });
      await connection.sendNotification('initialized', {});
      const articlePath = join(REPOSITORY_ROOT, 'test/fixtures/real/OfficeDocs-SkypeForBusiness__patients-audit.md');
      const article = readFileSync(articlePath, 'utf8');
      const misspelled = article.replace('in dieser Gruppe beibehalten', 'in dieser Gruppe beibehaltn');
      assert.notEqual(misspelled, article);
      const uri = 'vscode-vfs://github/contoso/docs/patients-audit.md';
      const textDocument = { uri, languageId: 'markdown', version: 1, text: misspelled };
      await connection.sendNotification('textDocument/didOpen', { textDocument });

      const published = await spelling;
      const found = published.diagnostics.filter((diagnostic) => diagnostic.code === 'spelling');
      const messages = found.map((diagnostic) => diagnostic.message);
      assert.ok(messages.includes('"beibehaltn" is not in the de dictionary.'), messages.join(' | '));
      assert.deepEqual(askedFor, ['de.ptrie.gz']);
    } finally {
      connection.dispose();
      await worker.terminate();
    }
  });
});
