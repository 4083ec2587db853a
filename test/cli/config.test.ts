import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../core/support/corpus';
import { KNOWN_RULE_CODES, RULES } from '../../server/src/core/rules';
import { CONFIG_FILE_KEYS } from '../../server/src/configFiles';
import { mergeConfigs, readConfig, wordsForLocale } from '../../server/src/core/config';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';

const BROKEN = danishArticle(
  unit('27db3-101', 'Tilføj et link.', 'Add a link.', '27db3-111'),
  '',
  unit('27db3-102', 'Add two links.', 'Add two links.'),
);

function severities(run: { stdout: string }): string[][] {
  return (JSON.parse(run.stdout) as JsonOutput).files.map((file) => [
    file.path,
    ...file.diagnostics.map((diagnostic) => `${diagnostic.code}=${diagnostic.severity}`),
  ]);
}

describe('configuration files', () => {
  let repository: TempFolder;
  before(() => {
    repository = new TempFolder();
    repository.write('.git/HEAD', 'ref: refs/heads/main\n');
    repository.write('.bilingual-docs.json', JSON.stringify({ rules: { 'id-mismatch': 'warning' } }));
    repository.write('articles/da-dk/footer.md', BROKEN);
    repository.write(
      'articles/da-dk/strict/.bilingual-docs.json',
      JSON.stringify({ rules: { untranslated: 'error' } }),
    );
    repository.write('articles/da-dk/strict/footer.md', BROKEN);
  });
  after(() => repository.dispose());

  test('Should apply the configuration file found from the checked folder upwards', async () => {
    const run = await runInMemory(['check', 'articles/da-dk/footer.md', '--format', 'json'], repository.path);
    assert.equal(run.code, 0);
    assert.deepEqual(severities(run), [['articles/da-dk/footer.md', 'id-mismatch=warning', 'untranslated=info']]);
  });

  test('Should apply the nearest configuration file alone, not merged with the ones above it', async () => {
    const run = await runInMemory(['check', 'articles', '--format', 'json'], repository.path);
    assert.equal(run.code, 1);
    assert.deepEqual(severities(run), [
      ['articles/da-dk/footer.md', 'id-mismatch=warning', 'untranslated=info'],
      ['articles/da-dk/strict/footer.md', 'id-mismatch=error', 'untranslated=error'],
    ]);
  });

  test('Should put --rule over the configuration file', async () => {
    const run = await runInMemory(
      [
        'check',
        'articles/da-dk/footer.md',
        '--format',
        'json',
        '--rule',
        'id-mismatch=error',
        '--rule',
        'untranslated=off',
      ],
      repository.path,
    );
    assert.equal(run.code, 1);
    assert.deepEqual(severities(run), [['articles/da-dk/footer.md', 'id-mismatch=error']]);
  });

  test('Should not look above the repository root for a configuration file', async () => {
    const outer = new TempFolder();
    try {
      outer.write('.bilingual-docs.json', JSON.stringify({ rules: { 'id-mismatch': 'off' } }));
      outer.write('repository/.git/HEAD', 'ref: refs/heads/main\n');
      outer.write('repository/footer.md', BROKEN);
      const run = await runInMemory(['check', 'footer.md', '--format', 'json'], join(outer.path, 'repository'));
      assert.deepEqual(severities(run), [['footer.md', 'id-mismatch=error', 'untranslated=info']]);
    } finally {
      outer.dispose();
    }
  });

  test('Should report each problem of a configuration file once with its line, exit 2, and apply what it could read', async () => {
    const folder = new TempFolder();
    try {
      const config = {
        rulez: {},
        rules: { 'id-mismatch': 'warning', 'no-such-rule': 'off', 'id-mismach': 'off', untranslated: 'loud' },
      };
      folder.write('.bilingual-docs.json', JSON.stringify(config, null, 2));
      folder.write('a.md', BROKEN);
      folder.write('b.md', BROKEN);
      const run = await runInMemory(['check', '.', '--format', 'json'], folder.path);
      const configPath = join(folder.path, '.bilingual-docs.json');
      assert.equal(run.code, 2);
      assert.deepEqual(run.stderr.split('\n'), [
        `bilingual-docs: ${configPath}:2:3: unknown key "rulez"; did you mean "rules"?`,
        `bilingual-docs: ${configPath}:5:5: unknown rule "no-such-rule"`,
        `bilingual-docs: ${configPath}:6:5: unknown rule "id-mismach"; did you mean "id-mismatch"?`,
        `bilingual-docs: ${configPath}:7:5: rule "untranslated" has severity "loud"; use error, warning, info, hint or off`,
        '',
      ]);
      assert.deepEqual(severities(run), [
        ['a.md', 'id-mismatch=warning', 'untranslated=info'],
        ['b.md', 'id-mismatch=warning', 'untranslated=info'],
      ]);
    } finally {
      folder.dispose();
    }
  });

  test('Should say where a configuration file is not JSON, check with the defaults and exit 2', async () => {
    const folder = new TempFolder();
    try {
      folder.write('.bilingual-docs.json', '{\n  "rules": {\n    "id-mismatch": "warning",\n  }\n}\n');
      folder.write('a.md', BROKEN);
      const run = await runInMemory(['check', '.', '--format', 'json'], folder.path);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /^bilingual-docs: .+\.bilingual-docs\.json:4:3: not valid JSON: .+; the default severities apply\n$/,
      );
      assert.deepEqual(severities(run), [['a.md', 'id-mismatch=error', 'untranslated=info']]);
    } finally {
      folder.dispose();
    }
  });

  test('Should say that a configuration file that is a link to itself cannot be read, and exit 2', async () => {
    const folder = new TempFolder();
    try {
      symlinkSync('.bilingual-docs.json', join(folder.path, '.bilingual-docs.json'));
      folder.write('a.md', BROKEN);
      const run = await runInMemory(['check', 'a.md', '--format', 'json'], folder.path);
      assert.equal(run.code, 2);
      const configPath = join(folder.path, '.bilingual-docs.json');
      assert.equal(
        run.stderr,
        `bilingual-docs: ${configPath}: cannot be read: too many levels of symbolic links (a link loop?); the default severities apply\n`,
      );
      assert.deepEqual(severities(run), [['a.md', 'id-mismatch=error', 'untranslated=info']]);
    } finally {
      folder.dispose();
    }
  });
});

describe('configuration schema', () => {
  const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/bilingual-docs.schema.json'), 'utf8')) as {
    type: string;
    additionalProperties: boolean;
    properties: {
      rules: {
        type: string;
        additionalProperties: boolean;
        properties: Record<
          string,
          { type: string; enum: string[]; default: string; description: string; markdownDescription: string }
        >;
      };
    };
  };

  test('Should describe every rule of the catalog and nothing else, so config and schema never drift', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...KNOWN_RULE_CODES].sort());
    assert.equal(schema.properties.rules.additionalProperties, false);
    assert.equal(schema.additionalProperties, false);
  });

  test('Should allow in a configuration file exactly the keys the schema allows', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_FILE_KEYS].sort());
  });

  test('Should offer the five severities for each rule, with its default and its description', () => {
    for (const rule of RULES) {
      const property = schema.properties.rules.properties[rule.code]!;
      assert.equal(property.type, 'string', rule.code);
      assert.deepEqual(property.enum, ['error', 'warning', 'info', 'hint', 'off'], rule.code);
      assert.equal(property.default, rule.defaultSeverity, rule.code);
      assert.equal(
        property.description,
        `${rule.name} (default: ${rule.defaultSeverity}). ${rule.description}`,
        rule.code,
      );
      assert.equal(
        property.markdownDescription,
        `**${rule.name}** (default: \`${rule.defaultSeverity}\`). ${rule.description}`,
        rule.code,
      );
    }
  });

  test('Should be contributed to VS Code for .bilingual-docs.json files', () => {
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
      contributes: { jsonValidation?: { fileMatch: string; url: string }[] };
    };
    const entry = manifest.contributes.jsonValidation?.find(
      (validation) => validation.fileMatch === '.bilingual-docs.json',
    );
    assert.deepEqual(entry, { fileMatch: '.bilingual-docs.json', url: './schemas/bilingual-docs.schema.json' });
    assert.ok(existsSync(join(repositoryRoot, entry.url)));
  });
});

describe('word lists', () => {
  const where = (): string => '.bilingual-docs.json';

  test('Should read the words by locale, lower-casing locales and keeping "*"', () => {
    const { config, problems } = readConfig(
      { words: { '*': ['Contoso'], 'et-EE': [' pilveteenus '] } },
      KNOWN_RULE_CODES,
      where,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.words, { '*': ['Contoso'], 'et-ee': ['pilveteenus'] });
    assert.deepEqual(wordsForLocale(config, 'et-EE'), ['Contoso', 'pilveteenus']);
    assert.deepEqual(wordsForLocale(config, 'fi-FI'), ['Contoso']);
  });

  test('Should report words that are not lists of words, and keep the rest', () => {
    const { config, problems } = readConfig({ words: { fr: 'mot', de: ['Kennwort', 3, ''] } }, KNOWN_RULE_CODES, where);
    assert.deepEqual(config.words, { de: ['Kennwort'] });
    assert.deepEqual(problems, [
      '.bilingual-docs.json: "words" of "fr" must be a list of words',
      '.bilingual-docs.json: "words" of "de" holds entries that are not words; they are skipped',
    ]);
    assert.deepEqual(readConfig({ words: ['mot'] }, KNOWN_RULE_CODES, where).problems, [
      '.bilingual-docs.json: "words" must be an object of locale (or "*") to a list of words',
    ]);
  });

  test('Should add the word lists up when configurations are merged', () => {
    const file = readConfig(
      { rules: { spelling: 'warning' }, words: { de: ['Kennwort'] } },
      KNOWN_RULE_CODES,
      where,
    ).config;
    const personal = readConfig({ words: { de: ['Passwort'], '*': ['Contoso'] } }, KNOWN_RULE_CODES, where).config;
    assert.deepEqual(mergeConfigs(file, personal), {
      rules: { spelling: 'warning' },
      words: { de: ['Kennwort', 'Passwort'], '*': ['Contoso'] },
    });
  });

  test('Should describe "words" in the schema and accept it in a configuration file', () => {
    const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/bilingual-docs.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    assert.ok(schema.properties['words']);
    assert.ok(CONFIG_FILE_KEYS.includes('words'));
  });
});
