import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EditorModelResult, EditorUnitRow, GridUnitRow, TextPiece } from '../../shared/protocol';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fingerprint,
  gridContentOf,
  gridUpdate,
  placeInTarget,
  rawOf,
  spanTokensPairUp,
  targetFingerprints,
  withUnitFixes,
} from '../../client/src/editor/gridRows';
import { LineIndex } from '../../server/src/core/lineIndex';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse';
import { createLanguageService } from '../../server/src/languageService';
import { testSpeller } from '../core/support/spellers';


const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function text(value: string): TextPiece {
  return { kind: 'text', raw: value.replace(/&/g, '&amp;').replace(/</g, '&lt;'), text: value };
}

function unit(unitIndex: number, target: string, overrides: Partial<EditorUnitRow> = {}): EditorUnitRow {
  return {
    kind: 'unit',
    unitIndex,
    id: `646d1-${100 + unitIndex}`,
    sourceId: `646d1-${100 + unitIndex}`,
    target: [text(target)],
    source: [text(`Source ${unitIndex}`)],
    targetRange: range,
    unitRange: range,
    readOnlyReason: null,
    untranslated: false,
    problems: [],
    linePrefix: '',
    ...overrides,
  };
}

function model(version: number, rows: EditorModelResult['rows']): EditorModelResult {
  return {
    uri: 'file:///et-EE/a.md',
    version,
    hasMarkup: true,
    locale: 'et-EE',
    translationType: 'HT',
    rightToLeft: false,
    counts: { units: rows.length, untranslatedUnits: 0, unitsWithProblems: 0, sourceWords: 4, targetWords: 4 },
    rows,
    otherProblems: [],
  };
}

describe('Bilingual Editor rows', () => {
  test('Should patch only the row whose target changed when no unit moved', () => {
    const before = model(1, [
      { kind: 'context', block: 'heading', text: '# Title', range },
      unit(0, 'Tere'),
      unit(1, 'Maailm'),
    ]);
    const after = model(2, [
      { kind: 'context', block: 'heading', text: '# Title', range },
      unit(0, 'Tere'),
      unit(1, 'Maailm!'),
    ]);
    const opened = targetFingerprints(before);
    const update = gridUpdate(gridContentOf(before, 'a.md', opened), gridContentOf(after, 'a.md', opened));
    assert.equal(update.kind, 'patch');
    assert.deepEqual(
      update.kind === 'patch' ? update.changed.map((change) => change.position) : [],
      [2],
    );
  });

  test('Should send every row again when a unit was added', () => {
    const before = model(1, [unit(0, 'Tere')]);
    const after = model(2, [unit(0, 'Tere'), unit(1, 'Uus')]);
    const opened = targetFingerprints(before);
    assert.equal(gridUpdate(gridContentOf(before, 'a.md', opened), gridContentOf(after, 'a.md', opened)).kind, 'reset');
  });

  test('Should send every row again when a unit changed its ID in place', () => {
    const before = model(1, [unit(0, 'Tere')]);
    const after = model(2, [unit(0, 'Tere', { id: '646d1-999' })]);
    const opened = targetFingerprints(before);
    assert.equal(gridUpdate(gridContentOf(before, 'a.md', opened), gridContentOf(after, 'a.md', opened)).kind, 'reset');
  });

  test('Should mark a unit edited while its target differs from the one the editor opened with, and not after it is put back', () => {
    const opened = targetFingerprints(model(1, [unit(0, 'Tere')]));
    const changed = gridContentOf(model(2, [unit(0, 'Tere!')]), 'a.md', opened);
    assert.equal(changed.header.editedUnits, 1);
    const back = gridContentOf(model(3, [unit(0, 'Tere')]), 'a.md', opened);
    assert.equal(back.header.editedUnits, 0);
  });

  test('Should give the webview no ranges, only what it shows', () => {
    const content = gridContentOf(model(1, [unit(0, 'Tere')]), 'a.md', new Map());
    assert.equal(JSON.stringify(content.rows).includes('"line"'), false);
  });

  test('Should tell targets apart by fingerprint, not only by length', () => {
    assert.notEqual(fingerprint('abc'), fingerprint('abd'));
    assert.equal(fingerprint(rawOf([text('a < b')])), fingerprint('a &lt; b'));
  });
});

describe('Span tokens of an edited target', () => {
  test('Should accept tokens that still pair up, in any place', () => {
    assert.equal(spanTokensPairUp(['<span class="x">', '</span>', '<br/>']), true);
    assert.equal(spanTokensPairUp([]), true);
  });

  test('Should refuse a lone closing tag, which would end the target span early', () => {
    assert.equal(spanTokensPairUp(['</span>']), false);
    assert.equal(spanTokensPairUp(['</span>', '<span>']), false);
    assert.equal(spanTokensPairUp(['<SPAN lang="en">']), false);
  });
});

describe('Problems underlined in a target cell', () => {
  const service = createLanguageService({ ruleDocumentationLink: (code) => code });
  const text = readFileSync(join(process.cwd(), 'test/fixtures/seeds/et-EE__self-service-password-reset.md'), 'utf8');
  const model = service.getEditorModel(
    service.check({ uri: 'file:///et.md', version: 1, model: parse(text) }, EMPTY_CONFIG),
  )!;
  const units = model.rows.filter((row): row is EditorUnitRow => row.kind === 'unit');

  test('Should place a word of every real target at its text piece and offsets', () => {
    for (const row of units) {
      const pieceIndex = row.target.findIndex((piece) => piece.kind === 'text' && /\p{L}{3,}/u.test(piece.text));
      const piece = row.target[pieceIndex];
      if (piece?.kind !== 'text') continue;
      const word = /\p{L}{3,}/u.exec(piece.text)!;
      const before = row.target.slice(0, pieceIndex).reduce((length, each) => length + each.raw.length, 0);
      const rawStart = before + piece.raw.indexOf(word[0]);
      const { line, character } = row.targetRange.start;
      const range = {
        start: { line, character: character + rawStart },
        end: { line, character: character + rawStart + word[0].length },
      };
      const place = placeInTarget(row, range);
      assert.ok(place, row.id);
      assert.equal(piece.text.slice(place.start, place.end), word[0], row.id);
    }
  });

  test('Should count a character reference as one character of the text', () => {
    const row = unit(0, 'a & b');
    const at = (character: number) => ({ line: 0, character });
    assert.deepEqual(
      placeInTarget({ ...row, targetRange: { start: at(0), end: at(9) } }, { start: at(8), end: at(9) }),
      { piece: 0, start: 4, end: 5 },
    );
  });

  test('Should not underline a problem of the source or of the whole unit', () => {
    const row = units[0]!;
    const { line } = row.targetRange.start;
    assert.equal(
      placeInTarget(row, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }),
      undefined,
    );
    assert.equal(placeInTarget(row, row.unitRange), undefined);
  });
});

describe('Misspelled words in the Bilingual Editor', () => {
  test('Should underline each misspelled word of a real German article at exactly that word of its target cell', () => {
    const german = testSpeller('de')!;
    const service = createLanguageService({ ruleDocumentationLink: (code) => code, spellers: () => german });
    const text = readFileSync(
      join(process.cwd(), 'test/fixtures/real/OfficeDocs-SkypeForBusiness__patients-audit.md'),
      'utf8',
    );
    const model = service.getEditorModel(
      service.check({ uri: 'file:///de.md', version: 1, model: parse(text) }, EMPTY_CONFIG),
    )!;
    const grid = gridContentOf(model, 'patients-audit.md', new Map());
    const underlined = grid.rows.flatMap((row) => {
      if (row.kind !== 'unit') return [];
      const words = row.problems.filter((problem) => problem.code === 'spelling' || problem.code === 'split-compound');
      return words.map((problem) => {
        assert.ok(problem.inTarget, `${row.id}: ${problem.message} has no place in the target`);
        const piece = row.target[problem.inTarget.piece]!;
        assert.equal(piece.kind, 'text');
        return piece.text.slice(problem.inTarget.start, problem.inTarget.end);
      });
    });
    // The words the CLI reports on this article: two real compounds written apart, each over both its words.
    assert.deepEqual(underlined.sort(), ['Aktivitäts Überwachungen', 'Gesundheits Anbieters']);
  });

  test("Should offer a misspelled word's corrections in its row once asked for, each an edit of exactly that word", () => {
    const german = testSpeller('de')!;
    const service = createLanguageService({ ruleDocumentationLink: (code) => code, spellers: () => german });
    const original = readFileSync(
      join(process.cwd(), 'test/fixtures/real/OfficeDocs-SkypeForBusiness__patients-audit.md'),
      'utf8',
    );
    const text = original.replace('in dieser Gruppe beibehalten', 'in dieser Gruppe beibehaltn');
    assert.notEqual(text, original);
    const checked = service.check({ uri: 'file:///de.md', version: 3, model: parse(text) }, EMPTY_CONFIG);
    const model = service.getEditorModel(checked)!;
    const row = model.rows.find((candidate): candidate is EditorUnitRow => {
      return candidate.kind === 'unit' && candidate.problems.some((problem) => problem.code === 'spelling');
    })!;
    const index = row.problems.findIndex((problem) => problem.code === 'spelling');
    // In the model the corrections are only announced: a dictionary search for every misspelling would slow it.
    assert.deepEqual([row.problems[index]!.fixes, row.problems[index]!.fixesOnRequest], [[], true]);

    const asked = service.getEditorUnitFixes(checked, row.unitIndex);
    assert.deepEqual([asked.version, asked.unitIndex, asked.fixes.length], [3, row.unitIndex, row.problems.length]);
    const corrections = asked.fixes[index]!;
    assert.equal(corrections[0]!.title, 'Change to "beibehalten"');
    assert.ok(corrections.some((fix) => fix.title === 'Ignore "beibehaltn" in this article'));
    const lines = new LineIndex(text);
    const edit = corrections[0]!.edits[0]!;
    assert.equal(text.slice(lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end)), 'beibehaltn');

    const merged = withUnitFixes(model, new Map([[row.unitIndex, asked.fixes]]));
    const gridRow = gridContentOf(merged, 'de.md', new Map()).rows.find((candidate): candidate is GridUnitRow => {
      return candidate.kind === 'unit' && candidate.unitIndex === row.unitIndex;
    })!;
    assert.deepEqual(gridRow.problems[index]!.fixTitles, corrections.map((fix) => fix.title));
    // Fixes of another unit's index, or of a list that no longer fits the row's problems, change nothing.
    assert.deepEqual(withUnitFixes(model, new Map([[row.unitIndex, []]])).rows, model.rows);
  });
});
