import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-protocol/node';
import {
  ReportRequest,
  WorkspaceReadDirectoryRequest,
  WorkspaceReadTextRequest,
  WorkspaceStatRequest,
  type ReportResult,
  type WorkspaceFileKind,
} from '../../shared/protocol';
import { FIXTURES, fixtureText } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

/** github.dev's scheme: a repository the server cannot read from disk, only through the client. */
const REPOSITORY = 'vscode-vfs://github/owner/repo';
const SEED = 'seeds/et-EE__self-service-password-reset.md';
const CONFIG = `${REPOSITORY}/.bilingual-docs.json`;
const CONFIG_TEXT = JSON.stringify({ rules: { 'id-order': 'error' } });

/** The fixtures as the client's virtual file system shows them, plus a config file that exists only there. */
function localPathOf(uri: string): string | undefined {
  if (!uri.startsWith(`${REPOSITORY}/`)) return uri === REPOSITORY ? FIXTURES : undefined;
  return join(FIXTURES, decodeURIComponent(uri.slice(REPOSITORY.length + 1)));
}

function kindOf(path: string): WorkspaceFileKind {
  const stat = statSync(path);
  if (stat.isFile()) return 'file';
  return stat.isDirectory() ? 'directory' : 'other';
}

describe('Language server on a virtual workspace (files read through the client)', () => {
  let client: StdioLanguageClient | undefined;
  const asked = new Set<string>();

  before(async () => {
    client = await StdioLanguageClient.start({ rootUri: REPOSITORY, settings: { rules: {}, diagnosticsDelay: 10 } });
    client.connection.onRequest(WorkspaceStatRequest, ({ uri }) => {
      asked.add('stat');
      if (uri === CONFIG) return { kind: 'file', size: CONFIG_TEXT.length, mtime: 0 };
      const path = localPathOf(uri);
      if (path === undefined) return null;
      try {
        const stat = statSync(path);
        return { kind: kindOf(path), size: stat.size, mtime: stat.mtimeMs };
      } catch {
        return null;
      }
    });
    client.connection.onRequest(WorkspaceReadDirectoryRequest, ({ uri }) => {
      asked.add('readDirectory');
      const path = localPathOf(uri);
      if (path === undefined) throw new Error(`no folder ${uri}`);
      return readdirSync(path).map((name) => ({ name, kind: kindOf(join(path, name)) }));
    });
    client.connection.onRequest(WorkspaceReadTextRequest, ({ uri }) => {
      asked.add('readText');
      if (uri === CONFIG) return CONFIG_TEXT;
      const path = localPathOf(uri);
      if (path === undefined) throw new Error(`no file ${uri}`);
      return readFileSync(path, 'utf8');
    });
  });

  after(() => client?.kill());

  test('Should apply the .bilingual-docs.json of the virtual repository to its articles', async () => {
    const uri = `${REPOSITORY}/articles/out-of-order.md`;
    // Unit 646d1-103 renumbered 646d1-199 stands before 646d1-104: out of order, a hint unless configured.
    const text = fixtureText(SEED).replaceAll('-id="646d1-103"', '-id="646d1-199"');
    await client!.open(uri, text);
    const { diagnostics } = await client!.diagnostics(uri, 1);
    const codes = diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]);
    assert.deepEqual(codes.filter(([code]) => code === 'id-order'), [['id-order', 1]]);
  });

  test('Should find which article of the virtual repository holds a unit ID', async () => {
    const symbols = await client!.request<SymbolInformation[]>('workspace/symbol', { query: '55ff9-106' });
    const found = symbols.map((symbol) => [symbol.name, symbol.location.uri]);
    assert.deepEqual(found, [['55ff9-106', `${REPOSITORY}/seeds/fi-FI__self-service-password-reset.md`]]);
    assert.deepEqual([...asked].sort(), ['readDirectory', 'readText', 'stat']);
  });

  test('Should build the QA report of a folder of the virtual repository, linking its articles by their URIs', async () => {
    const result = await client!.request<ReportResult | null>(ReportRequest.method, { uris: [`${REPOSITORY}/real`] });
    assert.equal(result!.files, readdirSync(join(FIXTURES, 'real')).length);
    assert.ok(result!.problems > 0);
    assert.match(
      result!.html,
      /<a href="vscode-vfs:\/\/github\/owner\/repo\/real\/[^"]+\.md#L\d+" data-line="\d+">real\//,
    );
  });
});
