/**
 * The client's range-based unit helpers fed with the server's real preview of corpus articles (right to left,
 * CJK with bare inner spans, a unit across a table cell, untranslated English), never with hand-made offsets:
 * copying a unit's target gives exactly its inner text, and every navigation lands on a target's first character.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Position, PreviewResult, UnitView } from '../../shared/protocol';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse';
import { createLanguageService } from '../../server/src/languageService';
import { findProblemUnit, targetTextWithoutMarkup, unitIndexAt, type UnitOffsets } from '../../client/src/units';
import { corpusFiles, readArticleText, type CorpusFile } from '../core/support/corpus';

const service = createLanguageService({ ruleDocumentationLink: (code) => `file:///docs/rules/${code}.md` });
const files = corpusFiles();

const ARTICLES = [
  'Dynamics-365-Operations__mobile-invoice-approvals.md', // ar-SA, right to left
  'OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md', // ja-JP, bare <span>s inside units
  'OfficeDocs-SkypeForBusiness-pr__cloud-consolidation-edge-certificates.md', // ja-JP, never-closed inner <span>s
  'Dynamics-365-Operations__transportation-management-engines.md', // tr-TR, a pipe inside a table cell's unit
  'win32-pr__maskededit-control.md', // fr-FR, a unit across a table cell boundary
  'OfficeDocs-SkypeForBusiness__security-guide-for-skype-for-business-online.md', // de-DE, untranslated units
].map((name) => {
  const file = files.find((candidate) => candidate.fileName === name);
  assert.ok(file, `${name} is in the corpus`);
  return file;
});

/** Offsets of positions, computed from the raw text split at every line break (as VS Code's document does). */
function offsetFinder(text: string): (position: Position) => number {
  const lineStarts = [0];
  for (const found of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(found.index + found[0].length);
  return ({ line, character }) => lineStarts[line]! + character;
}

interface Article {
  readonly text: string;
  readonly preview: PreviewResult;
  readonly offsetOf: (position: Position) => number;
  /** The units as "Copy Target Text Without Markup" builds them from the preview. */
  readonly offsets: readonly UnitOffsets[];
}

function articleOf(file: CorpusFile): Article {
  const text = readArticleText(file.absolutePath);
  const checked = service.check({ uri: `file:///${file.manifestPath}`, version: 1, model: parse(text) }, EMPTY_CONFIG);
  const preview = service.getPreview(checked);
  assert.ok(preview, file.manifestPath);
  const offsetOf = offsetFinder(text);
  const offsets = preview.units.map((unit) => ({
    start: offsetOf(unit.unitRange.start),
    end: offsetOf(unit.unitRange.end),
    targetStart: offsetOf(unit.targetRange.start),
    targetEnd: offsetOf(unit.targetRange.end),
  }));
  return { text, preview, offsetOf, offsets };
}

/** The cursor stands on a target's first character: just after the target's own opening tag. */
function assertOnTargetStart(article: Article, unit: UnitView, position: Position): void {
  const { text, offsetOf } = article;
  const at = offsetOf(position);
  assert.deepEqual(position, unit.targetRange.start, unit.id);
  assert.match(text.slice(offsetOf(unit.unitRange.start), at), /^<span\s[^>]*data-ttu-id=[^>]*>$/, unit.id);
  assert.equal(text.slice(at, offsetOf(unit.targetRange.end)), unit.target, unit.id);
}

for (const file of ARTICLES) {
  describe(`Unit commands on ${file.manifestPath} (${file.units} units)`, () => {
    const article = articleOf(file);
    const { text, preview, offsets } = article;

    test('Should read as many units as the corpus counts', () => {
      assert.equal(preview.units.length, file.units);
    });

    test("Should copy exactly a unit's inner target text from anywhere in the unit, with no unit tag in it", () => {
      for (const [index, unit] of preview.units.entries()) {
        const { start, end, targetStart, targetEnd } = offsets[index]!;
        for (const cursor of [start, targetStart, targetEnd, Math.floor((targetEnd + end) / 2), end]) {
          const copied = targetTextWithoutMarkup(text, offsets, { start: cursor, end: cursor });
          assert.equal(copied, unit.target, `${unit.id} at ${cursor - start}`);
          assert.ok(!/data-ttu-id|data-stu-id|sxs-lookup/.test(copied ?? ''), unit.id);
        }
        assert.equal(targetTextWithoutMarkup(text, offsets, { start, end }), unit.target, unit.id);
      }
    });

    test('Should copy a whole line with each unit reduced to its target and the Markdown around kept', () => {
      for (const [index, unit] of preview.units.entries()) {
        const lineStart = article.offsetOf({ line: unit.unitRange.start.line, character: 0 });
        const next = text.slice(offsets[index]!.end).search(/\r\n|\n|\r|$/);
        const lineEnd = offsets[index]!.end + next;
        const copied = targetTextWithoutMarkup(text, offsets, { start: lineStart, end: lineEnd }) ?? '';
        assert.ok(copied.includes(unit.target), unit.id);
        assert.ok(!/data-ttu-id|sxs-lookup/.test(copied), `${unit.id}: ${copied.slice(0, 120)}`);
      }
    });

    test("Should find each unit from its target's first character and from its edges, and none outside units", () => {
      for (const unit of preview.units) {
        assert.equal(unitIndexAt(preview.units, unit.targetRange.start), unit.index, unit.id);
        assert.equal(unitIndexAt(preview.units, unit.unitRange.start), unit.index, unit.id);
        assert.equal(unitIndexAt(preview.units, unit.unitRange.end), unit.index, unit.id);
      }
      assert.equal(unitIndexAt(preview.units, { line: 0, character: 0 }), null, 'the front matter holds no unit');
    });

    test('Should go through every unit with a problem, landing on the first character of its target', () => {
      const withProblems = preview.units.filter((unit) => unit.problems.length > 0);
      assert.ok(withProblems.length > 0, 'the article has units with problems');
      for (const direction of ['next', 'previous'] as const) {
        const documentEdge = direction === 'next' ? 0 : Number.MAX_SAFE_INTEGER;
        let position: Position = { line: documentEdge, character: 0 };
        const visited: string[] = [];
        for (let step = 0; step < withProblems.length; step++) {
          const match = findProblemUnit(preview.units, position, direction);
          assert.ok(match && !match.wrapped, `${direction} step ${step}`);
          assertOnTargetStart(article, match.unit, match.unit.targetRange.start);
          visited.push(match.unit.id);
          position = match.unit.targetRange.start;
        }
        const ids = withProblems.map((unit) => unit.id);
        assert.deepEqual(visited, direction === 'next' ? ids : [...ids].reverse());
        assert.equal(findProblemUnit(preview.units, position, direction)?.wrapped, true, `${direction} comes round`);
      }
    });
  });
}
