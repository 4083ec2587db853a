import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureText, joinLines, parsedDocument, positionOf, service } from './support/documents';

const URI = 'file:///articles/article.md';
const text = fixtureText('seeds/fi-FI__self-service-password-reset.md');
const document = parsedDocument(text, URI);

function rangeOfText(needle: string) {
  return { start: positionOf(text, needle), end: positionOf(text, needle, needle.length) };
}

describe('go to definition and document highlights', () => {
  const unitLine = text.split('\n').find((line) => line.includes('55ff9-106'))!;
  const target = /<span data-ttu-id="55ff9-106">([^<]*)<\/span>/.exec(unitLine)![1]!;
  const source = /<span data-stu-id="55ff9-106">([^<]*)<\/span>/.exec(unitLine)![1]!;

  test("Should go from a target to its source's text", () => {
    assert.deepEqual(service.getDefinition(document, positionOf(text, target, 1)), [
      { uri: URI, range: rangeOfText(source) },
    ]);
  });

  test("Should go from a target's open tag to its source's text", () => {
    assert.deepEqual(service.getDefinition(document, positionOf(text, '<span data-ttu-id="55ff9-106">', 2)), [
      { uri: URI, range: rangeOfText(source) },
    ]);
  });

  test('Should go from a source back to its target', () => {
    assert.deepEqual(service.getDefinition(document, positionOf(text, source, 1)), [
      { uri: URI, range: rangeOfText(target) },
    ]);
  });

  test('Should highlight both halves of the unit under the cursor', () => {
    const targetHalf = `<span data-ttu-id="55ff9-106">${target}</span>`;
    const lookupHalf = `<span class="sxs-lookup"><span data-stu-id="55ff9-106">${source}</span></span>`;
    const expected = [
      { range: rangeOfText(targetHalf), kind: 1 },
      { range: rangeOfText(lookupHalf), kind: 1 },
    ];
    assert.deepEqual(service.getDocumentHighlights(document, positionOf(text, target, 1)), expected);
    assert.deepEqual(service.getDocumentHighlights(document, positionOf(text, source, 1)), expected);
  });

  test('Should find nothing to go to outside units, for a unit without a source, or without markup', () => {
    assert.deepEqual(service.getDefinition(document, positionOf(text, 'ms.author')), []);
    const lonely = parsedDocument('<span data-ttu-id="a1b2c-101">Yksin</span>\n', URI);
    assert.deepEqual(service.getDefinition(lonely, { line: 0, character: 32 }), []);
    assert.deepEqual(service.getDocumentHighlights(lonely, { line: 0, character: 32 }).length, 1);
    const plain = parsedDocument(joinLines('# Otsikko', '', 'Teksti.'), URI);
    assert.deepEqual(service.getDefinition(plain, { line: 2, character: 1 }), []);
    assert.deepEqual(service.getDocumentHighlights(plain, { line: 2, character: 1 }), []);
  });
});
