import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterInvalid } from '../../../server/src/core/rules/frontMatter/frontMatterInvalid';
import { localeMissing } from '../../../server/src/core/rules/frontMatter/localeMissing';
import { localeInvalid } from '../../../server/src/core/rules/frontMatter/localeInvalid';
import { translationTypeInvalid } from '../../../server/src/core/rules/frontMatter/translationTypeInvalid';
import { article, described, joinLines, runRule, unit } from './support';

const body = unit('646d1-104', 'SSPR on vaikimisi lubatud.', 'SSPR is enabled by default.');

describe('front-matter-invalid', () => {
  test('Should report front-matter-invalid with the YAML error at the line the parser points at', () => {
    const text = joinLines('---', 'title: "Iseteeninduslik', 'ms.contentlocale: et-EE', '---', body);
    const checked = runRule(frontMatterInvalid, text);
    assert.equal(checked.findings.length, 1);
    const error = checked.document.frontMatter!.error!;
    assert.equal(checked.findings[0]!.message, `Front matter is not valid YAML: ${error.reason.replace(/\.$/, '')}.`);
    assert.deepEqual(checked.findings[0]!.span, error.span);
  });

  test('Should report a key written twice at its second line, in a nested mapping too', () => {
    for (const [lines, line] of [
      [['---', 'ms.contentlocale: et-EE', 'title: A', 'ms.contentlocale: fi-FI', '---'], 3],
      [['---', 'ms.contentlocale: et-EE', 'author:', '  name: A', '  name: B', '---'], 4],
    ] as const) {
      const checked = runRule(frontMatterInvalid, joinLines(...lines, body));
      assert.deepEqual(described(checked).map((finding) => finding.range.split(':')[0]), [String(line)]);
      assert.equal(checked.findings[0]!.message, 'Front matter is not valid YAML: Map keys must be unique.');
    }
  });

  test('Should not report front matter that parses', () => {
    assert.deepEqual(runRule(frontMatterInvalid, article('et-EE', body)).findings, []);
  });
});

describe('locale-missing', () => {
  test('Should report locale-missing at the opening --- when the front matter has no ms.contentlocale', () => {
    const checked = runRule(localeMissing, joinLines('---', 'title: SSPR', 'ms.translationtype: HT', '---', body));
    assert.deepEqual(described(checked), [
      {
        message:
          'The front matter has no ms.contentlocale: add the locale of the translation, such as ms.contentlocale: et-EE.',
        range: '0:0-0:3',
      },
    ]);
  });

  test('Should report an empty ms.contentlocale at its line', () => {
    const checked = runRule(localeMissing, joinLines('---', 'title: SSPR', 'ms.contentlocale:', '---', body));
    assert.deepEqual(described(checked), [
      { message: 'ms.contentlocale is empty: give the locale of the translation, such as et-EE.', range: '2:0-2:17' },
    ]);
  });

  test('Should report an article with markup and no front matter at its first line', () => {
    const checked = runRule(localeMissing, joinLines('# Pealkiri', '', body));
    assert.deepEqual(described(checked), [
      {
        message:
          'The article has no front matter, so no ms.contentlocale: add front matter with the locale of the translation, such as ms.contentlocale: et-EE.',
        range: '0:0-0:10',
      },
    ]);
  });

  test('Should stay silent on Markdown without bilingual markup, with a locale, or with front matter that does not parse', () => {
    assert.deepEqual(runRule(localeMissing, joinLines('# Notes', '', 'Plain text.')).findings, []);
    assert.deepEqual(runRule(localeMissing, article('et-EE', body)).findings, []);
    assert.deepEqual(runRule(localeMissing, joinLines('---', 'title: "SSPR', '---', body)).findings, []);
  });
});

describe('locale-invalid', () => {
  test('Should report locale-invalid at the ms.contentlocale line and suggest the hyphenated tag', () => {
    const checked = runRule(localeInvalid, article('et_EE', body));
    assert.deepEqual(described(checked), [
      { message: 'ms.contentlocale "et_EE" is not a BCP 47 language tag: write et-EE.', range: '2:0-2:23' },
    ]);
  });

  test("Should report a language's name and a list", () => {
    assert.deepEqual(runRule(localeInvalid, article('Estonian', body)).findings.map((finding) => finding.message), [
      'ms.contentlocale "Estonian" is not a BCP 47 language tag: write a tag such as et-EE.',
    ]);
    const list = runRule(localeInvalid, joinLines('---', 'ms.contentlocale:', '- et-EE', '- fi-FI', '---', body));
    assert.deepEqual(described(list), [
      {
        message: 'ms.contentlocale is a list, not a BCP 47 language tag: write a tag such as et-EE.',
        range: '1:0-1:17',
      },
    ]);
  });

  test('Should accept language tags with a script, a region, variants and extensions', () => {
    for (const locale of [
      'et-EE',
      'ja-JP',
      'zh-Hans-CN',
      'sr-Latn-RS',
      'de-CH-1901',
      'es-419',
      'en-US-u-ca-gregory',
      'x-private',
      'i-klingon',
    ]) {
      assert.deepEqual(runRule(localeInvalid, article(locale, body)).findings, [], locale);
    }
  });
});

describe('translation-type-invalid', () => {
  test('Should report translation-type-invalid at the ms.translationtype line and suggest the upper-case value', () => {
    const checked = runRule(
      translationTypeInvalid,
      joinLines('---', 'ms.contentlocale: et-EE', 'ms.translationtype: ht', '---', body),
    );
    assert.deepEqual(described(checked), [
      { message: 'ms.translationtype "ht" is not HT or MT: write HT.', range: '2:0-2:22' },
    ]);
  });

  test('Should report other values and an empty value', () => {
    assert.deepEqual(
      runRule(
        translationTypeInvalid,
        article('et-EE', body).replace('ms.translationtype: HT', 'ms.translationtype: Human'),
      ).findings.map((f) => f.message),
      ['ms.translationtype "Human" is not HT or MT: use HT (human translation) or MT (machine translation).'],
    );
    assert.deepEqual(
      runRule(
        translationTypeInvalid,
        article('et-EE', body).replace('ms.translationtype: HT', 'ms.translationtype:'),
      ).findings.map((f) => f.message),
      ['ms.translationtype is empty: use HT (human translation) or MT (machine translation).'],
    );
  });

  test('Should name a value that is not a string', () => {
    assert.deepEqual(
      runRule(
        translationTypeInvalid,
        article('et-EE', body).replace('ms.translationtype: HT', 'ms.translationtype: 2'),
      ).findings.map((f) => f.message),
      ['ms.translationtype is the number 2, not HT or MT: use HT (human translation) or MT (machine translation).'],
    );
  });

  test('Should accept HT and MT and an absent ms.translationtype', () => {
    assert.deepEqual(runRule(translationTypeInvalid, article('et-EE', body)).findings, []);
    assert.deepEqual(
      runRule(
        translationTypeInvalid,
        article('et-EE', body).replace('ms.translationtype: HT', 'ms.translationtype: MT'),
      ).findings,
      [],
    );
    assert.deepEqual(
      runRule(translationTypeInvalid, joinLines('---', 'ms.contentlocale: et-EE', '---', body)).findings,
      [],
    );
  });
});
