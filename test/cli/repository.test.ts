import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRoot, repositoryRoot } from '../core/support/corpus';
import { fnv1a, isInShard, parseShard } from '../../server/src/cli/shard';
import { automaticJobs, BYTES_PER_WORKER } from '../../server/src/cli/checkFiles';
import { BUILT_CLI, runBuilt, runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';

function pathsOf(run: { stdout: string }): string[] {
  return (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path);
}

function markdownUnder(folder: string): number {
  let count = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) count += markdownUnder(path);
    else if (name.endsWith('.md')) count++;
  }
  return count;
}

describe('checking a repository', () => {
  test('Should find the worker bundle next to the built CLI', () => {
    assert.ok(existsSync(BUILT_CLI), 'run node scripts/build.mjs first');
    assert.ok(existsSync(join(repositoryRoot, 'dist/checkWorker.js')));
  });

  for (const format of ['json', 'text', 'sarif']) {
    test(`Should print byte for byte the same ${format} output with --jobs 2 and 3 as with --jobs 1`, async () => {
      const one = await runBuilt(['check', 'test/fixtures', '--format', format, '--jobs', '1'], repositoryRoot);
      const two = await runBuilt(['check', 'test/fixtures', '--format', format, '--jobs', '2'], repositoryRoot);
      const three = await runBuilt(['check', 'test/fixtures', '--format', format, '--jobs', '3'], repositoryRoot);
      assert.equal(one.code, 1);
      assert.ok(one.stdout.length > 10_000);
      assert.deepEqual(two, one);
      // On fewer than three cores, --jobs 3 says that it uses one job per core; nothing else differs.
      assert.deepEqual(
        { ...three, stderr: three.stderr.replace(/^bilingual-docs: --jobs 3 is more than .*\n/, '') },
        one,
      );
    });
  }

  test('Should check every file exactly once across the three shards of --shard I/3', async () => {
    const all = pathsOf(await runInMemory(['check', 'test/fixtures', '--format', 'json'], repositoryRoot));
    assert.equal(all.length, markdownUnder(fixturesRoot));
    const shards = [];
    for (const index of [1, 2, 3])
      shards.push(
        pathsOf(
          await runInMemory(['check', 'test/fixtures', '--format', 'json', '--shard', `${index}/3`], repositoryRoot),
        ),
      );
    for (const shard of shards) assert.ok(shard.length > 0 && shard.length < all.length);
    assert.deepEqual(shards.flat().sort(), [...all].sort());
  });

  test('Should shard the same way with workers as in one thread', async () => {
    const one = await runBuilt(
      ['check', 'test/fixtures', '--format', 'json', '--shard', '2/3', '--jobs', '1'],
      repositoryRoot,
    );
    const two = await runBuilt(
      ['check', 'test/fixtures', '--format', 'json', '--shard', '2/3', '--jobs', '2'],
      repositoryRoot,
    );
    assert.deepEqual(two, one);
  });

  test('Should keep every file in its shard when a file is added', async () => {
    const folder = new TempFolder();
    try {
      for (let index = 0; index < 30; index++)
        folder.write(
          `da-dk/articles/${index}/footer.md`,
          danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module')),
        );
      const before = pathsOf(await runInMemory(['check', '.', '--format', 'json', '--shard', '1/4'], folder.path));
      folder.write('da-dk/articles/14/added.md', danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module')));
      const afterAdding = pathsOf(await runInMemory(['check', '.', '--format', 'json', '--shard', '1/4'], folder.path));
      assert.deepEqual(afterAdding.filter((path) => path !== 'da-dk/articles/14/added.md'), before);
    } finally {
      folder.dispose();
    }
  });

  test('Should assign a file by the path below the checked folder, wherever the folder is', async () => {
    const first = new TempFolder();
    const second = new TempFolder();
    try {
      for (const folder of [first, second])
        for (let index = 0; index < 12; index++)
          folder.write(`articles/${index}.md`, danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module')));
      const fromFirst = pathsOf(
        await runInMemory(['check', first.path, '--format', 'json', '--shard', '2/3'], repositoryRoot),
      ).map((path) => path.slice(first.path.length));
      const fromSecond = pathsOf(
        await runInMemory(['check', second.path, '--format', 'json', '--shard', '2/3'], repositoryRoot),
      ).map((path) => path.slice(second.path.length));
      assert.deepEqual(fromFirst, fromSecond);
      assert.deepEqual(
        fromFirst,
        Array.from({ length: 12 }, (_, index) => `/articles/${index}.md`)
          .sort()
          .filter((path) => isInShard(path.slice(1), { index: 2, count: 3 })),
      );
    } finally {
      first.dispose();
      second.dispose();
    }
  });

  test('Should start a worker per 32 MB of files by default, at most one per core, and none for a small run', () => {
    const folder = new TempFolder();
    try {
      const small = folder.write('small.md', danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module')));
      // Sparse files: their size is what counts, and nothing is written.
      const large = [1, 2, 3].map((index) => folder.write(`large-${index}.md`, ''));
      for (const path of large) truncateSync(path, BYTES_PER_WORKER + 1);
      assert.equal(automaticJobs([small], 8), 1);
      assert.equal(automaticJobs([small, large[0]!], 8), 1);
      assert.equal(automaticJobs([small, ...large], 8), 3);
      assert.equal(automaticJobs([small, ...large], 2), 2);
      assert.equal(automaticJobs([small, ...large], 1), 1);
      assert.equal(automaticJobs([join(folder.path, 'gone.md'), ...large.slice(0, 2)], 8), 2);
    } finally {
      folder.dispose();
    }
  });

  test('Should hash with 32-bit FNV-1a and read shards as I/N', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    assert.deepEqual(parseShard(' 1 / 1 '), { index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1', '1/2/3', '-1/2', 'a/b']) assert.equal(parseShard(bad), undefined, bad);
  });
});

describe('--changed-since', () => {
  let repository: TempFolder;
  const git = (...args: string[]): string => {
    const run = spawnSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
      { cwd: repository.path, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const CLEAN = danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module'));
  const BROKEN = danishArticle(unit('27db3-101', 'Tilføj et link.', 'Add a link.', '27db3-111'));

  before(() => {
    repository = new TempFolder();
    git('init', '--quiet', '--initial-branch=main');
    repository.write('articles/unchanged.md', BROKEN);
    repository.write('articles/modified.md', CLEAN);
    repository.write('articles/renamed-before.md', CLEAN);
    repository.write('articles/deleted.md', CLEAN);
    repository.write('other/elsewhere.md', CLEAN);
    git('add', '.');
    git('commit', '--quiet', '-m', 'Articles');
    git('tag', 'base');
    repository.write('articles/modified.md', BROKEN);
    repository.write('articles/added.md', CLEAN);
    git('mv', 'articles/renamed-before.md', 'articles/renamed-after.md');
    git('rm', '--quiet', 'articles/deleted.md');
    repository.write('other/elsewhere.md', BROKEN);
    git('add', '.');
    git('commit', '--quiet', '-m', 'Change articles');
    repository.write('articles/uncommitted.md', CLEAN);
    git('add', 'articles/uncommitted.md');
    repository.write('articles/untracked.md', CLEAN);
    repository.write('.gitignore', 'ignored.md\n');
    repository.write('articles/ignored.md', BROKEN);
  });
  after(() => repository.dispose());

  test('Should check only the files added, modified or renamed since the ref, committed, staged or new', async () => {
    const run = await runInMemory(
      ['check', 'articles', '--format', 'json', '--changed-since', 'base'],
      repository.path,
    );
    assert.equal(run.code, 1);
    assert.deepEqual(pathsOf(run), [
      'articles/added.md',
      'articles/modified.md',
      'articles/renamed-after.md',
      'articles/uncommitted.md',
      'articles/untracked.md',
    ]);
  });

  test('Should read the changes of the folder given, from a working folder elsewhere', async () => {
    const run = await runInMemory(
      ['check', join(repository.path, 'other'), '--format', 'json', '--changed-since', 'base'],
      repositoryRoot,
    );
    assert.deepEqual(pathsOf(run).map((path) => path.slice(repository.path.length)), ['/other/elsewhere.md']);
  });

  test('Should check nothing and exit 0 when nothing changed since the ref', async () => {
    const run = await runInMemory(['check', 'other', '--format', 'json', '--changed-since', 'HEAD'], repository.path);
    assert.deepEqual([run.code, pathsOf(run)], [0, []]);
  });

  test('Should exit 2 with git\'s reason for a ref git does not know', async () => {
    const run = await runInMemory(['check', 'articles', '--changed-since', 'no-such-branch'], repository.path);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^bilingual-docs: git could not list the files changed since "no-such-branch" in .+\/articles: no commit "no-such-branch" in this repository\n$/,
    );
  });

  test('Should exit 2 outside a git repository', async () => {
    const outside = new TempFolder();
    try {
      outside.write('footer.md', CLEAN);
      const run = await runInMemory(['check', '.', '--changed-since', 'HEAD'], outside.path);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /^bilingual-docs: git could not list the files changed since "HEAD" in .+: fatal: not a git repository/,
      );
    } finally {
      outside.dispose();
    }
  });
});
