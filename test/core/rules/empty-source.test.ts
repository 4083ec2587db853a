import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { emptySource } from '../../../server/src/core/rules/translation/emptySource';
import { article, described, findingLines, findingUnitIds, fixture, runRule, spanText, unit } from './support';

describe('empty-source', () => {
  test('Should report empty-source at the sxs-lookup when the source span holds no text', () => {
    const checked = runRule(emptySource, article('zh-CN', unit('7ee7a-111', '(:)', '')));
    assert.deepEqual(described(checked), [
      { message: 'The source of unit 7ee7a-111 is empty; its target is "(:)".', range: '5:40-5:109' },
    ]);
    assert.equal(spanText(checked), '<span class="sxs-lookup"><span data-stu-id="7ee7a-111"></span></span>');
  });

  test('Should say so when the target is empty too', () => {
    const checked = runRule(emptySource, article('et-EE', unit('646d1-104', '', '\t')));
    assert.deepEqual(
      checked.findings.map((finding) => finding.message),
      ['The source of unit 646d1-104 is empty; its target is empty too.'],
    );
  });

  test('Should not report a unit with source text', () => {
    const checked = runRule(emptySource, article('et-EE', unit('646d1-104', 'Lisateave', 'For more information:')));
    assert.deepEqual(checked.findings, []);
  });

  test('Should report the empty sources of the zh-CN date format table at lines 29 to 31', () => {
    const checked = runRule(
      emptySource,
      fixture(
        'anomalies/office-developer-client-docs__custom-date-and-time-formats-for-the-format-function-access-custom-web-app.md',
      ),
    );
    assert.deepEqual(findingLines(checked), [29, 30, 31]);
    assert.deepEqual(findingUnitIds(checked), ['7ee7a-111', '7ee7a-116', '7ee7a-121']);
    assert.deepEqual(
      checked.findings.map((finding) => finding.message),
      [
        'The source of unit 7ee7a-111 is empty; its target is "(:)".',
        'The source of unit 7ee7a-116 is empty; its target is "(/)".',
        'The source of unit 7ee7a-121 is empty; its target is "(%)".',
      ],
    );
  });

  test('Should report the anchor-only units of the ja-JP audio conferencing article at lines 40, 53, 70 and 79', () => {
    const checked = runRule(
      emptySource,
      fixture('anomalies/OfficeDocs-SkypeForBusiness-pr__set-up-audio-conferencing.md'),
    );
    assert.deepEqual(findingLines(checked), [40, 53, 70, 79]);
    assert.deepEqual(findingUnitIds(checked), ['254ba-111', '254ba-121', '254ba-133', '254ba-139']);
    assert.equal(
      checked.findings[0]!.message,
      'The source of unit 254ba-111 is empty; its target is "<a name="__top"> </a>".',
    );
  });
});
