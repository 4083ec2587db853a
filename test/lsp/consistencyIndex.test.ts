import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse';
import { WorkspaceConsistency } from '../../server/src/consistencyIndex';
import { EXCLUDES_NOTHING } from '../../server/src/excludeGlobs';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { FIXTURES, fixtureText } from './support/documents';

/**
 * Three real Japanese articles and a Finnish one. Unit 9f8d8-153 of the first ('cmdlet.', 'コマンドレット')
 * shares its source only with unit b0846-166 of the second, translated otherwise; nothing of the third or the
 * fourth is in those groups.
 */
const ONLINE = 'real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md';
const ON_PREMISES = 'real/OfficeDocs-SkypeForBusiness-pr__with-exchange-on-premises.md';
const GUESTS = 'real/OfficeDocs-SkypeForBusiness-pr__view-guests.md';
const FINNISH = 'seeds/fi-FI__self-service-password-reset.md';

const folder = mkdtempSync(join(tmpdir(), 'bilingual-docs-index-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const uriOf = (relativePath: string) => pathToFileURL(join(folder, relativePath.replace('/', '__'))).href;
for (const relativePath of [ONLINE, ON_PREMISES, GUESTS, FINNISH]) {
  copyFileSync(join(FIXTURES, relativePath), join(folder, relativePath.replace('/', '__')));
}

function targetOf(text: string, id: string): { readonly start: number; readonly end: number } {
  return parse(text).units.find((unit) => unit.id.value === id)!.target;
}

function withTarget(text: string, id: string, target: string): string {
  const { start, end } = targetOf(text, id);
  return text.slice(0, start) + target + text.slice(end);
}

async function builtIndex(): Promise<{ index: WorkspaceConsistency; told: Set<string>[] }> {
  const index = new WorkspaceConsistency({ fileSystem: nodeFileSystem, parse, configFor: async () => EMPTY_CONFIG });
  const told: Set<string>[] = [];
  index.onGroupsChanged((documents) => told.push(new Set(documents)));
  const built = await index.build([{ uri: pathToFileURL(folder).href, exclude: EXCLUDES_NOTHING }], {
    isCancellationRequested: false,
  });
  assert.equal(built, true);
  return { index, told };
}

const hasTargetFinding = (index: WorkspaceConsistency, uri: string, id: string) =>
  index.findingsFor(uri).some((finding) => finding.code === 'inconsistent-target' && finding.unit.id === id);

describe('The workspace consistency index', () => {
  test('Should index every article of the folder and tell once that they all changed', async () => {
    const { index, told } = await builtIndex();
    assert.equal(index.size, 4);
    assert.deepEqual(told, [new Set([ONLINE, ON_PREMISES, GUESTS, FINNISH].map(uriOf))]);
    assert.ok(hasTargetFinding(index, uriOf(ONLINE), '9f8d8-153'));
  });

  test('Should tell only the articles sharing a group with the units an edit changed', async () => {
    const { index, told } = await builtIndex();
    told.length = 0;
    const online = fixtureText(ONLINE);
    index.updateOpen(uriOf(ONLINE), 1, parse(online), EMPTY_CONFIG);
    assert.deepEqual(told, [], 'the open text is the text on disk: no group changed');
    const other = fixtureText(ON_PREMISES);
    const { start, end } = targetOf(other, 'b0846-166');
    index.updateOpen(uriOf(ONLINE), 2, parse(withTarget(online, '9f8d8-153', other.slice(start, end))), EMPTY_CONFIG);
    assert.deepEqual(told, [new Set([uriOf(ON_PREMISES)])]);
    assert.ok(!hasTargetFinding(index, uriOf(ONLINE), '9f8d8-153'));
    assert.ok(!hasTargetFinding(index, uriOf(ON_PREMISES), 'b0846-166'));
  });

  test('Should take a deleted article out and tell the articles it was compared with', async () => {
    const { index, told } = await builtIndex();
    told.length = 0;
    await index.fileChanged(uriOf(ON_PREMISES), true);
    assert.equal(index.size, 3);
    assert.ok(told.length === 1 && told[0]!.has(uriOf(ONLINE)) && !told[0]!.has(uriOf(FINNISH)));
    assert.ok(!hasTargetFinding(index, uriOf(ONLINE), '9f8d8-153'));
  });

  test('Should stop a cancelled build and say so, having indexed nothing', async () => {
    const index = new WorkspaceConsistency({ fileSystem: nodeFileSystem, parse, configFor: async () => EMPTY_CONFIG });
    const folders = [{ uri: pathToFileURL(folder).href, exclude: EXCLUDES_NOTHING }];
    assert.equal(await index.build(folders, { isCancellationRequested: true }), false);
    assert.equal(index.size, 0);
  });
});
