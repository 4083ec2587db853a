/**
 * Properties over real articles and random edits of them: the parser never throws, and everything it returns
 * stays inside the text, in order, with positions that round-trip.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import type { BilingualDocument, TextSpan } from '../../server/src/core/model';
import { corpusFiles, readArticleText, seedFiles } from './support/corpus';

/** Small and middle-sized real articles, so that a hundred runs stay quick. */
const articles = [
  ...seedFiles().map(readArticleText),
  ...corpusFiles()
    .filter((file) => file.anomaly || file.units < 120)
    .slice(0, 24)
    .map((file) => readArticleText(file.absolutePath)),
];

/** Fragments that break markup the way real files break. */
const nastyFragments = [
  '<span data-ttu-id="',
  '<span class="sxs-lookup">',
  '<span data-stu-id="abc12-1">',
  '</span>',
  '</span></span>',
  '<span>',
  '<span/>',
  '&quot;',
  '"',
  '`',
  '```',
  '\n```\n',
  '<!--',
  '-->',
  '\r',
  '\r\n',
  '\n',
  '---\n',
  '\ufeff',
  '\ud800',
  '\u200f',
  '|',
  '\\',
  '<',
  '>',
  '\u0000',
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constantFrom(...nastyFragments),
    fc.string({ maxLength: 12 }),
    fc.array(fc.constantFrom(...nastyFragments), { maxLength: 6 }).map((parts) => parts.join('')),
  ),
});

function applyEdits(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const start = result.length === 0 ? 0 : at % (result.length + 1);
    result = result.slice(0, start) + insert + result.slice(start + remove);
  }
  return result;
}

function assertSpanInside(document: BilingualDocument, span: TextSpan, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= document.text.length,
    `${what}: ${span.start}..${span.end} inside 0..${document.text.length}`,
  );
}

function assertWellFormedModel(document: BilingualDocument): void {
  let previousEnd = 0;
  for (const unit of document.units) {
    assertSpanInside(document, unit.span, 'unit');
    assertSpanInside(document, unit.target, 'target');
    assert.ok(unit.span.start >= previousEnd, 'units in order, not overlapping');
    assert.ok(unit.span.start <= unit.target.start && unit.target.end <= unit.span.end, 'target inside its unit');
    if (unit.lookup) {
      assertSpanInside(document, unit.lookup.source, 'source');
      assert.ok(
        unit.target.end <= unit.lookup.source.start && unit.lookup.source.end <= unit.span.end,
        'source after target, inside the unit',
      );
    }
    previousEnd = unit.span.end;
  }
  let previousStart = 0;
  for (const problem of document.problems) {
    assertSpanInside(document, problem.span, problem.code);
    assert.ok(problem.span.start >= previousStart, 'problems in order');
    previousStart = problem.span.start;
  }
  for (const region of document.codeRegions) assertSpanInside(document, region.span, 'code region');
  for (const span of [document.units[0]?.target, document.problems[0]?.span]) {
    if (!span) continue;
    const range = document.lines.rangeOf(span);
    assert.equal(document.lines.offsetAt(range.start), span.start, 'positions round-trip');
    assert.equal(document.lines.offsetAt(range.end), span.end, 'positions round-trip');
  }
}

describe('parser properties', () => {
  test('Should never throw and keep every range inside the text, in order, on random edits of real articles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(edit, { minLength: 1, maxLength: 8 }), (article, edits) => {
        const document = parse(applyEdits(article, edits));
        assertWellFormedModel(document);
        for (const diagnostic of checkDocument(document, EMPTY_CONFIG))
          assertSpanInside(document, diagnostic.span, diagnostic.code);
      }),
      { numRuns: 300 },
    );
  });

  test('Should never throw on arbitrary strings made of markup fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...nastyFragments), fc.string({ maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          const document = parse(parts.join(''));
          assertWellFormedModel(document);
          checkDocument(document, EMPTY_CONFIG);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('Should read a real article the same with any line ending', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles.slice(0, 8)), fc.constantFrom('\n', '\r\n', '\r'), (article, eol) => {
        const original = parse(article);
        const converted = parse(article.replace(/\r\n|\n|\r/g, eol));
        assert.deepEqual(
          converted.units.map((unit) => unit.id.value),
          original.units.map((unit) => unit.id.value),
        );
        assert.deepEqual(
          converted.units.map((unit) => converted.lines.rangeOf(unit.target)),
          original.units.map((unit) => original.lines.rangeOf(unit.target)),
        );
      }),
      { numRuns: 24 },
    );
  });
});
