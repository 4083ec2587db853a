import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRoot } from '../core/support/corpus';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';

const SEED = readFileSync(join(fixturesRoot, 'seeds/et-EE__self-service-password-reset.md'), 'utf8');
/** The seed with one fault: unit 646d1-103 says "salasõnade" where the glossary wants "parool". */
const FAULTY = SEED.replace('oma paroolide lähtestamine', 'oma salasõnade lähtestamine');
const GLOSSARY = [
  'source,target,locale,status',
  'password,parool,et-EE,preferred',
  'password reset,paroolilähtestus,et-EE,preferred',
  'SSPR,,,do-not-translate',
].join('\n');

function glossaryFindings(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonOutput).files.flatMap((file) =>
    file.diagnostics
      .filter((diagnostic) => ['glossary-term', 'forbidden-term', 'do-not-translate'].includes(diagnostic.code))
      .map(
        (diagnostic) =>
          `${file.path}:${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.severity}: ${diagnostic.message}`,
      ),
  );
}

describe('glossaries in the CLI', () => {
  let repository: TempFolder;
  before(() => {
    repository = new TempFolder();
    repository.write('.git/HEAD', 'ref: refs/heads/main\n');
    repository.write('.bilingual-docs.json', JSON.stringify({ glossaries: ['terms/et-EE.csv'] }));
    repository.write('terms/et-EE.csv', GLOSSARY);
    repository.write('articles/sspr.md', FAULTY);
  });
  after(() => repository.dispose());

  test('Should check articles against the glossaries of the configuration file and report the finding in JSON', async () => {
    const run = await runInMemory(['check', 'articles', '--format', 'json'], repository.path);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const line = FAULTY.slice(0, FAULTY.indexOf('salasõnade')).split('\n').length;
    assert.deepEqual(glossaryFindings(run.stdout), [
      `articles/sspr.md:${line} glossary-term warning: "password" should be translated as "parool" (glossary terms/et-EE.csv).`,
    ]);
  });

  test('Should take the rules\' severities from the configuration file like any rule', async () => {
    repository.write(
      '.bilingual-docs.json',
      JSON.stringify({ glossaries: ['terms/et-EE.csv'], rules: { 'glossary-term': 'error' } }),
    );
    try {
      const run = await runInMemory(['check', 'articles', '--format', 'json'], repository.path);
      assert.equal(run.code, 1);
      assert.match(glossaryFindings(run.stdout)[0]!, / glossary-term error: /);
    } finally {
      repository.write('.bilingual-docs.json', JSON.stringify({ glossaries: ['terms/et-EE.csv'] }));
    }
  });

  test('Should exit with 2 and name the file and line of a glossary row with an unknown status, still checking with the good rows', async () => {
    const folder = new TempFolder();
    try {
      folder.write('.git/HEAD', 'ref: refs/heads/main\n');
      folder.write('.bilingual-docs.json', JSON.stringify({ glossaries: ['terms/et-EE.csv'] }));
      folder.write('terms/et-EE.csv', `${GLOSSARY}\ntenant,rentnik,et-EE,prefered\n`);
      folder.write('sspr.md', FAULTY);
      const run = await runInMemory(['check', 'sspr.md', '--format', 'json'], folder.path);
      assert.equal(run.code, 2);
      const glossaryPath = join(folder.path, 'terms/et-EE.csv');
      assert.equal(
        run.stderr,
        `bilingual-docs: ${glossaryPath}:5: unknown status "prefered"; did you mean "preferred"? (use preferred, admitted, forbidden, do-not-translate); the row is skipped\n`,
      );
      assert.equal(glossaryFindings(run.stdout).length, 1);
    } finally {
      folder.dispose();
    }
  });

  test('Should exit with 2 on a glossary that is missing or is not well-formed XML', async () => {
    const folder = new TempFolder();
    try {
      folder.write('.git/HEAD', 'ref: refs/heads/main\n');
      folder.write('.bilingual-docs.json', JSON.stringify({ glossaries: ['terms/missing.csv', 'terms/product.tbx'] }));
      folder.write(
        'terms/product.tbx',
        '<?xml version="1.0"?>\n<martif xml:lang="en"><text><body>\n<termEntry></body></text></martif>\n',
      );
      folder.write('sspr.md', FAULTY);
      const run = await runInMemory(['check', 'sspr.md', '--format', 'json'], folder.path);
      assert.equal(run.code, 2);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.equal(
        lines[0],
        `bilingual-docs: ${join(folder.path, '.bilingual-docs.json')}: glossary "terms/missing.csv" cannot be read: no such file`,
      );
      assert.equal(
        lines[1],
        `bilingual-docs: ${join(folder.path, 'terms/product.tbx')}:3:18: unexpected close tag: not well-formed XML`,
      );
    } finally {
      folder.dispose();
    }
  });
});
