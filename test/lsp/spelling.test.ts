import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { StdioLanguageClient } from './support/stdioClient';
import type { EditorModelResult, EditorUnitFixesResult, EditorUnitRow } from '../../shared/protocol';
import { REPOSITORY_ROOT } from './support/documents';

const ARTICLE = [
  '---',
  'title: Kennwort',
  'ms.contentlocale: de-DE',
  'ms.translationtype: HT',
  '---',
  '<span data-ttu-id="646d1-104">Das Passwrt wird für SSPR zurückgesetzt.</span><span class="sxs-lookup"><span data-stu-id="646d1-104">The password is reset for SSPR.</span></span>',
  '',
].join('\n');
const CONFIG = '{\n  "rules": { "id-order": "off" }\n}\n';

function spellingOf(params: PublishDiagnosticsParams): Diagnostic[] {
  return params.diagnostics.filter((diagnostic) => diagnostic.code === 'spelling');
}

/** A server over an empty temporary workspace folder, both gone after `use`. */
async function inTempWorkspace(use: (folder: string, client: StdioLanguageClient) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bilingual-docs-spelling-'));
  const client = await StdioLanguageClient.start({
    rootUri: pathToFileURL(folder).href,
    settings: { rules: {}, diagnosticsDelay: 10 },
  });
  try {
    await use(folder, client);
  } finally {
    client.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('spelling in the language server', () => {
  test("Should give the Bilingual Editor a unit's corrections when asked, for the model's version only", async () => {
    await inTempWorkspace(async (folder, client) => {
      const uri = pathToFileURL(join(folder, 'kennwort.md')).href;
      await client.open(uri, ARTICLE);
      await client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (params) => params.uri === uri && spellingOf(params).length > 0,
      );
      const model = await client.request<EditorModelResult>('bilingualDocs/editorModel', { uri });
      const row = model.rows.find((candidate): candidate is EditorUnitRow => candidate.kind === 'unit')!;
      const index = row.problems.findIndex((problem) => problem.code === 'spelling');
      assert.equal(row.problems[index]!.fixesOnRequest, true);

      const params = { uri, version: model.version, unitIndex: row.unitIndex };
      const asked = await client.request<EditorUnitFixesResult>('bilingualDocs/editorUnitFixes', params);
      const titles = asked.fixes[index]!.map((fix) => fix.title);
      assert.ok(titles.includes('Change to "Passwort"'), titles.join(' | '));
      const edit = asked.fixes[index]![0]!.edits[0]!;
      assert.deepEqual(edit.range, { start: { line: 5, character: 34 }, end: { line: 5, character: 41 } });

      const stale = await client.request('bilingualDocs/editorUnitFixes', { ...params, version: model.version + 1 });
      assert.equal(stale, null);
      await assert.rejects(client.request('bilingualDocs/editorUnitFixes', { uri, unitIndex: 'first' }), /unitIndex/);
    });
  });

  test('Should publish the misspelled word once the dictionary has loaded, with suggestions, the word list and ignore', async () => {
    await inTempWorkspace(async (folder, client) => {
      writeFileSync(join(folder, '.bilingual-docs.json'), CONFIG);
      const uri = pathToFileURL(join(folder, 'kennwort.md')).href;
      await client.open(uri, ARTICLE);
      const published = await client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (params) => params.uri === uri && spellingOf(params).length > 0,
      );
      const [diagnostic] = spellingOf(published);
      assert.deepEqual(diagnostic!.range, { start: { line: 5, character: 34 }, end: { line: 5, character: 41 } });
      assert.equal(diagnostic!.message, '"Passwrt" is not in the de dictionary.');
      assert.equal(diagnostic!.severity, 3);

      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic] },
      });
      const titles = actions.map((action) => action.title);
      const suggestions = titles.filter((title) => title.startsWith('Change to'));
      assert.ok(suggestions.length >= 1 && suggestions.length <= 5, titles.join(' | '));
      assert.ok(suggestions.includes('Change to "Passwort"'), suggestions.join(' | '));
      assert.equal(actions.find((action) => action.title === suggestions[0])!.isPreferred, true);
      const after = titles.slice(suggestions.length);
      assert.deepEqual(after.slice(0, 2), [
        'Add "Passwrt" to the workspace word list',
        'Ignore "Passwrt" in this article',
      ]);

      const configUri = pathToFileURL(join(folder, '.bilingual-docs.json')).href;
      const addition = actions.find((action) => action.title.startsWith('Add "Passwrt"'))!;
      const [edit] = addition.edit!.changes![configUri] as TextEdit[];
      assert.deepEqual(edit, {
        range: { start: { line: 1, character: 32 }, end: { line: 1, character: 32 } },
        newText: ',\n  "words": { "de-DE": ["Passwrt"] }',
      });
      const lines = CONFIG.split('\n');
      lines[1] = lines[1]!.slice(0, 32) + edit!.newText + lines[1]!.slice(32);
      assert.deepEqual(JSON.parse(lines.join('\n')), { rules: { 'id-order': 'off' }, words: { 'de-DE': ['Passwrt'] } });
      assert.equal(readFileSync(join(folder, '.bilingual-docs.json'), 'utf8'), CONFIG);
    });
  });

  test('Should create the configuration file in the workspace folder when none applies, and take the words of the setting', async () => {
    await inTempWorkspace(async (folder, client) => {
      const uri = pathToFileURL(join(folder, 'kennwort.md')).href;
      await client.open(uri, ARTICLE);
      const published = await client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (params) => params.uri === uri && spellingOf(params).length > 0,
      );
      const [diagnostic] = spellingOf(published);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic] },
      });
      const addition = actions.find((action) => action.title === 'Add "Passwrt" to the workspace word list')!;
      const configUri = pathToFileURL(join(folder, '.bilingual-docs.json')).href;
      assert.deepEqual(addition.edit!.documentChanges, [
        { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: configUri, version: null },
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: '{\n  "words": {\n    "de-DE": ["Passwrt"]\n  }\n}\n',
            },
          ],
        },
      ]);

      client.options.settings = { rules: {}, diagnosticsDelay: 10, words: { de: ['Passwrt'] } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.change(uri, 2, `${ARTICLE} `);
      const quiet = await client.diagnostics(uri, 2);
      assert.deepEqual(spellingOf(quiet), []);
    });
  });

  test('Should spell-check a Finnish article, whose dictionary ships as text and is decoded in a worker thread', async () => {
    await inTempWorkspace(async (folder, client) => {
      const article = readFileSync(
        join(REPOSITORY_ROOT, 'test/fixtures/real/Dynamics-365-Operations__registration-manufacturing-execution.md'),
        'utf8',
      );
      const uri = pathToFileURL(join(folder, 'registration-manufacturing-execution.md')).href;
      await client.open(uri, article);
      const published = await client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (params) => params.uri === uri && spellingOf(params).length > 0,
      );
      const [first] = spellingOf(published);
      assert.equal(first!.message, '"Niputettuihin" is not in the fi dictionary.');
      assert.deepEqual(first!.range, { start: { line: 40, character: 534 }, end: { line: 40, character: 547 } });
      assert.equal(article.split('\n')[40]!.slice(534, 547), 'Niputettuihin');
    });
  });
});
