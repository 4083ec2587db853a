import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { ConfigFiles, type ConfigFileSystem } from '../../server/src/configFiles';
import type { WorkspaceFileSystem } from '../../server/src/fileSystem';
import { WorkspaceConfigFiles } from '../../server/src/workspaceConfigFiles';
import { DocumentModels, configKey } from '../../server/src/documentModels';
import { readSettings } from '../../server/src/settings';
import { fixtureText, service } from './support/documents';

function countingModels() {
  const counts = { parses: 0, checks: 0 };
  const models = new DocumentModels(
    (text) => {
      counts.parses++;
      return parse(text);
    },
    (document, config) => {
      counts.checks++;
      return service.check(document, config);
    },
  );
  return { models, counts };
}

describe('document models', () => {
  const text = fixtureText('seeds/et-EE__self-service-password-reset.md');

  test('Should parse a document once per version and check it once per configuration', () => {
    const { models, counts } = countingModels();
    const version1 = { uri: 'file:///a.md', version: 1, getText: () => text };
    const first = models.parsed(version1);
    assert.equal(models.parsed(version1), first);
    models.checked(version1, { rules: {} });
    models.checked(version1, { rules: {} });
    assert.deepEqual(counts, { parses: 1, checks: 1 });
    models.checked(version1, { rules: { 'id-order': 'off' } });
    assert.deepEqual(counts, { parses: 1, checks: 2 });
    const version2 = { ...version1, version: 2 };
    assert.notEqual(models.parsed(version2), first);
    assert.deepEqual(counts, { parses: 2, checks: 2 });
  });

  test("Should index a version's units for workspace symbols once, from the model it already parsed", () => {
    const { models, counts } = countingModels();
    const version1 = { uri: 'file:///a.md', version: 1, getText: () => text };
    const indexed = models.indexed(version1);
    assert.equal(models.indexed(version1), indexed);
    assert.deepEqual(indexed.units.slice(0, 2).map((unit) => unit.id), ['646d1-102', '646d1-103']);
    models.parsed(version1);
    assert.equal(counts.parses, 1);
  });

  test('Should forget a document when it closes', () => {
    const { models } = countingModels();
    models.parsed({ uri: 'file:///a.md', version: 1, getText: () => text });
    models.parsed({ uri: 'file:///b.md', version: 1, getText: () => text });
    models.drop('file:///a.md');
    assert.equal(models.size, 1);
  });

  test('Should key a configuration by its rules whatever their order', () => {
    assert.equal(
      configKey({ rules: { 'id-order': 'off', untranslated: 'hint' } }),
      configKey({ rules: { untranslated: 'hint', 'id-order': 'off' } }),
    );
    assert.notEqual(configKey({ rules: { 'id-order': 'off' } }), configKey({ rules: { 'id-order': 'hint' } }));
  });
});

/** A file system of a few files and folders, counting reads. */
function memoryFileSystem(files: Record<string, string>, folders: readonly string[] = []) {
  const reads: string[] = [];
  const fileSystem: ConfigFileSystem = {
    isFile: (path) => path in files,
    exists: (path) => path in files || folders.includes(path),
    readText: (path) => {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return { fileSystem, reads };
}

describe('.bilingual-docs.json', () => {
  test('Should use the nearest config file above the document, and read it once', () => {
    const { fileSystem, reads } = memoryFileSystem({
      '/repo/.bilingual-docs.json': '{"rules": {"id-order": "off"}}',
      '/repo/articles/.bilingual-docs.json': '{"rules": {"untranslated": "hint"}}',
    });
    const configFiles = new ConfigFiles(fileSystem);
    const found = configFiles.forDocument('/repo/articles/et-ee/sspr.md', ['/repo']);
    assert.deepEqual(found, {
      path: join('/repo/articles', '.bilingual-docs.json'),
      config: { rules: { untranslated: 'hint' } },
      problems: [],
    });
    configFiles.forDocument('/repo/articles/et-ee/other.md', ['/repo']);
    assert.deepEqual(reads, ['/repo/articles/.bilingual-docs.json']);
    configFiles.invalidate();
    configFiles.forDocument('/repo/articles/et-ee/other.md', ['/repo']);
    assert.equal(reads.length, 2);
  });

  test('Should look no higher than the workspace folder or the repository root', () => {
    const { fileSystem } = memoryFileSystem({ '/home/.bilingual-docs.json': '{"rules": {"id-order": "off"}}' }, [
      '/home/user/repo/.git',
    ]);
    assert.deepEqual(new ConfigFiles(fileSystem).forDocument('/home/user/repo/articles/a.md', []).config, {
      rules: {},
    });
    assert.deepEqual(new ConfigFiles(fileSystem).forDocument('/home/user/notes/a.md', ['/home/user/notes']).config, {
      rules: {},
    });
    assert.deepEqual(new ConfigFiles(fileSystem).forDocument('/home/user/notes/a.md', []).config, {
      rules: { 'id-order': 'off' },
    });
  });

  test('Should report a config file that is not JSON, and go on with the defaults', () => {
    const { fileSystem } = memoryFileSystem({ '/repo/.bilingual-docs.json': '{"rules": {"id-order": "off",}' });
    const found = new ConfigFiles(fileSystem).forDocument('/repo/a.md', ['/repo']);
    assert.deepEqual(found.config, { rules: {} });
    assert.equal(found.problems.length, 1);
    assert.match(
      found.problems[0]!,
      /^\/repo\/\.bilingual-docs\.json:1:30: not valid JSON: .+; the default severities apply$/,
    );
  });

  test('Should report unknown rules and bad severities, keeping the good entries', () => {
    const { fileSystem } = memoryFileSystem({
      '/repo/.bilingual-docs.json': '{"rules": {"id-order": "off", "no-such-rule": "error", "id-mismatch": "fatal"}}',
    });
    const found = new ConfigFiles(fileSystem).forDocument('/repo/a.md', ['/repo']);
    assert.deepEqual(found.config, { rules: { 'id-order': 'off' } });
    assert.deepEqual(found.problems, [
      '/repo/.bilingual-docs.json:1:31: unknown rule "no-such-rule"',
      '/repo/.bilingual-docs.json:1:56: rule "id-mismatch" has severity "fatal"; use error, warning, info, hint or off',
    ]);
  });
});

/** A virtual file system (github.dev's `vscode-vfs:` scheme) of a few files and folders, counting reads. */
function virtualFileSystem(files: Record<string, string>, folders: readonly string[] = []) {
  const reads: string[] = [];
  const fileSystem: WorkspaceFileSystem = {
    stat: async (uri) => {
      if (uri in files) return { kind: 'file', size: files[uri]!.length, mtime: 0 };
      return folders.includes(uri) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
    },
    readDirectory: async () => [],
    readText: async (uri) => {
      reads.push(uri);
      const text = files[uri];
      if (text === undefined) throw new Error(`ENOENT: ${uri}`);
      return text;
    },
  };
  return { fileSystem, reads };
}

describe('.bilingual-docs.json in a virtual workspace', () => {
  const REPO = 'vscode-vfs://github/owner/repo';

  test('Should use the nearest config file above the document, and read it once', async () => {
    const { fileSystem, reads } = virtualFileSystem({
      [`${REPO}/.bilingual-docs.json`]: '{"rules": {"id-order": "off"}}',
      [`${REPO}/articles/.bilingual-docs.json`]: '{"rules": {"untranslated": "hint"}}',
    });
    const configFiles = new WorkspaceConfigFiles(fileSystem);
    const found = await configFiles.forDocument(`${REPO}/articles/et-ee/sspr.md`, [REPO]);
    const path = `${REPO}/articles/.bilingual-docs.json`;
    assert.deepEqual(found, { path, config: { rules: { untranslated: 'hint' } }, problems: [], uri: path });
    await configFiles.forDocument(`${REPO}/articles/et-ee/other.md`, [REPO]);
    assert.deepEqual(reads, [`${REPO}/articles/.bilingual-docs.json`]);
    configFiles.invalidate();
    await configFiles.forDocument(`${REPO}/articles/et-ee/other.md`, [REPO]);
    assert.equal(reads.length, 2);
  });

  test('Should look no higher than the workspace folder or the repository root', async () => {
    const above = { 'vscode-vfs://github/owner/.bilingual-docs.json': '{"rules": {"id-order": "off"}}' };
    const { fileSystem } = virtualFileSystem(above, [`${REPO}/.git`]);
    const configOf = async (files: WorkspaceFileSystem, uri: string, stops: string[]) =>
      (await new WorkspaceConfigFiles(files).forDocument(uri, stops)).config;
    assert.deepEqual(await configOf(fileSystem, `${REPO}/a.md`, []), { rules: {} });
    const notes = 'vscode-vfs://github/owner/notes';
    const { fileSystem: noGit } = virtualFileSystem(above);
    assert.deepEqual(await configOf(noGit, `${notes}/a.md`, [notes]), { rules: {} });
    assert.deepEqual(await configOf(noGit, `${notes}/a.md`, []), { rules: { 'id-order': 'off' } });
  });

  test('Should report a config file that is not JSON by its URI, and go on with the defaults', async () => {
    const { fileSystem } = virtualFileSystem({ [`${REPO}/.bilingual-docs.json`]: '{"rules": {"id-order": "off",}' });
    const found = await new WorkspaceConfigFiles(fileSystem).forDocument(`${REPO}/a.md`, [REPO]);
    assert.deepEqual(found.config, { rules: {} });
    assert.equal(found.problems.length, 1);
    assert.ok(found.problems[0]!.startsWith(`${REPO}/.bilingual-docs.json:1:30: not valid JSON: `), found.problems[0]);
  });
});

describe('bilingualDocs settings', () => {
  test('Should read rule severities and the diagnostics delay', () => {
    assert.deepEqual(readSettings({ rules: { 'id-order': 'off' }, diagnosticsDelay: 300 }), {
      settings: { rules: { 'id-order': 'off' }, diagnosticsDelay: 300 },
      problems: [],
    });
  });

  test('Should fall back to the defaults for missing or bad values and say what was wrong', () => {
    assert.deepEqual(readSettings(undefined), { settings: { rules: {}, diagnosticsDelay: 150 }, problems: [] });
    assert.deepEqual(readSettings({ diagnosticsDelay: 'soon', rules: { 'id-order': 'loud' } }), {
      settings: { rules: {}, diagnosticsDelay: 150 },
      problems: [
        'Setting "bilingualDocs.rules": rule "id-order" has severity "loud"; use error, warning, info, hint or off',
        'Setting "bilingualDocs.diagnosticsDelay": expected a number of milliseconds, got "soon"',
      ],
    });
    assert.deepEqual(readSettings({ diagnosticsDelay: 1e9 }).settings.diagnosticsDelay, 10_000);
    assert.deepEqual(readSettings('loud').problems, ['Settings "bilingualDocs": expected an object']);
  });
});
