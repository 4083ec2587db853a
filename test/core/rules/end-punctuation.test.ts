import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endPunctuation } from '../../../server/src/core/rules/translation/endPunctuation';
import { fixture, reportedUnits, runRule, spanText, withTarget } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');

describe('end-punctuation', () => {
  test('Should report a real unit whose target lost the full stop of its source, at its last character', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('lubatud.', 'lubatud'));
    const checked = runRule(endPunctuation, text);
    assert.deepEqual(reportedUnits(endPunctuation, text), ['646d1-104']);
    assert.equal(
      checked.findings[0]!.message,
      'The source of unit 646d1-104 ends with ".", the target with no end mark.',
    );
    assert.equal(spanText(checked), 'd');
  });

  test('Should report a question made a statement', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('lubatud.', 'lubatud?'));
    assert.deepEqual(runRule(endPunctuation, text).findings.map((finding) => finding.message), [
      'The source of unit 646d1-104 ends with ".", the target with "?".',
    ]);
  });

  test("Should accept Japanese full stops, and the colon the et-EE banner's real translation made a full stop is found", () => {
    assert.deepEqual(reportedUnits(endPunctuation, japanese), []);
    assert.deepEqual(
      reportedUnits(endPunctuation, fixture('real/Dynamics-365-Operations__cc-data-platform-banner.md')),
      ['a08cf-101'],
    );
  });

  test('Should report a Japanese sentence ending with a full stop where its source asks a question', () => {
    const text = withTarget(japanese, '9f8d8-115', (target) => target.replace('ご覧ください。', 'ご覧ください？'));
    assert.deepEqual(reportedUnits(endPunctuation, text), ['9f8d8-115']);
  });
});
