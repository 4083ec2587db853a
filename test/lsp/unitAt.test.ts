import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { unitContaining } from '../../server/src/core/unitLookup';
import { unitAt } from '../../server/src/languageService/unitAt';
import { checkedDocument, fixtureText, positionOf, service } from './support/documents';

describe('unit at a position', () => {
  test('Should find every unit of a real article by binary search at its first and last character, and none just after', () => {
    const model = parse(fixtureText('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md'));
    assert.ok(model.units.length > 50);
    for (const unit of model.units) {
      assert.equal(unitContaining(model.units, unit.span.start), unit);
      assert.equal(unitContaining(model.units, unit.span.end - 1), unit);
      const next = unitContaining(model.units, unit.span.end);
      assert.ok(next === undefined || next.index === unit.index + 1);
    }
  });

  test('Should tell the target half from the lookup half', () => {
    const model = parse(fixtureText('seeds/fi-FI__self-service-password-reset.md'));
    const unit = model.units[2]!;
    assert.deepEqual(unitAt(model, unit.targetOpenTag.start), {
      unit,
      side: 'target',
      span: { start: unit.targetOpenTag.start, end: unit.targetCloseTag!.end },
    });
    assert.equal(unitAt(model, unit.target.start)?.side, 'target');
    assert.equal(unitAt(model, unit.targetCloseTag!.end - 1)?.side, 'target');
    assert.deepEqual(unitAt(model, unit.lookup!.span.start), { unit, side: 'source', span: unit.lookup!.span });
    assert.equal(unitAt(model, unit.lookup!.source.start)?.side, 'source');
    assert.equal(unitAt(model, unit.span.end), undefined);
  });

  test('Should answer "Show Source of Unit at Cursor" with the unit, its place and the hover text', () => {
    const text = fixtureText('seeds/et-EE__self-service-password-reset.md');
    const position = positionOf(text, 'Lisateave');
    const result = service.getUnitAt(checkedDocument(text), position);
    assert.equal(
      result?.markdown,
      (service.getHover(checkedDocument(text), position)?.contents as { value: string }).value,
    );
    assert.deepEqual(result, {
      unit: {
        index: 4,
        id: '646d1-106',
        sourceId: '646d1-106',
        target: 'Lisateave',
        source: 'For more information:',
        unitRange: { start: { line: 26, character: 0 }, end: { line: 26, character: 136 } },
        targetRange: { start: { line: 26, character: 30 }, end: { line: 26, character: 39 } },
        targetElementRange: { start: { line: 26, character: 0 }, end: { line: 26, character: 46 } },
        sourceRange: { start: { line: 26, character: 101 }, end: { line: 26, character: 122 } },
        lookupRange: { start: { line: 26, character: 46 }, end: { line: 26, character: 136 } },
        untranslated: false,
        problems: [],
      },
      unitCount: 8,
      locale: 'et-EE',
      translationType: 'HT',
      side: 'target',
      markdown:
        '**Source** · `646d1-106` · unit 5 of 8\n\nFor more information:\n\n---\n\net-EE · HT (human translation)',
    });
  });

  test("Should still find the unit when the cursor stands right after its last '>'", () => {
    const text = fixtureText('seeds/et-EE__self-service-password-reset.md');
    const end = positionOf(text, 'For more information:</span></span>', 'For more information:</span></span>'.length);
    assert.equal(service.getUnitAt(checkedDocument(text), end)?.unit.id, '646d1-106');
  });

  test("Should list a unit's problems with it", () => {
    const text = fixtureText('seeds/et-EE__self-service-password-reset.md').replace(
      'data-stu-id="646d1-106"',
      'data-stu-id="646d1-160"',
    );
    const result = service.getUnitAt(checkedDocument(text), positionOf(text, 'Lisateave'));
    assert.deepEqual(
      result?.unit.problems.map((problem) => [problem.code, problem.severity]),
      [['id-mismatch', 'error']],
    );
    assert.equal(result?.unit.sourceId, '646d1-160');
  });

  test('Should find nothing outside units or outside the document', () => {
    const text = fixtureText('seeds/et-EE__self-service-password-reset.md');
    assert.equal(service.getUnitAt(checkedDocument(text), positionOf(text, 'ms.topic')), null);
    assert.equal(service.getUnitAt(checkedDocument(text), { line: 10_000, character: 0 }), null);
  });
});
