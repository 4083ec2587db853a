import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { numberMismatch } from '../../../server/src/core/rules/translation/numberMismatch';
import { article, described, runRule, spanText, unit } from './support';

describe('number-mismatch', () => {
  test('Should report number-mismatch at the target number that the source does not have', () => {
    const checked = runRule(
      numberMismatch,
      article('et-EE', unit('646d1-120', 'Kuni 50 kasutajat.', 'Up to 5 users.')),
    );
    assert.deepEqual(described(checked), [
      {
        message:
          'Numbers differ in unit 646d1-120: the target has 50, which the source does not; the source has 5, which the target does not.',
        range: '5:35-5:37',
      },
    ]);
    assert.equal(spanText(checked), '50');
  });

  test("Should accept numbers written with the locale's decimal mark and digit grouping", () => {
    for (const [locale, target] of [
      ['de-DE', 'Es kostet 1.234,5 Euro.'],
      ['fr-FR', 'Il coûte 1\u202f234,5 euros.'],
      ['fr-FR', 'Il coûte 1&nbsp;234,5 euros.'],
      ['et-EE', 'See maksab 1 234,5 eurot.'],
      ['ru-RU', 'Стоит 1\u00a0234,5 евро.'],
      ['et-EE', 'See maksab 1,234.5 eurot.'],
      ['ja-JP', '価格は 1,234.5 ユーロです。'],
    ]) {
      const checked = runRule(numberMismatch, article(locale!, unit('646d1-121', target!, 'It costs 1,234.5 euros.')));
      assert.deepEqual(checked.findings, [], `${locale}: ${target}`);
    }
  });

  test('Should read 1.234 as a decimal number in a Japanese article, where the decimal mark is a point', () => {
    const checked = runRule(numberMismatch, article('ja-JP', unit('646d1-122', '1.234 人のユーザー', '1,234 users')));
    assert.equal(spanText(checked), '1.234');
  });

  test('Should accept numbers the source writes as English words, month names or Roman numerals', () => {
    const checked = runRule(
      numberMismatch,
      article(
        'ja-JP',
        unit('55398-111', 'ストリームが 2 つのサーバー エンドポイントの間にある場合', 'The stream is between two Server endpoints'),
        unit('55398-107', '第 1 と第 2 のエンドポイントの分類', 'First and Second endpoint classification'),
        unit('66408-498', '2021 年 4 月の現在', 'As of April 2021'),
        unit('55398-1582', 'レンジ (1 秒あたりのフレーム数)', 'Range (frames per second)'),
        unit('6f5c0-963', '倉庫管理 2', 'Warehouse management II'),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should accept a small number the target spells out, but report a larger one it drops', () => {
    const spelled = runRule(
      numberMismatch,
      article('et-EE', unit('cd81e-115', 'Platvormi kolmas värskendus', 'Platform update 3')),
    );
    assert.deepEqual(spelled.findings, []);
    const dropped = runRule(
      numberMismatch,
      article('et-EE', unit('cd81e-116', 'Keskkond, millel on versioon', 'An environment that has version 1611')),
    );
    assert.deepEqual(described(dropped), [
      {
        message: 'Numbers differ in unit cd81e-116: the source has 1611, which the target does not.',
        range: '5:30-5:58',
      },
    ]);
  });

  test('Should leave digits in inline code, link destinations, URLs, entities and words to other rules', () => {
    const checked = runRule(
      numberMismatch,
      article(
        'et-EE',
        unit(
          '646d1-123',
          'Käivitage `Set-Limit 10` lehel [Win32](https://aka.ms/page?id=1) või https://aka.ms/x2 &#160; Win32',
          'Run `Set-Limit 20` on [Win64](https://aka.ms/page?id=2) or https://aka.ms/x3 &#8239; Win64',
        ),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should read full-width and Arabic-Indic digits by their values', () => {
    const checked = runRule(
      numberMismatch,
      article(
        'ja-JP',
        unit('646d1-124', '最大 １２３ 人', 'Up to 123 people'),
        unit('646d1-125', 'حتى ١٢٣ شخص', 'Up to 123 people'),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });
});
