import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol/node';
import { parse } from '../../server/src/core/parse';
import { FIXTURES, fixtureText } from './support/documents';
import { StdioLanguageClient, type ClientOptions } from './support/stdioClient';

/**
 * Two real Japanese articles of one repository: unit 9f8d8-153 of the first and b0846-166 of the second have the
 * same source ('cmdlet.') and different targets, a tie, so each is reported with the other as related.
 */
const ONLINE = 'OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md';
const ON_PREMISES = 'OfficeDocs-SkypeForBusiness-pr__with-exchange-on-premises.md';
const ONLINE_TEXT = fixtureText(`real/${ONLINE}`);
const ON_PREMISES_TEXT = fixtureText(`real/${ON_PREMISES}`);
const ONLINE_UNIT = '9f8d8-153';
const ON_PREMISES_UNIT = 'b0846-166';

function targetOf(text: string, id: string): { readonly range: Range; readonly text: string; readonly start: number } {
  const model = parse(text);
  const unit = model.units.find((candidate) => candidate.id.value === id)!;
  const { start, end } = unit.target;
  return { range: model.lines.rangeOf(unit.target), text: text.slice(start, end), start };
}

/** The text with one unit's target replaced. */
function withTarget(text: string, id: string, target: string): string {
  const { start, text: old } = targetOf(text, id);
  return text.slice(0, start) + target + text.slice(start + old.length);
}

const ONLINE_TARGET = targetOf(ONLINE_TEXT, ONLINE_UNIT);
const ON_PREMISES_TARGET = targetOf(ON_PREMISES_TEXT, ON_PREMISES_UNIT);

interface Workspace {
  readonly client: StdioLanguageClient;
  readonly online: string;
  readonly onPremises: string;
}

const folders: string[] = [];
const clients: StdioLanguageClient[] = [];
after(() => {
  for (const client of clients) client.kill();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A workspace folder with the two articles (the second under `subfolder`, with `config` beside it if given). */
async function startWorkspace(
  options: Omit<ClientOptions, 'rootUri'>,
  layout: { readonly subfolder?: string; readonly config?: unknown } = {},
): Promise<Workspace> {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-docs-workspace-'));
  folders.push(folder);
  const second = join(folder, layout.subfolder ?? '');
  mkdirSync(second, { recursive: true });
  copyFileSync(join(FIXTURES, 'real', ONLINE), join(folder, ONLINE));
  copyFileSync(join(FIXTURES, 'real', ON_PREMISES), join(second, ON_PREMISES));
  if (layout.config !== undefined) writeFileSync(join(second, '.bilingual-docs.json'), JSON.stringify(layout.config));
  const client = await StdioLanguageClient.start({ rootUri: pathToFileURL(folder).href, ...options });
  clients.push(client);
  const online = pathToFileURL(join(folder, ONLINE)).href;
  return { client, online, onPremises: pathToFileURL(join(second, ON_PREMISES)).href };
}

function findingAt(diagnostics: readonly Diagnostic[], range: Range): Diagnostic | undefined {
  return diagnostics.find(
    (diagnostic) => diagnostic.code === 'inconsistent-target' && isDeepEqual(diagnostic.range, range),
  );
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

function hasFindingAt(range: Range): (params: PublishDiagnosticsParams) => boolean {
  return (params) => findingAt(params.diagnostics, range) !== undefined;
}

function indexingEnded(params: { value: { kind: string } }): boolean {
  return params.value.kind === 'end';
}

const SETTINGS = { rules: {}, diagnosticsDelay: 10 };

describe('Consistency across the workspace in the language server', () => {
  test('Should index in the background with progress, and find a unit of a closed file in an open one', async () => {
    const options = { settings: SETTINGS, relatedInformation: true, workDoneProgress: true };
    const { client, online, onPremises } = await startWorkspace(options);
    await client.waitFor('$/progress', indexingEnded);
    const reports = client.receivedOf<{ value: { kind: string; message?: string } }>('$/progress');
    const said = reports.map((report) => report.value.message);
    assert.ok(said.includes('Indexing 2 articles'), said.join());
    await client.open(online, ONLINE_TEXT);
    const published = await client.waitFor('textDocument/publishDiagnostics', hasFindingAt(ONLINE_TARGET.range));
    const finding = findingAt(published.diagnostics, ONLINE_TARGET.range)!;
    assert.equal(
      finding.message,
      `The source 'cmdlet.' of unit ${ONLINE_UNIT} is translated otherwise elsewhere: ` +
        `'${ON_PREMISES_TARGET.text}' (1 other unit). In another file: ${ON_PREMISES}.`,
    );
    assert.deepEqual(finding.relatedInformation, [
      {
        location: { uri: onPremises, range: ON_PREMISES_TARGET.range },
        message: `Translated '${ON_PREMISES_TARGET.text}' in unit ${ON_PREMISES_UNIT}.`,
      },
    ]);
  });

  test("Should offer the other file's translation as a quick fix", async () => {
    const { client, online } = await startWorkspace({ settings: SETTINGS });
    await client.open(online, ONLINE_TEXT);
    await client.waitFor('textDocument/publishDiagnostics', hasFindingAt(ONLINE_TARGET.range));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: online },
      range: ONLINE_TARGET.range,
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const fix = actions.find((action) => action.title === `Use '${ON_PREMISES_TARGET.text}' as in 1 other unit`);
    assert.deepEqual(fix?.edit?.changes?.[online], [{ range: ONLINE_TARGET.range, newText: ON_PREMISES_TARGET.text }]);
  });

  test("Should clear and bring back an open file's finding as another open file's target changes", async () => {
    const { client, online, onPremises } = await startWorkspace({ settings: SETTINGS, workDoneProgress: true });
    await client.waitFor('$/progress', indexingEnded);
    await client.open(online, ONLINE_TEXT);
    await client.open(onPremises, ON_PREMISES_TEXT);
    await client.waitFor('textDocument/publishDiagnostics', hasFindingAt(ONLINE_TARGET.range));
    const cleared = client.waitForNext<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === online && findingAt(params.diagnostics, ONLINE_TARGET.range) === undefined,
    );
    await client.change(onPremises, 2, withTarget(ON_PREMISES_TEXT, ON_PREMISES_UNIT, ONLINE_TARGET.text));
    assert.equal((await cleared).version, 1);
    const back = client.waitForNext<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === online && hasFindingAt(ONLINE_TARGET.range)(params),
    );
    await client.change(onPremises, 3, ON_PREMISES_TEXT);
    await back;
  });

  test('Should read again an article changed on disk and update the finding of the open one', async () => {
    const { client, online, onPremises } = await startWorkspace({ settings: SETTINGS });
    await client.open(online, ONLINE_TEXT);
    await client.waitFor('textDocument/publishDiagnostics', hasFindingAt(ONLINE_TARGET.range));
    const cleared = client.waitForNext<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === online && findingAt(params.diagnostics, ONLINE_TARGET.range) === undefined,
    );
    writeFileSync(fileURLToPath(onPremises), withTarget(ON_PREMISES_TEXT, ON_PREMISES_UNIT, ONLINE_TARGET.text));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: onPremises, type: 2 }],
    });
    await cleared;
  });

  test('Should publish for a closed file with workspaceDiagnostics on, and clear it when off', async () => {
    const settings = { ...SETTINGS, workspaceDiagnostics: true };
    const { client, onPremises } = await startWorkspace({ settings, relatedInformation: true });
    const published = await client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === onPremises && findingAt(params.diagnostics, ON_PREMISES_TARGET.range) !== undefined,
    );
    const finding = findingAt(published.diagnostics, ON_PREMISES_TARGET.range)!;
    assert.equal(finding.relatedInformation?.[0]?.location.range.start.line, ONLINE_TARGET.range.start.line);
    assert.ok(published.diagnostics.every((diagnostic) => String(diagnostic.code).startsWith('inconsistent-')));
    const cleared = client.waitForNext<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === onPremises && params.diagnostics.length === 0,
    );
    client.options.settings = SETTINGS;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await cleared;
  });

  test('Should leave out the files that files.exclude hides', async () => {
    const { client, online } = await startWorkspace({
      settings: SETTINGS,
      sections: { 'files.exclude': { '**/*-on-premises.md': true } },
      workDoneProgress: true,
    });
    await client.waitFor('$/progress', indexingEnded);
    await client.open(online, ONLINE_TEXT);
    const { diagnostics } = await client.diagnostics(online, 1);
    assert.equal(findingAt(diagnostics, ONLINE_TARGET.range), undefined);
    assert.ok(!diagnostics.some((diagnostic) => String(diagnostic.message).includes(ON_PREMISES)));
  });

  test('Should leave out an article whose configuration switches the consistency rules off', async () => {
    const config = { rules: { 'inconsistent-target': 'off', 'inconsistent-source': 'off' } };
    const layout = { subfolder: 'other', config };
    const { client, online } = await startWorkspace({ settings: SETTINGS, workDoneProgress: true }, layout);
    await client.waitFor('$/progress', indexingEnded);
    await client.open(online, ONLINE_TEXT);
    const { diagnostics } = await client.diagnostics(online, 1);
    assert.equal(findingAt(diagnostics, ONLINE_TARGET.range), undefined);
  });
});
