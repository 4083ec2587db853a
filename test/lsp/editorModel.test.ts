/**
 * The Bilingual Editor's model on real articles (right to left, CJK, the largest of the corpus): rows in document
 * order, every unit once, pieces that join to the file's text at their ranges, counts equal to the CLI's JSON,
 * problems with the same quick fixes as the text editor, and one round trip over stdio.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction } from 'vscode-languageserver-types';
import type { EditorModelResult, EditorUnitRow, Range, TextPiece } from '../../shared/protocol';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/lineIndex';
import { corpusFiles, hasSharedCorpus, readArticleText, type CorpusFile } from '../core/support/corpus';
import { runInMemory, type JsonOutput } from '../cli/support/cli';
import { checkedDocument, service } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

const files = corpusFiles();

function corpusFile(name: string): CorpusFile {
  const file = files.find((candidate) => candidate.fileName === name);
  assert.ok(file, `${name} is in the corpus`);
  return file;
}

/** The largest article at hand: fr-FR win32-pr__c-user.md (1.34 MB, 5,799 units) wherever the shared corpus is. */
const largest = files.reduce((a, b) => (b.units > a.units ? b : a));

const ARTICLES = [
  corpusFile('dynamics-365-project-operations-pr__define-roles.md'), // he-IL, right to left
  corpusFile('OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md'), // ja-JP
  corpusFile('OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md'), // ja-JP, bare <span>s in units
  corpusFile('powerShell-Docs__everything-about-switch.md'), // ko-KR, code blocks
  largest,
];

function modelOf(file: CorpusFile): { text: string; model: EditorModelResult } {
  const text = readArticleText(file.absolutePath);
  const model = service.getEditorModel(checkedDocument(text, EMPTY_CONFIG, pathToFileURL(file.absolutePath).href));
  assert.ok(model, `${file.manifestPath} has a model`);
  return { text, model };
}

function sliceAt(text: string, lines: LineIndex, range: Range): string {
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

const joined = (pieces: readonly TextPiece[]): string => pieces.map((piece) => piece.raw).join('');

function rangeStart(row: EditorModelResult['rows'][number]): Range['start'] {
  return row.kind === 'unit' ? row.unitRange.start : row.range.start;
}

describe('The Bilingual Editor model of real articles', () => {
  test('Should find the largest article of the corpus', () => {
    if (hasSharedCorpus) assert.equal(largest.fileName, 'win32-pr__c-user.md');
    assert.ok(largest.units >= 100, `${largest.fileName}: ${largest.units} units`);
  });

  for (const file of ARTICLES) {
    describe(`${file.manifestPath} (${file.locale}, ${file.units} units)`, () => {
      const { text, model } = modelOf(file);
      const lines = new LineIndex(text);
      const units = model.rows.filter((row): row is EditorUnitRow => row.kind === 'unit');

      test('Should give rows in document order, every unit once', () => {
        assert.deepEqual(units.map((row) => row.unitIndex), units.map((_, index) => index));
        assert.equal(units.length, file.units);
        for (let i = 1; i < model.rows.length; i++) {
          const previous = lines.offsetAt(rangeStart(model.rows[i - 1]!));
          assert.ok(lines.offsetAt(rangeStart(model.rows[i]!)) >= previous, `row ${i} starts after row ${i - 1}`);
        }
      });

      test("Should give pieces that join to the file's text at the target range, and a source with its ID", () => {
        for (const row of units) {
          assert.equal(joined(row.target), sliceAt(text, lines, row.targetRange), row.id);
          const unitText = sliceAt(text, lines, row.unitRange);
          assert.ok(unitText.startsWith('<span') && unitText.includes(joined(row.target)), row.id);
          if (row.source) assert.ok(unitText.includes(`${joined(row.source)}</span>`), row.id);
          assert.equal(row.readOnlyReason, null, row.id);
        }
      });

      test('Should say what Markdown stands before the first unit of each line', () => {
        for (const row of units) {
          const lineStart = lines.offsetAt({ line: row.unitRange.start.line, character: 0 });
          const before = text.slice(lineStart, lines.offsetAt(row.unitRange.start));
          const shownBefore = before.replace(/\s+/g, ' ').trim();
          if (row.linePrefix !== '') {
            assert.ok(shownBefore.startsWith(row.linePrefix.replace(/…$/, '')), `${row.id}: ${row.linePrefix}`);
          } else {
            assert.ok(before.includes('</span>') || shownBefore === '', `${row.id}: only units or space before it`);
          }
        }
      });

      test("Should count units, untranslated units and words as the CLI's JSON does", async () => {
        const run = await runInMemory(['check', file.absolutePath, '--format', 'json'], dirname(file.absolutePath));
        const json = JSON.parse(run.stdout) as JsonOutput;
        const groups = Object.values(json.summary.byLocale);
        assert.equal(groups.length, 1);
        const group = groups[0]!;
        const { counts } = model;
        assert.deepEqual(
          [counts.units, counts.untranslatedUnits, counts.sourceWords, counts.targetWords],
          [group.units, group.untranslatedUnits, group.sourceWords, group.targetWords],
        );
        assert.equal(model.counts.unitsWithProblems, units.filter((row) => row.problems.length > 0).length);
        assert.equal(model.locale?.toLowerCase(), file.locale.toLowerCase());
        assert.equal(model.rightToLeft, file.locale.startsWith('he') || file.locale.startsWith('ar'));
      });

      test('Should show the blocks around the units as context rows: front matter first, headings and code', () => {
        const context = model.rows.filter((row) => row.kind === 'context');
        assert.equal(model.rows[0]?.kind === 'context' && model.rows[0].block, 'frontMatter');
        for (const row of context) {
          assert.ok(row.text.length > 0 && row.text.length <= 160, `${row.block}: ${row.text}`);
          const block = sliceAt(text, lines, row.range);
          assert.ok(!block.includes('data-ttu-id'), `a context row holds no unit: ${row.text}`);
        }
      });
    });
  }

  test('Should give a code block as one context row and a heading without units as a heading row', () => {
    const { text, model } = modelOf(corpusFile('powerShell-Docs__everything-about-switch.md'));
    const lines = new LineIndex(text);
    const code = model.rows.filter((row) => row.kind === 'context' && row.block === 'code');
    assert.ok(code.length >= 10, `${code.length} code blocks`);
    for (const row of code) {
      if (row.kind !== 'context') continue;
      const block = sliceAt(text, lines, row.range);
      assert.ok(block.trimStart().startsWith('```'), block.slice(0, 40));
    }
    const headingUnits = model.rows.filter((row) => row.kind === 'unit' && row.linePrefix.startsWith('#'));
    assert.ok(headingUnits.length > 0, 'headings with units carry their # as the line prefix');
    const tables = modelOf(largest).model.rows.filter((row) => row.kind === 'context' && row.block === 'table');
    assert.ok(tables.length > 0, 'table delimiter rows are context');
  });

  test('Should offer the same quick fixes for a unit problem as the code actions of the text editor', () => {
    let compared = 0;
    for (const file of files.filter((candidate) => candidate.anomaly !== '')) {
      const text = readArticleText(file.absolutePath);
      const checked = checkedDocument(text, EMPTY_CONFIG, pathToFileURL(file.absolutePath).href);
      const model = service.getEditorModel(checked)!;
      for (const row of model.rows) {
        if (row.kind !== 'unit') continue;
        for (const problem of row.problems) {
          const actions = service.getCodeActions(checked, { range: problem.range, only: ['quickfix'] });
          const own = actions.filter(
            (action: CodeAction) =>
              !action.title.startsWith('Suppress ') &&
              action.diagnostics?.some(({ code, message }) => code === problem.code && message === problem.message),
          );
          assert.deepEqual(
            problem.fixes.map((fix) => [fix.title, fix.edits]),
            own.map((action) => [action.title, action.edit?.changes?.[checked.uri]]),
            `${file.fileName} ${row.id} ${problem.code}`,
          );
          compared += problem.fixes.length;
        }
      }
    }
    assert.ok(compared > 0, 'some unit problems of the anomalies have fixes');
  });

  test('Should stop when the request is cancelled', () => {
    const checked = checkedDocument(readArticleText(largest.absolutePath));
    assert.equal(service.getEditorModel(checked, { isCancellationRequested: true }), null);
  });
});

describe('The Bilingual Editor model over stdio', () => {
  let client: StdioLanguageClient;
  const file = corpusFile('dynamics-365-project-operations-pr__define-roles.md');
  const uri = pathToFileURL(file.absolutePath).href;

  before(async () => {
    const rootUri = pathToFileURL(dirname(file.absolutePath)).href;
    client = await StdioLanguageClient.start({ rootUri, settings: { diagnosticsDelay: 10 } });
  });

  after(() => client.kill());

  test('Should answer bilingualDocs/editorModel for an open article, and null for one not open', async () => {
    const text = readArticleText(file.absolutePath);
    await client.open(uri, text, 3);
    const model = await client.request<EditorModelResult>('bilingualDocs/editorModel', { uri });
    assert.equal(model.uri, uri);
    assert.equal(model.version, 3);
    assert.equal(model.locale, 'he-IL');
    assert.equal(model.rightToLeft, true);
    assert.deepEqual(model, service.getEditorModel({ ...checkedDocument(text, EMPTY_CONFIG, uri), version: 3 }));
    assert.equal(model.counts.units, file.units);
    assert.equal(await client.request('bilingualDocs/editorModel', { uri: 'file:///nowhere/missing.md' }), null);
  });
});
