import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixturesRoot } from '../core/support/corpus';
import { readArticleText } from '../core/support/corpus';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';

const estonian = readArticleText(join(fixturesRoot, 'seeds/et-EE__self-service-password-reset.md'));
const finnish = readArticleText(join(fixturesRoot, 'seeds/fi-FI__self-service-password-reset.md'));
const reworded = estonian.replace(
  'SSPR on administraatorite jaoks vaikimisi lubatud.',
  'SSPR on vaikimisi lubatud administraatoritele.',
);

interface RelatedJson {
  readonly path: string;
  readonly range: { start: { line: number; character: number } };
  readonly message: string;
}

function inconsistencies(output: JsonOutput): { path: string; message: string; related: RelatedJson[] }[] {
  return output.files.flatMap((file) =>
    file.diagnostics
      .filter((diagnostic) => diagnostic.code === 'inconsistent-target')
      .map((diagnostic) => ({
        path: file.path,
        message: diagnostic.message,
        related: (diagnostic as unknown as { related: RelatedJson[] }).related,
      })),
  );
}

describe('the consistency rules across the files of a check', () => {
  const folder = new TempFolder();
  folder.write('et-ee/first.md', estonian);
  folder.write('et-ee/second.md', estonian);
  folder.write('et-ee/third.md', reworded);
  folder.write('fi-fi/first.md', finnish);
  after(() => folder.dispose());

  test('Should report the real unit one Estonian file translates otherwise, with the other files as related locations', async () => {
    const run = await runInMemory(['check', '.', '--format', 'json'], folder.path);
    const found = inconsistencies(JSON.parse(run.stdout) as JsonOutput);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.path, 'et-ee/third.md');
    assert.deepEqual(
      found[0]!.related.map((related) => [related.path, related.range.start.line, related.message]),
      [
        ['et-ee/first.md', 22, "Translated 'SSPR on administraatorite jaoks vaikimisi lubatud.' in unit 646d1-104."],
        ['et-ee/second.md', 22, "Translated 'SSPR on administraatorite jaoks vaikimisi lubatud.' in unit 646d1-104."],
      ],
    );
  });

  test('Should give SARIF results relatedLocations in the other files', async () => {
    const run = await runInMemory(['check', '.', '--format', 'sarif'], folder.path);
    const sarif = JSON.parse(run.stdout) as {
      runs: {
        results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const result = sarif.runs[0]!.results.find((candidate) => candidate.ruleId === 'inconsistent-target')!;
    assert.deepEqual(
      result.relatedLocations!.map((location) => location.physicalLocation.artifactLocation.uri),
      ['et-ee/first.md', 'et-ee/second.md'],
    );
  });

  test('Should let the reported file silence the finding with a suppression comment', async () => {
    const quiet = new TempFolder();
    try {
      quiet.write('first.md', estonian);
      quiet.write('second.md', estonian);
      quiet.write('third.md', `${reworded}\n<!-- bilingual-docs-disable-unit 646d1-104 inconsistent-target -->\n`);
      const run = await runInMemory(['check', '.', '--format', 'json'], quiet.path);
      assert.deepEqual(inconsistencies(JSON.parse(run.stdout) as JsonOutput), []);
    } finally {
      quiet.dispose();
    }
  });

  test('Should put whole locales in a shard with --shard-by locale, so a shard still sees the inconsistency', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard) =>
        runInMemory(['check', '.', '--format', 'json', '--shard', shard, '--shard-by', 'locale'], folder.path),
      ),
    );
    const pathsByShard = shards.map((run) =>
      (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path.split('/')[0]),
    );
    for (const paths of pathsByShard) assert.ok(new Set(paths).size <= 1, `a shard holds one locale: ${paths}`);
    assert.equal(shards.flatMap((run) => inconsistencies(JSON.parse(run.stdout) as JsonOutput)).length, 1);
  });

  test('Should leave the files alone when both consistency rules are off, and refuse --shard-by without --shard', async () => {
    const off = await runInMemory(
      ['check', '.', '--format', 'json', '--rule', 'inconsistent-target=off', '--rule', 'inconsistent-source=off'],
      folder.path,
    );
    assert.deepEqual(inconsistencies(JSON.parse(off.stdout) as JsonOutput), []);
    const usage = await runInMemory(['check', '.', '--shard-by', 'locale'], folder.path);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--shard-by goes with --shard I\/N/);
  });
});
