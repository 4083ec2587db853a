import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../../server/src/core/parse';
import { indexUnits, scanUnits, type IndexedFile } from '../../server/src/languageService';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';
import { FIXTURES, fixtureText, service } from './support/documents';

const ET = 'seeds/et-EE__self-service-password-reset.md';
const FI = 'seeds/fi-FI__self-service-password-reset.md';

function indexed(relativePath: string): IndexedFile {
  return { uri: `file:///workspace/${relativePath}`, units: indexUnits(parse(fixtureText(relativePath))) };
}

const CANCELLED = { isCancellationRequested: true };
const NOT_CANCELLED = { isCancellationRequested: false };

describe('workspace symbols', () => {
  const files = [indexed(ET), indexed(FI)];

  test('Should find the file that holds a unit ID, at the place the ID is written', () => {
    const symbols = service.findWorkspaceSymbols('646d1-105', files);
    assert.deepEqual(symbols, [
      {
        name: '646d1-105',
        kind: 20,
        containerName: 'Klõpsake siin, et registreerida oma SSPR-i…',
        location: {
          uri: `file:///workspace/${ET}`,
          range: { start: { line: 24, character: 21 }, end: { line: 24, character: 30 } },
        },
      },
    ]);
  });

  test('Should rank an exact ID before IDs it begins and IDs that hold it', () => {
    const names = service.findWorkspaceSymbols('55ff9-10', files).map((symbol) => symbol.name);
    assert.deepEqual(names, [
      '55ff9-102',
      '55ff9-103',
      '55ff9-104',
      '55ff9-105',
      '55ff9-106',
      '55ff9-107',
      '55ff9-108',
      '55ff9-109',
    ]);
    assert.deepEqual(service.findWorkspaceSymbols('d1-108', files).map((symbol) => symbol.name), ['646d1-108']);
  });

  test('Should answer an empty query and a cancelled one with nothing', () => {
    assert.deepEqual(service.findWorkspaceSymbols('  ', files), []);
    assert.deepEqual(service.findWorkspaceSymbols('646d1', files, { isCancellationRequested: true }), []);
  });

  test('Should find by scanning the same IDs, places and first words as the parser, in every well-formed fixture', () => {
    const articles = ['seeds', 'real'].flatMap((folder) =>
      readdirSync(join(FIXTURES, folder)).map((name) => `${folder}/${name}`),
    );
    assert.ok(articles.length >= 8);
    for (const relativePath of articles) {
      const text = fixtureText(relativePath);
      assert.deepEqual(scanUnits(text), indexUnits(parse(text)), relativePath);
    }
  });

  test('Should index the articles on disk, skipping the open ones and files without markup', async () => {
    const index = new WorkspaceIndex(nodeFileSystem);
    const etUri = pathToFileURL(join(FIXTURES, ET)).href;
    const fixtures = pathToFileURL(FIXTURES).href;
    const onDisk = await index.filesUnder([fixtures], new Set([etUri]), { isCancellationRequested: false });
    const uris = onDisk!.map((file) => file.uri);
    assert.ok(uris.includes(pathToFileURL(join(FIXTURES, FI)).href));
    assert.ok(!uris.includes(etUri));
    assert.ok(!uris.some((uri) => uri.endsWith('NOTICE.md')));
    const found = service.findWorkspaceSymbols('55ff9-106', onDisk!);
    assert.deepEqual(found.map((symbol) => symbol.location.uri), [pathToFileURL(join(FIXTURES, FI)).href]);
  });

  test('Should stop indexing when cancelled and stay within its file limit', async () => {
    const fixtures = pathToFileURL(FIXTURES).href;
    const cancelled = await new WorkspaceIndex(nodeFileSystem).filesUnder([fixtures], new Set(), CANCELLED);
    assert.equal(cancelled, undefined);
    const limits = { maxFiles: 2, maxFileBytes: 1_000_000 };
    const limited = await new WorkspaceIndex(nodeFileSystem, limits).filesUnder([fixtures], new Set(), NOT_CANCELLED);
    assert.ok(limited!.length <= 2);
  });
});
