import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles, repositoryRoot } from '../core/support/corpus';
import { runInMemory, TempFolder } from './support/cli';
import { danishArticle, unit } from './support/articles';

interface Position {
  line: number;
  character: number;
}
interface Segment {
  id: string;
  sourceId: string | null;
  target: string;
  source: string | null;
  targetRange: { start: Position; end: Position };
  sourceRange: { start: Position; end: Position } | null;
}

/** Offsets of a position in the text, with lines ending at \r\n, \n or \r: written apart from the core's LineIndex. */
function offsetOf(lineStarts: readonly number[], position: Position): number {
  return lineStarts[position.line]! + position.character;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

describe('segments', () => {
  const files = corpusFiles();

  test('Should find the corpus to read', () => {
    assert.ok(files.length >= 20, `${files.length} corpus files`);
  });

  for (const file of files) {
    test(`Should print the units of ${file.manifestPath} as they stand in the file's bytes`, async () => {
      const run = await runInMemory(['segments', file.absolutePath, '--format', 'json'], repositoryRoot);
      assert.equal(run.code, 0);
      const segments = JSON.parse(run.stdout) as Segment[];
      assert.equal(segments.length, file.units);
      const text = readFileSync(file.absolutePath).toString('utf8').replace(/^\uFEFF/, '');
      const lineStarts = lineStartsOf(text);
      let previousEnd = 0;
      for (const segment of segments) {
        const targetStart = offsetOf(lineStarts, segment.targetRange.start);
        const targetEnd = offsetOf(lineStarts, segment.targetRange.end);
        assert.equal(text.slice(targetStart, targetEnd), segment.target, segment.id);
        assert.ok(targetStart >= previousEnd, `${segment.id} is in document order`);
        const openTag = text.slice(text.lastIndexOf('<', targetStart - 1), targetStart);
        assert.match(openTag, /data-ttu-id/, segment.id);
        assert.ok(openTag.includes(segment.id), `${segment.id} stands in ${openTag}`);
        if (segment.sourceRange) {
          const sourceStart = offsetOf(lineStarts, segment.sourceRange.start);
          const sourceEnd = offsetOf(lineStarts, segment.sourceRange.end);
          assert.equal(text.slice(sourceStart, sourceEnd), segment.source, segment.id);
          assert.ok(sourceStart >= targetEnd, segment.id);
          previousEnd = sourceEnd;
        } else {
          assert.equal(segment.source, null);
          previousEnd = targetEnd;
        }
      }
    });
  }

  test('Should print exactly the contract fields, with ranges in UTF-16 characters after a BOM and CRLF lines', async () => {
    const folder = new TempFolder();
    try {
      const text = danishArticle(unit('27db3-101', 'Tilføj 😀 link.', 'Add 😀 link.')).replace(/\n/g, '\r\n');
      folder.write('footer.md', `\uFEFF${text}`);
      const run = await runInMemory(['segments', 'footer.md'], folder.path);
      assert.deepEqual(JSON.parse(run.stdout), [
        {
          id: '27db3-101',
          sourceId: '27db3-101',
          target: 'Tilføj 😀 link.',
          source: 'Add 😀 link.',
          targetRange: { start: { line: 5, character: 30 }, end: { line: 5, character: 45 } },
          sourceRange: { start: { line: 5, character: 107 }, end: { line: 5, character: 119 } },
        },
      ]);
    } finally {
      folder.dispose();
    }
  });

  test('Should give a unit without a source null source, sourceId and sourceRange', async () => {
    const folder = new TempFolder();
    try {
      folder.write('footer.md', danishArticle('<span data-ttu-id="27db3-101">Tilføj et link.</span> Mere tekst.'));
      const run = await runInMemory(['segments', 'footer.md'], folder.path);
      const [segment] = JSON.parse(run.stdout) as Segment[];
      assert.deepEqual([segment!.sourceId, segment!.source, segment!.sourceRange], [null, null, null]);
    } finally {
      folder.dispose();
    }
  });

  test('Should exit 2 with a message for a file that does not exist', async () => {
    const run = await runInMemory(['segments', 'no-such-article.md'], repositoryRoot);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: 'bilingual-docs: no-such-article.md: no such file\n' });
  });
});
