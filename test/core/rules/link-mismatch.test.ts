import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { linkMismatch } from '../../../server/src/core/rules/translation/linkMismatch';
import { applyEdits, article, described, fixture, runRule, spanText, unit } from './support';

describe('link-mismatch', () => {
  test("Should report link-mismatch at the target's destination when it differs from the source's", () => {
    const checked = runRule(
      linkMismatch,
      article(
        'et-EE',
        unit('646d1-105', 'Klõpsake [siin](https://aka.ms/sspr-et).', 'Click [here](https://aka.ms/sspr).'),
      ),
    );
    assert.deepEqual(described(checked), [
      {
        message:
          'Links differ in unit 646d1-105: the target links to "https://aka.ms/sspr-et", which the source does not; the source links to "https://aka.ms/sspr", which the target does not.',
        range: '5:46-5:68',
      },
    ]);
    assert.equal(spanText(checked), 'https://aka.ms/sspr-et');
  });

  test("Should offer to take the source's destination, changing nothing else, without applying it in fix-all", () => {
    const text = article(
      'et-EE',
      unit(
        '646d1-105',
        'Klõpsake [siin](https://aka.ms/sspr-et "Pealkiri").',
        'Click [here](https://aka.ms/sspr "Title").',
      ),
    );
    const checked = runRule(linkMismatch, text);
    const fix = checked.findings[0]!.fixes![0]!;
    assert.equal(fix.title, 'Use the source\'s link destination "https://aka.ms/sspr"');
    assert.equal(fix.safe, false);
    assert.equal(
      applyEdits(text, fix.edits),
      article(
        'et-EE',
        unit(
          '646d1-105',
          'Klõpsake [siin](https://aka.ms/sspr "Pealkiri").',
          'Click [here](https://aka.ms/sspr "Title").',
        ),
      ),
    );
  });

  test('Should treat /en-us/ and the article locale as the same path segment', () => {
    const checked = runRule(
      linkMismatch,
      article(
        'et-EE',
        unit(
          '646d1-107',
          'Vt [juhend](https://learn.microsoft.com/et-ee/azure/sspr).',
          'See [the guide](https://learn.microsoft.com/en-us/azure/sspr).',
        ),
        '',
        unit(
          '646d1-108',
          'Vt [juhend](https://learn.microsoft.com/en-us/azure/sspr).',
          'See [the guide](https://learn.microsoft.com/en-us/azure/sspr).',
        ),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should report another locale segment and make its fix safe, since only the locale differs', () => {
    const text = article(
      'et-EE',
      unit(
        '646d1-107',
        'Vt [juhend](https://learn.microsoft.com/de-de/azure/sspr).',
        'See [the guide](https://learn.microsoft.com/en-us/azure/sspr).',
      ),
    );
    const checked = runRule(linkMismatch, text);
    assert.equal(spanText(checked), 'https://learn.microsoft.com/de-de/azure/sspr');
    const fix = checked.findings[0]!.fixes![0]!;
    assert.equal(fix.safe, true);
    assert.deepEqual(fix.edits.map((edit) => edit.newText), ['https://learn.microsoft.com/en-us/azure/sspr']);
  });

  test('Should accept the same destinations in another order', () => {
    const checked = runRule(
      linkMismatch,
      article('et-EE', unit('646d1-109', '[B](b.md) enne [A](a.md)', '[A](a.md) before [B](b.md)')),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should report a dropped link without a fix, as there is no single right edit', () => {
    const checked = runRule(
      linkMismatch,
      article('et-EE', unit('646d1-110', 'Vt [A](a.md).', 'See [A](a.md) and [B](b.md).')),
    );
    assert.deepEqual(described(checked), [
      {
        message: 'Links differ in unit 646d1-110: the source links to "b.md", which the target does not.',
        range: '5:30-5:43',
      },
    ]);
    assert.equal(checked.findings[0]!.fixes, undefined);
  });

  test('Should compare images, includes, autolinks, HTML links and reference labels', () => {
    const checked = runRule(
      linkMismatch,
      article(
        'et-EE',
        unit('646d1-111', '![Ekraanipilt](media/sspr.png)', '![Screenshot](media/sspr.png)'),
        unit('646d1-112', '[!INCLUDE[bänner](../includes/banner-et.md)]', '[!INCLUDE[banner](../includes/banner.md)]'),
        unit('646d1-113', 'Vt <https://aka.ms/sspr>.', 'See <https://aka.ms/sspr>.'),
        unit('646d1-114', 'Vt <a href="https://aka.ms/x">siit</a>.', 'See <a href="https://aka.ms/y">here</a>.'),
        unit('646d1-115', 'Vt [juhend][Guide].', 'See [the guide][guide].'),
      ),
    );
    assert.deepEqual(
      checked.findings.map((finding) => checked.document.text.slice(finding.span.start, finding.span.end)),
      ['../includes/banner-et.md', 'https://aka.ms/x'],
    );
  });

  test('Should find nothing in the Estonian seed article, whose links are all kept', () => {
    const checked = runRule(linkMismatch, fixture('seeds/et-EE__self-service-password-reset.md'));
    assert.deepEqual(checked.findings, []);
  });
});
