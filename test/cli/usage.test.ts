import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';

const CLEAN = danishArticle(unit('27db3-101', 'Sidefodsmodul', 'Footer module'));
const MISMATCH = danishArticle(unit('27db3-101', 'Tilføj et link.', 'Add a link.', '27db3-111'));

describe('command line usage and exit codes', () => {
  let folder: TempFolder;
  before(() => {
    folder = new TempFolder();
    folder.write('clean/footer.md', CLEAN);
    folder.write('broken/footer.md', MISMATCH);
  });
  after(() => folder.dispose());

  test('Should exit 0 when no file has an error-severity diagnostic', async () => {
    const run = await runInMemory(['check', 'clean'], folder.path);
    assert.deepEqual([run.code, run.stdout], [0, '']);
  });

  test('Should exit 1 and print the diagnostic when a file has an error', async () => {
    const run = await runInMemory(['check', 'broken'], folder.path);
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      "broken/footer.md:6:97 error id-mismatch The target's ID 27db3-101 differs from its source's ID 27db3-111.\n",
    );
  });

  test('Should exit 0 when the error is lowered to a warning with --rule', async () => {
    const run = await runInMemory(['check', 'broken', '--rule', 'id-mismatch=warning'], folder.path);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^broken\/footer\.md:6:97 warning id-mismatch /);
  });

  test('Should print the usage and exit 2 without a command, and exit 0 for --help', async () => {
    const bare = await runInMemory([], folder.path);
    assert.equal(bare.code, 2);
    assert.match(bare.stdout, /^Usage:\n {2}bilingual-docs check \[PATH\.\.\.\]/);
    const help = await runInMemory(['check', '--help'], folder.path);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--shard I\/N/);
  });

  test('Should print the version and exit 0', async () => {
    const run = await runInMemory(['--version'], folder.path);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
  });

  const badUsage: [string, string[], RegExp][] = [
    ['an unknown command', ['lint', 'clean'], /^bilingual-docs: unknown command "lint"\n/],
    [
      'an unknown format',
      ['check', 'clean', '--format', 'xml'],
      /^bilingual-docs: unknown format "xml"; use text, json, sarif\n/,
    ],
    ['an unknown option', ['check', 'clean', '--colour'], /^bilingual-docs: Unknown option '--colour'/],
    [
      'a rule that does not exist',
      ['check', 'clean', '--rule', 'no-such-rule=off'],
      /^bilingual-docs: --rule: unknown rule "no-such-rule"\n/,
    ],
    [
      'a rule named like a property of every object',
      ['check', 'clean', '--rule', '__proto__=off'],
      /^bilingual-docs: --rule: unknown rule "__proto__"\n/,
    ],
    [
      'a misspelt rule',
      ['check', 'clean', '--rule', 'id-ordr=off'],
      /^bilingual-docs: --rule: unknown rule "id-ordr"; did you mean "id-order"\?\n/,
    ],
    [
      'a severity that does not exist',
      ['check', 'clean', '--rule', 'id-order=loud'],
      /^bilingual-docs: --rule: rule "id-order" has severity "loud"; use error, warning, info, hint or off\n/,
    ],
    [
      '--jobs 0',
      ['check', 'clean', '--jobs', '0'],
      /^bilingual-docs: --jobs takes a whole number of at least 1, not "0"\n/,
    ],
    [
      '--jobs that is not a number',
      ['check', 'clean', '--jobs', 'all'],
      /^bilingual-docs: --jobs takes a whole number of at least 1, not "all"\n/,
    ],
    [
      'a shard beyond the count',
      ['check', 'clean', '--shard', '4/3'],
      /^bilingual-docs: --shard takes I\/N with 1 <= I <= N \(as in 2\/4\), not "4\/3"\n/,
    ],
    ['shard 0', ['check', 'clean', '--shard', '0/3'], /^bilingual-docs: --shard takes I\/N/],
    ['a shard that is not I/N', ['check', 'clean', '--shard', 'half'], /^bilingual-docs: --shard takes I\/N/],
    ['segments without a file', ['segments'], /^bilingual-docs: segments takes exactly one FILE\n/],
  ];
  for (const [what, argv, message] of badUsage) {
    test(`Should exit 2 with a clear message and no output for ${what}`, async () => {
      const run = await runInMemory(argv, folder.path);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Run "bilingual-docs --help" for usage\.\n$/);
    });
  }

  test('Should exit 2 for a path that does not exist, and still check the others', async () => {
    const run = await runInMemory(['check', 'missing', 'broken', '--format', 'json'], folder.path);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'bilingual-docs: missing: no such file or folder\n');
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(
      output.files.map((file) => [file.path, file.diagnostics.map((diagnostic) => diagnostic.code)]),
      [['broken/footer.md', ['id-mismatch']]],
    );
  });

  test('Should exit 2 for a file that cannot be read, report it in the JSON, and still check the others', async () => {
    const unreadable = new TempFolder();
    // A socket named like an article: it exists, but reading it fails.
    const server = createServer();
    try {
      unreadable.write('a-first.md', MISMATCH);
      await new Promise<void>((resolve) => server.listen(join(unreadable.path, 'b-socket.md'), resolve));
      unreadable.write('c-last.md', CLEAN);
      const run = await runInMemory(
        ['check', 'a-first.md', 'b-socket.md', 'c-last.md', '--format', 'json'],
        unreadable.path,
      );
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^bilingual-docs: b-socket\.md: .+\n$/);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(output.files.map((file) => [file.path, file.diagnostics.length, file.error !== undefined]), [
        ['a-first.md', 1, false],
        ['b-socket.md', 0, true],
        ['c-last.md', 0, false],
      ]);
      assert.equal(output.summary.filesUnreadable, 1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      unreadable.dispose();
    }
  });

  test('Should skip a binary file with a note, without failing the run', async () => {
    const binary = new TempFolder();
    try {
      binary.write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      binary.write('footer.md', CLEAN);
      const run = await runInMemory(['check', '.', '--format', 'json'], binary.path);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, 'bilingual-docs: image.md: skipped, binary file (it holds NUL bytes), not an article\n');
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(output.files.map((file) => [file.path, file.skipped ?? null]), [
        ['footer.md', null],
        ['image.md', 'binary file (it holds NUL bytes), not an article'],
      ]);
      assert.equal(output.summary.filesSkipped, 1);
    } finally {
      binary.dispose();
    }
  });

  test('Should say that a file is not valid UTF-8 and still check it', async () => {
    const invalid = new TempFolder();
    try {
      const text = Buffer.from(MISMATCH, 'utf8');
      const broken = Buffer.concat([
        text.subarray(0, text.indexOf('Tilf')),
        Buffer.from([0xff, 0xfe]),
        text.subarray(text.indexOf('Tilf')),
      ]);
      invalid.write('footer.md', broken);
      const run = await runInMemory(['check', 'footer.md', '--format', 'json'], invalid.path);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, 'bilingual-docs: footer.md: not valid UTF-8; invalid bytes were read as U+FFFD\n');
      const [file] = (JSON.parse(run.stdout) as JsonOutput).files;
      assert.deepEqual(file!.warnings, ['not valid UTF-8; invalid bytes were read as U+FFFD']);
      // Two replacement characters stand for the two bad bytes, so the source ID moves two characters right.
      assert.deepEqual(
        file!.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start]),
        [['id-mismatch', { line: 5, character: 98 }]],
      );
    } finally {
      invalid.dispose();
    }
  });

  test('Should read a file with a BOM as the editor does: the BOM is not part of the text', async () => {
    const bom = new TempFolder();
    try {
      bom.write('with-bom.md', `\uFEFF${MISMATCH}`);
      bom.write('without-bom.md', MISMATCH);
      const run = await runInMemory(['check', '.', '--format', 'json'], bom.path);
      const [withBom, withoutBom] = (JSON.parse(run.stdout) as JsonOutput).files;
      assert.equal(withBom!.locale, 'da-DK');
      assert.deepEqual(withBom!.diagnostics, withoutBom!.diagnostics);
      const segments = await runInMemory(['segments', 'with-bom.md'], bom.path);
      assert.deepEqual(JSON.parse(segments.stdout)[0].targetRange, {
        start: { line: 5, character: 30 },
        end: { line: 5, character: 45 },
      });
    } finally {
      bom.dispose();
    }
  });

  test('Should check the current folder when no path is given', async () => {
    const run = await runInMemory(['check', '--format', 'json'], folder.path);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path),
      ['broken/footer.md', 'clean/footer.md'],
    );
  });

  test('Should follow a link to a folder once, and not walk again a folder above it that a link leads to', async () => {
    const tree = new TempFolder();
    try {
      tree.write('docs/a.md', CLEAN);
      tree.write('shared/b.md', CLEAN);
      symlinkSync(join(tree.path, 'shared'), join(tree.path, 'docs/linked'));
      symlinkSync(tree.path, join(tree.path, 'docs/loop'));
      const run = await runInMemory(['check', 'docs', '--format', 'json'], tree.path);
      assert.equal(run.code, 0);
      assert.deepEqual((JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path), [
        'docs/a.md',
        'docs/linked/b.md',
      ]);
    } finally {
      tree.dispose();
    }
  });

  test('Should skip node_modules and .git folders and files that are not Markdown', async () => {
    const tree = new TempFolder();
    try {
      tree.write('docs/a.md', CLEAN);
      tree.write('docs/b.MD', CLEAN);
      tree.write('docs/c.txt', MISMATCH);
      tree.write('node_modules/pkg/readme.md', MISMATCH);
      tree.write('.git/info.md', MISMATCH);
      const run = await runInMemory(['check', '.', '--format', 'json'], tree.path);
      assert.equal(run.code, 0);
      assert.deepEqual(
        (JSON.parse(run.stdout) as JsonOutput).files.map((file) => file.path),
        ['docs/a.md', 'docs/b.MD'],
      );
    } finally {
      tree.dispose();
    }
  });
});
