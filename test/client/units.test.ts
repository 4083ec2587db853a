/**
 * The client's unit helpers on the server's real preview of real articles: the et-EE seed (two units on one list
 * line) and an ar-SA article with problems. Positions are the preview's own ranges, never hand-made offsets.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Position, PreviewResult } from '../../shared/protocol';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse';
import { createLanguageService } from '../../server/src/languageService';
import {
  findProblemUnit,
  firstUnitFromLine,
  problemUnitStatus,
  targetTextWithoutMarkup,
  unitIndexAt,
  type UnitOffsets,
} from '../../client/src/units';
import { corpusFiles, readArticleText, seedFiles } from '../core/support/corpus';

const service = createLanguageService({ ruleDocumentationLink: (code) => `file:///docs/rules/${code}.md` });

function previewOf(text: string): PreviewResult {
  const checked = service.check({ uri: 'file:///article.md', version: 1, model: parse(text) }, EMPTY_CONFIG);
  const preview = service.getPreview(checked);
  assert.ok(preview);
  return preview;
}

function offsetFinder(text: string): (position: Position) => number {
  const lineStarts = [0];
  for (const found of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(found.index + found[0].length);
  return ({ line, character }) => lineStarts[line]! + character;
}

const seed = readArticleText(seedFiles()[0]!);
const seedPreview = previewOf(seed);
const offsetOf = offsetFinder(seed);
const seedOffsets: UnitOffsets[] = seedPreview.units.map((unit) => ({
  start: offsetOf(unit.unitRange.start),
  end: offsetOf(unit.unitRange.end),
  targetStart: offsetOf(unit.targetRange.start),
  targetEnd: offsetOf(unit.targetRange.end),
}));
const unitNamed = (id: string) => seedPreview.units.find((unit) => unit.id === id)!;
/** The seed's list line holding two units, 646d1-103 and 646d1-104. */
const first = unitNamed('646d1-103');
const second = unitNamed('646d1-104');

describe('Unit at a position', () => {
  test('Should find the unit whose markup holds the position, edges included', () => {
    assert.equal(first.unitRange.start.line, second.unitRange.start.line, 'two units on one line');
    assert.equal(unitIndexAt(seedPreview.units, first.unitRange.start), first.index);
    assert.equal(unitIndexAt(seedPreview.units, first.targetRange.start), first.index);
    assert.equal(unitIndexAt(seedPreview.units, first.unitRange.end), first.index);
    assert.equal(unitIndexAt(seedPreview.units, second.unitRange.start), second.index);
    assert.equal(unitIndexAt(seedPreview.units, second.sourceRange!.end), second.index);
  });

  test('Should find no unit between units or outside them', () => {
    const between = { line: first.unitRange.end.line, character: first.unitRange.end.character + 1 };
    assert.ok(between.character < second.unitRange.start.character, 'the units stand apart');
    assert.equal(unitIndexAt(seedPreview.units, between), null);
    const listMarker = { line: first.unitRange.start.line, character: 0 };
    assert.equal(unitIndexAt(seedPreview.units, listMarker), null);
    assert.equal(unitIndexAt(seedPreview.units, { line: 0, character: 0 }), null);
    assert.equal(unitIndexAt([], { line: 0, character: 0 }), null);
  });
});

describe('Units with problems', () => {
  const name = 'Dynamics-365-Operations__mobile-invoice-approvals.md';
  const file = corpusFiles().find((candidate) => candidate.fileName === name);
  assert.ok(file, 'the ar-SA article is in the corpus');
  const preview = previewOf(readArticleText(file.absolutePath));
  const withProblems = preview.units.filter((unit) => unit.problems.length > 0);

  test('Should go to the next unit with a problem after the cursor, at its target text', () => {
    assert.ok(withProblems.length >= 2, `${withProblems.length} units with problems`);
    const from = (position: Position) => findProblemUnit(preview.units, position, 'next');
    assert.deepEqual(from({ line: 0, character: 0 }), { unit: withProblems[0], wrapped: false });
    assert.deepEqual(from(withProblems[0]!.targetRange.start), { unit: withProblems[1], wrapped: false });
  });

  test('Should come round to the first unit with a problem after the last', () => {
    const fromLast = findProblemUnit(preview.units, withProblems.at(-1)!.targetRange.start, 'next');
    assert.deepEqual(fromLast, { unit: withProblems[0], wrapped: true });
  });

  test('Should go back to the start of the current unit first, then to earlier units', () => {
    const last = withProblems.at(-1)!;
    const insideLast = last.targetRange.end;
    assert.deepEqual(findProblemUnit(preview.units, insideLast, 'previous'), { unit: last, wrapped: false });
    const back = (position: Position) => findProblemUnit(preview.units, position, 'previous');
    assert.deepEqual(back(last.targetRange.start), { unit: withProblems.at(-2), wrapped: false });
    assert.deepEqual(back(withProblems[0]!.targetRange.start), { unit: last, wrapped: true });
  });

  test('Should say in the status bar when the search came round the end or the start of the article', () => {
    const [firstProblem, lastProblem] = [withProblems[0]!, withProblems.at(-1)!];
    const problemsOf = (unit: typeof firstProblem) =>
      unit.problems.map((problem) => `${problem.code}: ${problem.message}`).join('; ');
    const wrappedForward = findProblemUnit(preview.units, lastProblem.targetRange.start, 'next')!;
    assert.equal(
      problemUnitStatus(wrappedForward, 'next'),
      `Reached the end of the article; continued from the top. Unit ${firstProblem.id}: ${problemsOf(firstProblem)}`,
    );
    const wrappedBack = findProblemUnit(preview.units, firstProblem.targetRange.start, 'previous')!;
    assert.equal(
      problemUnitStatus(wrappedBack, 'previous'),
      `Reached the start of the article; continued from the bottom. Unit ${lastProblem.id}: ${problemsOf(lastProblem)}`,
    );
    const forward = findProblemUnit(preview.units, { line: 0, character: 0 }, 'next')!;
    assert.equal(problemUnitStatus(forward, 'next'), `Unit ${firstProblem.id}: ${problemsOf(firstProblem)}`);
  });

  test('Should find nothing when no unit has a problem', () => {
    assert.ok(seedPreview.units.every((unit) => unit.problems.length === 0), 'the seed has no problem');
    assert.equal(findProblemUnit(seedPreview.units, { line: 0, character: 0 }, 'next'), null);
  });
});

describe('Unit at the top of a scrolled editor', () => {
  test('Should take the first unit that reaches the top line, or the next one below it', () => {
    assert.equal(firstUnitFromLine(seedPreview.units, 0), seedPreview.units[0]);
    assert.equal(firstUnitFromLine(seedPreview.units, first.unitRange.start.line), first);
    assert.equal(firstUnitFromLine(seedPreview.units, first.unitRange.start.line - 1)?.index, first.index);
    const last = seedPreview.units.at(-1)!;
    assert.equal(firstUnitFromLine(seedPreview.units, last.unitRange.end.line), last);
  });

  test('Should find no unit below the last one', () => {
    assert.equal(firstUnitFromLine(seedPreview.units, seedPreview.units.at(-1)!.unitRange.end.line + 1), null);
    assert.equal(firstUnitFromLine([], 0), null);
  });
});

describe('Target text without markup', () => {
  const lineStart = offsetOf({ line: first.unitRange.start.line, character: 0 });
  const lineEnd = offsetOf(second.unitRange.end);
  const [firstOffsets, secondOffsets] = [seedOffsets[first.index]!, seedOffsets[second.index]!];

  test('Should copy the whole line as the target language reads it', () => {
    const between = seed.slice(firstOffsets.end, secondOffsets.start);
    const copied = targetTextWithoutMarkup(seed, seedOffsets, { start: lineStart, end: lineEnd });
    assert.equal(copied, `- ${first.target}${between}${second.target}`);
  });

  test('Should copy the target of the unit at the cursor when nothing is selected', () => {
    const inSource = offsetOf(second.sourceRange!.start) + 3;
    assert.equal(targetTextWithoutMarkup(seed, seedOffsets, { start: inSource, end: inSource }), second.target);
    assert.ok(!second.target.includes('<span'), second.target);
  });

  test('Should copy nothing when the cursor is outside every unit and nothing is selected', () => {
    assert.equal(targetTextWithoutMarkup(seed, seedOffsets, { start: lineStart, end: lineStart }), null);
  });

  test('Should take whole units when the selection starts or ends inside one', () => {
    const from = firstOffsets.targetStart + 3;
    const to = secondOffsets.targetStart + 3;
    const between = seed.slice(firstOffsets.end, secondOffsets.start);
    const copied = targetTextWithoutMarkup(seed, seedOffsets, { start: from, end: to });
    assert.equal(copied, `${first.target}${between}${second.target}`);
  });

  test('Should copy a selection inside one target as it is', () => {
    const from = firstOffsets.targetStart + 2;
    assert.equal(targetTextWithoutMarkup(seed, seedOffsets, { start: from, end: from + 6 }), first.target.slice(2, 8));
  });
});
