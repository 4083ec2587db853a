import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fixtureText } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

/** The Estonian seed with one fault: unit 646d1-103 says "salasõnade" where the glossary wants "parool". */
const FAULTY = fixtureText('seeds/et-EE__self-service-password-reset.md').replace(
  'oma paroolide lähtestamine',
  'oma salasõnade lähtestamine',
);
const GLOSSARY = 'source,target,locale\npassword,parool,et-EE\npassword reset,paroolilähtestus,et-EE\n';
const CONFIG = `{\n  "glossaries": [\n    "terms/et-EE.csv"\n  ]\n}\n`;

describe('Glossaries in the language server', () => {
  let workspace: string;
  let client: StdioLanguageClient | undefined;
  let configUri: string;
  let glossaryPath: string;
  const articleUri = () => pathToFileURL(join(workspace, 'articles', 'sspr.md')).href;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'bilingual-docs-glossary-'));
    mkdirSync(join(workspace, 'articles'));
    mkdirSync(join(workspace, 'terms'));
    writeFileSync(join(workspace, '.bilingual-docs.json'), CONFIG);
    glossaryPath = join(workspace, 'terms', 'et-EE.csv');
    writeFileSync(glossaryPath, GLOSSARY);
    configUri = pathToFileURL(join(workspace, '.bilingual-docs.json')).href;
    client = await StdioLanguageClient.start({
      rootUri: pathToFileURL(workspace).href,
      settings: { rules: {}, diagnosticsDelay: 10 },
    });
  });

  after(() => {
    client?.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('Should report a glossary finding on the unit of an open article', async () => {
    await client!.open(articleUri(), FAULTY);
    const { diagnostics } = await client!.diagnostics(articleUri(), 1);
    const found = diagnostics.filter((diagnostic) => diagnostic.code === 'glossary-term');
    assert.deepEqual(found.map((diagnostic) => [diagnostic.message, diagnostic.severity]), [
      ['"password" should be translated as "parool" (glossary terms/et-EE.csv).', 2],
    ]);
    assert.equal(found[0]!.range.start.line, FAULTY.slice(0, FAULTY.indexOf('salasõnade')).split('\n').length - 1);
  });

  test("Should put a bad glossary's problem on the config file where it names the glossary, and clear it once fixed", async () => {
    writeFileSync(glossaryPath, `${GLOSSARY}tenant,rentnik,et-EE,prefered\n`);
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(glossaryPath).href, type: 2 }],
    });
    const bad = await client!.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === configUri && params.diagnostics.length > 0,
    );
    assert.deepEqual(
      bad.diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.severity, diagnostic.message]),
      [[{ line: 2, character: 4 }, 1, `${glossaryPath}:4: 4 fields where the header has 3; the row is skipped`]],
    );
    writeFileSync(glossaryPath, GLOSSARY);
    await client!.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(glossaryPath).href, type: 2 }],
    });
    const fixed = await client!.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === configUri && params.diagnostics.length === 0,
    );
    assert.deepEqual(fixed.diagnostics, []);
  });
});
