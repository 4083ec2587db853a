import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EditorModelResult, EditorUnitRow, TextPiece } from '../../shared/protocol';
import { fingerprint, gridContentOf, gridUpdate, rawOf, smallestReplacement, targetFingerprints } from '../../client/src/editor/gridRows';


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
    const before = model(1, [{ kind: 'context', block: 'heading', text: '# Title', range }, unit(0, 'Tere'), unit(1, 'Maailm')]);
    const after = model(2, [{ kind: 'context', block: 'heading', text: '# Title', range }, unit(0, 'Tere'), unit(1, 'Maailm!')]);
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

describe('The smallest replacement of a target', () => {
  test('Should replace only the changed middle', () => {
    assert.deepEqual(smallestReplacement('Tere maailm', 'Tere kogu maailm'), { start: 5, end: 5, text: 'kogu ' });
  });

  test('Should never split a surrogate pair', () => {
    const change = smallestReplacement('a😀b', 'a😃b');
    assert.deepEqual(change, { start: 1, end: 3, text: '😃' });
  });

  test('Should give an empty replacement for equal texts', () => {
    assert.deepEqual(smallestReplacement('same', 'same'), { start: 4, end: 4, text: '' });
  });

  test('Should rebuild the new text from the old one for any pair of texts', () => {
    const samples = ['', 'a', 'ab', 'aab', 'Tere &amp; head', '😀😀', 'x😀', '😀x', 'שלום עולם', 'a&lt;b'];
    for (const before of samples) {
      for (const after of samples) {
        const { start, end, text: inserted } = smallestReplacement(before, after);
        assert.equal(before.slice(0, start) + inserted + before.slice(end), after, `${before} → ${after}`);
      }
    }
  });
});
