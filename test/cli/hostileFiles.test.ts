/**
 * Paths that are not plain articles, as a careless user or a stranger's pull request may give them: each gets one
 * line on stderr naming it, the run ends with exit 2, and every other file is still checked.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileErrorReason } from '../../server/src/fileErrors';
import { MAX_ARTICLE_BYTES } from '../../server/src/cli/readArticle';
import { BUILT_CLI, runBuilt, runInMemory, TempFolder, type CliRun, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';

const CLEAN = danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module'));
const MISMATCH = danishArticle(unit('27db3-101', 'Tilføj et link.', 'Add a link.', '27db3-111'));
/** Each of these tests starts the built CLI; one that waits for ever on a FIFO fails here instead of hanging. */
const NO_HANG = { timeout: 60_000 };

function pathsOf(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path);
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.startsWith('bilingual-docs: '));
}

/**
 * Runs the built CLI as a user without special rights: as `nobody` when the tests run as root (as in CI), where
 * permissions would not stop anything; else as the user running the tests.
 */
function runUnprivileged(argv: readonly string[], cwd: string): Promise<CliRun> {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...argv], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...asNobody,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('files that are not plain articles', () => {
  let folder: TempFolder;
  before(() => {
    folder = new TempFolder();
    folder.write('a-first.md', MISMATCH);
    folder.write('z-last.md', CLEAN);
  });
  after(() => folder.dispose());

  test(
    'Should refuse a FIFO and a link to /dev/zero with one line each, and check the other files',
    NO_HANG,
    async () => {
      spawnSync('mkfifo', [join(folder.path, 'pipe.md')]);
      symlinkSync('/dev/zero', join(folder.path, 'zero.md'));
      const run = await runBuilt(
        ['check', 'a-first.md', 'pipe.md', 'zero.md', 'z-last.md', '--format', 'json'],
        folder.path,
      );
      assert.equal(run.code, 2);
      assert.deepEqual(stderrLines(run), [
        'bilingual-docs: pipe.md: not a regular file (a FIFO), not read',
        'bilingual-docs: zero.md: not a regular file (a character device), not read',
      ]);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(
        output.files.map((file) => [file.path, file.diagnostics.length, file.error ?? null]),
        [
          ['a-first.md', 1, null],
          ['pipe.md', 0, 'not a regular file (a FIFO), not read'],
          ['zero.md', 0, 'not a regular file (a character device), not read'],
          ['z-last.md', 0, null],
        ],
      );
      // Found in a folder, they are reported the same way.
      const walked = await runBuilt(['check', '.'], folder.path);
      assert.equal(walked.code, 2);
      assert.ok(
        stderrLines(walked).includes('bilingual-docs: pipe.md: not a regular file (a FIFO), not read'),
        walked.stderr,
      );
    },
  );

  test('Should refuse a link loop, named or found in a folder, and a name too long, without a stack trace', async () => {
    const tree = new TempFolder();
    try {
      tree.write('docs/a.md', MISMATCH);
      symlinkSync('loop.md', join(tree.path, 'docs/loop.md'));
      symlinkSync('other', join(tree.path, 'docs/self'));
      symlinkSync('self', join(tree.path, 'docs/other'));
      const long = `${'x'.repeat(300)}.md`;
      const run = await runInMemory(['check', 'docs', 'docs/loop.md', long, '--format', 'json'], tree.path);
      assert.equal(run.code, 2);
      assert.deepEqual(stderrLines(run), [
        'bilingual-docs: docs/loop.md: too many levels of symbolic links (a link loop?)',
        `bilingual-docs: ${long}: name too long`,
      ]);
      assert.deepEqual(pathsOf(run), ['docs/a.md']);
    } finally {
      tree.dispose();
    }
  });

  test('Should refuse a file and a folder it may not read, and a path in a folder it may not enter', async () => {
    const tree = new TempFolder();
    try {
      chmodSync(tree.path, 0o755);
      tree.write('a.md', MISMATCH);
      tree.write('secret.md', CLEAN);
      tree.write('locked/b.md', CLEAN);
      chmodSync(join(tree.path, 'secret.md'), 0o000);
      chmodSync(join(tree.path, 'locked'), 0o000);
      const run = await runUnprivileged(['check', '.', 'locked/b.md', '--format', 'json'], tree.path);
      assert.equal(run.code, 2);
      assert.deepEqual(stderrLines(run).sort(), [
        'bilingual-docs: locked/b.md: permission denied',
        'bilingual-docs: locked: permission denied',
        'bilingual-docs: secret.md: permission denied',
      ]);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(output.files.map((file) => [file.path, file.diagnostics.length, file.error ?? null]), [
        ['a.md', 1, null],
        ['secret.md', 0, 'permission denied'],
      ]);
    } finally {
      chmodSync(join(tree.path, 'locked'), 0o755);
      tree.dispose();
    }
  });

  test('Should name the reason of any file system failure in a few words, without the path', () => {
    const failure = (code: string, message: string): Error => Object.assign(new Error(message), { code });
    assert.equal(fileErrorReason(failure('EACCES', "EACCES: permission denied, open '/x/a.md'")), 'permission denied');
    assert.equal(
      fileErrorReason(failure('EMFILE', "EMFILE: too many open files, open '/x/a.md'")),
      'too many open files',
    );
  });

  test('Should refuse a file over 512 MiB before reading it, and check the others', async () => {
    const large = new TempFolder();
    try {
      large.write('a.md', MISMATCH);
      // A sparse file: the size without the disk space.
      truncateSync(large.write('huge.md', ''), MAX_ARTICLE_BYTES + 1);
      const run = await runInMemory(['check', '.', '--format', 'json'], large.path);
      assert.equal(run.code, 2);
      assert.deepEqual(stderrLines(run), [
        `bilingual-docs: huge.md: too large to be an article (${MAX_ARTICLE_BYTES + 1} bytes; at most 512 MiB are read), not read`,
      ]);
      assert.deepEqual(pathsOf(run), ['a.md', 'huge.md']);
    } finally {
      large.dispose();
    }
  });

  test('Should check each real folder once when a link leads to a folder above it', async () => {
    const tree = new TempFolder();
    try {
      tree.write('docs/a.md', CLEAN);
      tree.write('docs/guide/b.md', CLEAN);
      symlinkSync(tree.path, join(tree.path, 'docs/guide/up'));
      symlinkSync(join(tree.path, 'docs'), join(tree.path, 'docs/guide/docs-again'));
      const run = await runInMemory(['check', 'docs', '--format', 'json'], tree.path);
      assert.equal(run.code, 0);
      assert.deepEqual(pathsOf(run), ['docs/a.md', 'docs/guide/b.md']);
    } finally {
      tree.dispose();
    }
  });

  test('Should say so and use one job per core when --jobs asks for more', NO_HANG, async () => {
    const cores = availableParallelism();
    const tree = new TempFolder();
    try {
      for (let index = 0; index < 8; index++) tree.write(`${index}.md`, index % 2 ? MISMATCH : CLEAN);
      const run = await runBuilt(['check', '.', '--jobs', '1000', '--format', 'json'], tree.path);
      assert.equal(run.code, 1);
      assert.deepEqual(stderrLines(run), [
        `bilingual-docs: --jobs 1000 is more than the ${cores} cores here; using ${cores}`,
      ]);
      assert.deepEqual(
        run.stdout,
        (await runBuilt(['check', '.', '--jobs', '1', '--format', 'json'], tree.path)).stdout,
      );
    } finally {
      tree.dispose();
    }
  });
});

describe('file names', () => {
  test(
    'Should check files and folders whose names are not valid UTF-8, showing each bad byte as \\xHH',
    NO_HANG,
    async () => {
      const tree = new TempFolder();
      try {
        const root = tree.path;
        const bytes = (...parts: (string | number[])[]): Buffer =>
          Buffer.concat(
            parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
          );
        writeFileSync(bytes(root, '/f', [0xff], '.md'), MISMATCH);
        mkdirSync(bytes(root, '/d', [0xfe]));
        writeFileSync(bytes(root, '/d', [0xfe], '/g.md'), MISMATCH);
        const expected = [
          ['d\\xFE/g.md', 1],
          ['f\\xFF.md', 1],
        ];
        const described = (run: CliRun): unknown[] => {
          assert.equal(run.code, 1, run.stderr);
          return (JSON.parse(run.stdout) as JsonOutput).files.map((file) => [file.path, file.diagnostics.length]);
        };
        assert.deepEqual(described(await runInMemory(['check', '.', '--format', 'json'], tree.path)), expected);
        assert.deepEqual(
          described(await runBuilt(['check', '.', '--format', 'json', '--jobs', '2'], tree.path)),
          expected,
        );
        // Named on the command line: a shell hands the bytes over as they are.
        const script = `"$0" "$1" check "$(printf 'd\\376')" "$(printf 'f\\377.md')" --format json`;
        const named = spawnSync('sh', ['-c', script, process.execPath, BUILT_CLI], {
          cwd: tree.path,
          encoding: 'utf8',
        });
        assert.deepEqual(described({ code: named.status ?? -1, stdout: named.stdout, stderr: named.stderr }), expected);
      } finally {
        tree.dispose();
      }
    },
  );

  test('Should escape a newline of a file name in text output and keep the exact name in JSON and SARIF', async () => {
    const tree = new TempFolder();
    try {
      const name = 'two\nlines.md';
      tree.write(name, MISMATCH);
      const text = await runInMemory(['check', '.'], tree.path);
      assert.equal(text.code, 1);
      assert.deepEqual(text.stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]), ['two\\nlines.md']);
      const json = await runInMemory(['check', '.', '--format', 'json'], tree.path);
      assert.deepEqual(pathsOf(json), [name]);
      const sarif = JSON.parse((await runInMemory(['check', '.', '--format', 'sarif'], tree.path)).stdout) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      };
      const uri = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
      assert.equal(decodeURIComponent(uri), name);
    } finally {
      tree.dispose();
    }
  });
});
