import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  ResponseError,
  type CodeAction,
  type Hover,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import type { PreviewResult, UnitAtResult } from '../../shared/protocol';
import { article, applyEdits, FIXTURES, fixtureText, positionOf } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

const SEED = 'seeds/et-EE__self-service-password-reset.md';
const SEED_URI = pathToFileURL(join(FIXTURES, SEED)).href;

const BROKEN = article(
  '# <span data-ttu-id=&quot;27db3-109&quot;>Sidefodsmodul</span><span class="sxs-lookup"><span data-stu-id="27db3-109">Footer module</span></span>',
  '',
  '<span data-ttu-id="27db3-110">Tilføj et link.</span><span class="sxs-lookup"><span data-stu-id="27db3-111">Add a link.</span></span>',
  '',
);
const BROKEN_URI = 'untitled:broken-footer.md';

function codesAndRanges(params: PublishDiagnosticsParams): unknown[] {
  return params.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range]);
}

function editsFor(action: CodeAction | undefined, uri: string): TextEdit[] {
  return action?.edit?.changes?.[uri] ?? [];
}

async function rejection(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as ResponseError<unknown>;
  }
  throw new Error('Expected the request to be answered with an error');
}

describe('the language server over stdio', () => {
  let client: StdioLanguageClient;

  before(async () => {
    client = await StdioLanguageClient.start({
      rootUri: pathToFileURL(FIXTURES).href,
      settings: { diagnosticsDelay: 10 },
    });
  });

  after(() => client.kill());

  test('Should announce its features on initialize', () => {
    const capabilities = client.initializeResult!.capabilities;
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.bilingualDocs'] });
  });

  test('Should publish diagnostics and a status for an opened article, and show its source on hover', async () => {
    const text = fixtureText(SEED);
    await client.open(SEED_URI, text);
    const status = await client.status(SEED_URI, 1);
    assert.deepEqual(
      [status.hasMarkup, status.unitCount, status.locale, status.translationType],
      [true, 8, 'et-EE', 'HT'],
    );
    const published = await client.diagnostics(SEED_URI, 1);
    assert.equal(published.diagnostics.length, status.problemCount);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(text, 'SSPR on administraatorite', 3),
    });
    assert.match((hover.contents as { value: string }).value, /\n\nSSPR is enabled by default for Admins\.\n\n/);
    assert.match((hover.contents as { value: string }).value, /`646d1-104` · unit 3 of 8/);
  });

  test('Should report a broken article with the expected codes and ranges', async () => {
    await client.open(BROKEN_URI, BROKEN);
    const published = await client.diagnostics(BROKEN_URI, 1);
    assert.deepEqual(codesAndRanges(published), [
      ['escaped-markup', 1, { start: { line: 5, character: 2 }, end: { line: 5, character: 42 } }],
      ['id-mismatch', 1, { start: { line: 7, character: 96 }, end: { line: 7, character: 105 } }],
    ]);
    assert.match(published.diagnostics[1]!.codeDescription!.href, /^file:\/\/\/.*\/docs\/rules\/id-mismatch\.md$/);
    assert.equal(published.diagnostics[1]!.source, 'bilingual-docs');
  });

  test('Should fix an ID mismatch with a quick fix, and everything safe with fix-all, to the expected bytes', async () => {
    const mismatch = await client.diagnostics(BROKEN_URI, 1);
    const cursor = positionOf(BROKEN, '27db3-111', 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BROKEN_URI },
      range: { start: cursor, end: cursor },
      context: {
        diagnostics: mismatch.diagnostics.filter((diagnostic) => diagnostic.code === 'id-mismatch'),
        only: ['quickfix'],
      },
    });
    assert.equal(actions[0]!.isPreferred, true);
    const fixedIds = applyEdits(BROKEN, editsFor(actions[0], BROKEN_URI));
    assert.equal(fixedIds, BROKEN.replace('data-stu-id="27db3-111"', 'data-stu-id="27db3-110"'));

    await client.change(BROKEN_URI, 2, fixedIds);
    assert.deepEqual(
      (await client.diagnostics(BROKEN_URI, 2)).diagnostics.map((diagnostic) => diagnostic.code),
      ['escaped-markup'],
    );

    const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BROKEN_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(fixAll?.kind, 'source.fixAll.bilingualDocs');
    const fixedAll = applyEdits(fixedIds, editsFor(fixAll, BROKEN_URI));
    assert.equal(
      fixedAll,
      BROKEN.replace('data-stu-id="27db3-111"', 'data-stu-id="27db3-110"').replace(
        'data-ttu-id=&quot;27db3-109&quot;',
        'data-ttu-id="27db3-109"',
      ),
    );

    await client.change(BROKEN_URI, 3, fixedAll);
    assert.deepEqual((await client.diagnostics(BROKEN_URI, 3)).diagnostics, []);
  });

  test('Should stay silent on Markdown without bilingual markup', async () => {
    const uri = 'untitled:notes.md';
    await client.open(uri, '# Notes\n\nA <span class="note">plain</span> page.\n');
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    assert.equal((await client.status(uri, 1)).hasMarkup, false);
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 25 } }),
      null,
    );
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });

  test('Should answer the custom unitAt and preview requests', async () => {
    const text = fixtureText(SEED);
    const unitAt = await client.request<UnitAtResult>('bilingualDocs/unitAt', {
      uri: SEED_URI,
      position: positionOf(text, 'SSPR is enabled', 2),
    });
    assert.deepEqual([unitAt.unit.id, unitAt.side, unitAt.unitCount], ['646d1-104', 'source', 8]);
    const preview = await client.request<PreviewResult>('bilingualDocs/preview', { uri: SEED_URI });
    assert.deepEqual(
      preview.units.map((unit) => unit.id),
      ['646d1-102', '646d1-103', '646d1-104', '646d1-105', '646d1-106', '646d1-107', '646d1-108', '646d1-109'],
    );
  });

  test('Should stop a workspace symbol search the client cancels, and keep serving', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('workspace/symbol', { query: '55ff9-106' }, source.token);
    source.cancel();
    const answer = await pending.then(
      (symbols) => symbols,
      (error: ResponseError<unknown>) => error.code,
    );
    // Cancelled before the search began or during it: an empty answer, or the protocol's "request cancelled".
    assert.ok(
      (Array.isArray(answer) && answer.length === 0) || answer === -32800,
      `unexpected answer ${JSON.stringify(answer)}`,
    );
  });

  test('Should find which file on disk holds a unit ID', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '55ff9-106' });
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri]),
      [['55ff9-106', pathToFileURL(join(FIXTURES, 'seeds/fi-FI__self-service-password-reset.md')).href]],
    );
  });

  test('Should answer bad positions, unknown documents and malformed parameters with empty results or errors, and keep serving', async () => {
    const far = { textDocument: { uri: SEED_URI }, position: { line: 100_000, character: 3 } };
    assert.equal(await client.request('textDocument/hover', far), null);
    assert.deepEqual(await client.request('textDocument/definition', far), []);
    assert.equal(
      await client.request('textDocument/hover', {
        textDocument: { uri: 'file:///nowhere/missing.md' },
        position: { line: 0, character: 0 },
      }),
      null,
    );
    assert.deepEqual(
      await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/missing.md' } }),
      [],
    );
    assert.equal(await client.request('bilingualDocs/preview', { uri: 'file:///nowhere/missing.md' }), null);
    assert.equal((await rejection(client.request('textDocument/hover', {}))).code, -32602);
    assert.equal(
      (
        await rejection(
          client.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line: 'one' } }),
        )
      ).code,
      -32602,
    );
    assert.equal(
      (await rejection(client.request('textDocument/codeAction', { textDocument: { uri: SEED_URI } }))).code,
      -32602,
    );
    assert.equal((await rejection(client.request('bilingualDocs/unitAt', null))).code, -32602);
    assert.equal((await rejection(client.request('workspace/symbol', { query: 42 }))).code, -32602);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///nowhere/missing.md', version: 2 },
      contentChanges: [{ text: 'x' }],
    });

    const text = fixtureText(SEED);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(text, 'Lisateave', 2),
    });
    assert.match((hover.contents as { value: string }).value, /For more information:/);
  });

  test('Should answer requests for a document closed meanwhile with empty results', async () => {
    const uri = 'untitled:closing.md';
    await client.open(uri, BROKEN);
    const position = positionOf(BROKEN, '27db3-111', 1);
    const pending = client.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    await client.close(uri);
    const answered = await pending;
    assert.ok(Array.isArray(answered));
    assert.deepEqual(
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepEqual(
      (
        await client.waitFor<PublishDiagnosticsParams>(
          'textDocument/publishDiagnostics',
          (params) => params.uri === uri && params.version === undefined,
        )
      ).diagnostics,
      [],
    );
  });

  test('Should shut down and exit with code 0', async () => {
    assert.equal(await client.stop(), 0);
  });
});

describe('configuration over stdio', () => {
  let workspace: string;
  let client: StdioLanguageClient | undefined;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'bilingual-docs-lsp-'));
    mkdirSync(join(workspace, 'articles'));
  });

  after(() => {
    client?.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('Should take severities from .bilingual-docs.json over the settings, as the CLI does, and follow changes to the file', async () => {
    const configPath = join(workspace, '.bilingual-docs.json');
    writeFileSync(configPath, JSON.stringify({ rules: { 'id-mismatch': 'warning', 'escaped-markup': 'hint' } }));
    client = await StdioLanguageClient.start({
      rootUri: pathToFileURL(workspace).href,
      settings: { rules: { 'escaped-markup': 'off' }, diagnosticsDelay: 10 },
    });
    const uri = pathToFileURL(join(workspace, 'articles', 'footer.md')).href;
    await client.open(uri, BROKEN);
    const first = (await client.diagnostics(uri, 1)).diagnostics.map((diagnostic) => [
      diagnostic.code,
      diagnostic.severity,
    ]);
    assert.deepEqual(
      first.filter(([code]) => code === 'id-mismatch'),
      [['id-mismatch', 2]],
    );
    assert.ok(
      first.length > 1 &&
        first
          .filter(([code]) => code !== 'id-mismatch')
          .every(([code, severity]) => code === 'escaped-markup' && severity === 4),
      JSON.stringify(first),
    );

    writeFileSync(configPath, JSON.stringify({ rules: { 'id-mismatch': 'info' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(configPath).href, type: 2 }],
    });
    await client.change(uri, 2, BROKEN);
    const second = (await client.diagnostics(uri, 2)).diagnostics.map((diagnostic) => [
      diagnostic.code,
      diagnostic.severity,
    ]);
    assert.deepEqual(
      second.filter(([code]) => code === 'id-mismatch'),
      [['id-mismatch', 3]],
    );
  });

  test('Should tell the user once about a broken config file and go on with the defaults', async () => {
    const configPath = join(workspace, '.bilingual-docs.json');
    writeFileSync(configPath, '{"rules": {"id-mismatch": "warning",}');
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(configPath).href, type: 2 }],
    });
    const uri = pathToFileURL(join(workspace, 'articles', 'footer.md')).href;
    await client!.change(uri, 3, BROKEN);
    const third = (await client!.diagnostics(uri, 3)).diagnostics.map((diagnostic) => [
      diagnostic.code,
      diagnostic.severity,
    ]);
    assert.deepEqual(third.filter(([code]) => code === 'id-mismatch'), [['id-mismatch', 1]]);
    await client!.change(uri, 4, BROKEN);
    await client!.diagnostics(uri, 4);
    const messages = client!.receivedOf<{ type: number; message: string }>('window/showMessage');
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.type, 2);
    assert.match(
      messages[0]!.message,
      /\.bilingual-docs\.json:1:37: not valid JSON: .+; the default severities apply\.$/,
    );
    assert.equal(await client!.stop(), 0);
    client = undefined;
  });
});
