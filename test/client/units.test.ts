import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findProblemUnit, targetTextWithoutMarkup, unitIndexAt, type UnitOffsets } from '../../client/src/units';
import { lineRange, problem, unitView } from './previewData';

/** Three units on line 22 of the et-EE seed (`- <span …>…</span><span class="sxs-lookup">…</span></span>  <span …>`). */
const UNITS = [
  unitView(0, { unitRange: lineRange(20, 0, 180), targetRange: lineRange(20, 30, 70) }),
  unitView(1, { unitRange: lineRange(22, 2, 190), targetRange: lineRange(22, 32, 80), problems: [problem('link-mismatch', 'warning', 'Links differ.', 22)] }),
  unitView(2, { unitRange: lineRange(22, 192, 300), targetRange: lineRange(22, 222, 260) }),
  unitView(3, { unitRange: lineRange(24, 0, 150), targetRange: lineRange(24, 30, 60), problems: [problem('id-mismatch', 'error', 'IDs differ.', 24)] }),
];

describe('Unit at a position', () => {
  test('Should find the unit whose markup holds the position, edges included', () => {
    assert.equal(unitIndexAt(UNITS, { line: 22, character: 2 }), 1);
    assert.equal(unitIndexAt(UNITS, { line: 22, character: 100 }), 1);
    assert.equal(unitIndexAt(UNITS, { line: 22, character: 190 }), 1);
    assert.equal(unitIndexAt(UNITS, { line: 22, character: 250 }), 2);
    assert.equal(unitIndexAt(UNITS, { line: 24, character: 0 }), 3);
  });

  test('Should find no unit between units or outside them', () => {
    assert.equal(unitIndexAt(UNITS, { line: 22, character: 191 }), null);
    assert.equal(unitIndexAt(UNITS, { line: 21, character: 0 }), null);
    assert.equal(unitIndexAt(UNITS, { line: 0, character: 0 }), null);
    assert.equal(unitIndexAt(UNITS, { line: 30, character: 0 }), null);
    assert.equal(unitIndexAt([], { line: 0, character: 0 }), null);
  });
});

describe('Units with problems', () => {
  test('Should go to the next unit with a problem after the cursor', () => {
    assert.deepEqual(findProblemUnit(UNITS, { line: 0, character: 0 }, 'next'), { unit: UNITS[1], wrapped: false });
    assert.deepEqual(findProblemUnit(UNITS, { line: 22, character: 32 }, 'next'), { unit: UNITS[3], wrapped: false });
  });

  test('Should come round to the first unit with a problem after the last', () => {
    assert.deepEqual(findProblemUnit(UNITS, { line: 24, character: 30 }, 'next'), { unit: UNITS[1], wrapped: true });
  });

  test('Should go back to the start of the current unit first, then to earlier units', () => {
    assert.deepEqual(findProblemUnit(UNITS, { line: 24, character: 50 }, 'previous'), { unit: UNITS[3], wrapped: false });
    assert.deepEqual(findProblemUnit(UNITS, { line: 24, character: 30 }, 'previous'), { unit: UNITS[1], wrapped: false });
    assert.deepEqual(findProblemUnit(UNITS, { line: 22, character: 32 }, 'previous'), { unit: UNITS[3], wrapped: true });
  });

  test('Should find nothing when no unit has a problem', () => {
    assert.equal(findProblemUnit([UNITS[0]!, UNITS[2]!], { line: 0, character: 0 }, 'next'), null);
  });
});

describe('Target text without markup', () => {
  const text =
    '- <span data-ttu-id="646d1-103">Klõpsake siin.</span><span class="sxs-lookup"><span data-stu-id="646d1-103">Click here.</span></span>  ' +
    '<span data-ttu-id="646d1-104">SSPR on lubatud.</span><span class="sxs-lookup"><span data-stu-id="646d1-104">SSPR is enabled.</span></span>';

  function offsetsOf(id: string, target: string): UnitOffsets {
    const start = text.indexOf(`<span data-ttu-id="${id}">`);
    const targetStart = text.indexOf(target, start);
    const end = text.indexOf('</span></span>', start) + '</span></span>'.length;
    return { start, end, targetStart, targetEnd: targetStart + target.length };
  }

  const units = [offsetsOf('646d1-103', 'Klõpsake siin.'), offsetsOf('646d1-104', 'SSPR on lubatud.')];

  test('Should copy the whole line as the target language reads it', () => {
    assert.equal(targetTextWithoutMarkup(text, units, { start: 0, end: text.length }), '- Klõpsake siin.  SSPR on lubatud.');
  });

  test('Should copy the target of the unit at the cursor when nothing is selected', () => {
    const inSource = text.indexOf('SSPR is enabled');
    assert.equal(targetTextWithoutMarkup(text, units, { start: inSource, end: inSource }), 'SSPR on lubatud.');
  });

  test('Should copy nothing when the cursor is outside every unit and nothing is selected', () => {
    assert.equal(targetTextWithoutMarkup(text, units, { start: 0, end: 0 }), null);
  });

  test('Should take whole units when the selection starts or ends inside one', () => {
    const from = text.indexOf('siin');
    const to = text.indexOf('lubatud');
    assert.equal(targetTextWithoutMarkup(text, units, { start: from, end: to }), 'Klõpsake siin.  SSPR on lubatud.');
  });

  test('Should copy a selection inside one target as it is', () => {
    const from = text.indexOf('siin');
    assert.equal(targetTextWithoutMarkup(text, units, { start: from, end: from + 4 }), 'siin');
  });
});
