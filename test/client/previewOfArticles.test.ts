/**
 * Preview Bilingual end to end in memory: real articles through the parser, the rules and the language service's
 * preview (what the server answers to `bilingualDocs/preview`), then through the client's renderer.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { createLanguageService } from '../../server/src/languageService';
import type { PreviewResult } from '../../shared/protocol';
import { renderPreviewContent } from '../../client/src/preview/render';
import { findAll, hasClass, parseContent } from './htmlTree';
import { assertInert } from './inertHtml';

const service = createLanguageService({ ruleDocumentationLink: (code) => `file:///package/docs/rules/${code}.md` });
const FIXTURES = join(process.cwd(), 'test/fixtures');

function previewOf(text: string, uri = 'file:///articles/article.md'): PreviewResult {
  const checked = service.check({ uri, version: 1, model: parse(text) }, EMPTY_CONFIG);
  const preview = service.getPreview(checked);
  assert.ok(preview, 'the language service previews the article');
  return preview;
}

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8').replace(/^\uFEFF/, '');
}

const ARTICLES = ['seeds', 'real', 'anomalies'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${folder}/${name}`),
);

describe('Preview of real articles', () => {
  for (const path of ARTICLES) {
    test(`Should render a row per unit of ${path}, all of it inert`, () => {
      const preview = previewOf(fixture(path));
      const html = renderPreviewContent(preview, { fileName: path });
      const rows = findAll(
        parseContent(html),
        (element) => element.name === 'tr' && element.attributes['data-unit-index'] !== undefined,
      );
      assert.equal(rows.length, preview.units.length);
      assert.deepEqual(
        rows.map((row) => Number(row.attributes['data-unit-index'])),
        preview.units.map((unit) => unit.index),
      );
      assert.equal(
        rows.filter((row) => hasClass(row, 'has-problems')).length,
        preview.units.filter((unit) => unit.problems.length > 0).length,
      );
      assertInert(parseContent(html));
    });
  }

  test('Should show the et-EE seed with its title, locale and eight units', () => {
    const preview = previewOf(fixture('seeds/et-EE__self-service-password-reset.md'));
    const root = parseContent(renderPreviewContent(preview, { fileName: 'self-service-password-reset.md' }));
    assert.equal(findAll(root, (element) => element.name === 'h1')[0]!.text, 'Iseteeninduslik paroolilähtestus');
    const ids = findAll(root, (element) => element.name === 'button').map((button) => button.text);
    assert.deepEqual(ids, [
      '646d1-102',
      '646d1-103',
      '646d1-104',
      '646d1-105',
      '646d1-106',
      '646d1-107',
      '646d1-108',
      '646d1-109',
    ]);
  });

  test('Should lay the Arabic targets out right to left', () => {
    const preview = previewOf(fixture('real/Dynamics-365-Operations__preview-feature-leave-absence.md'));
    const root = parseContent(renderPreviewContent(preview, { fileName: 'preview-feature-leave-absence.md' }));
    const targets = findAll(root, (element) => element.name === 'td' && hasClass(element, 'target'));
    assert.equal(targets.length, 4);
    for (const target of targets)
      assert.deepEqual([target.attributes['dir'], target.attributes['lang']], ['rtl', 'ar-SA']);
  });
});

describe('Preview of a hostile article', () => {
  const hostile = [
    '---',
    "title: '\"><img src=x onerror=alert(1)><script>alert(2)</script>'",
    'ms.contentlocale: \'et-EE" onmouseover="alert(3)\'',
    "ms.translationtype: '<svg onload=alert(4)>'",
    '---',
    '# <span data-ttu-id="646d1-101"><script>alert(5)</script>Pealkiri</span><span class="sxs-lookup"><span data-stu-id="646d1-101">Title <img src=x onerror="alert(6)"></span></span>',
    '',
    '<span data-ttu-id="646d1-102">[klõpsa](javascript:alert(7)) <iframe src="javascript:alert(8)"></iframe></span><span class="sxs-lookup"><span data-stu-id="646d1-102">[click](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==) <style>body{background:url("javascript:alert(10)")}</style></span></span>',
    '',
    '<span data-ttu-id="646d1-103&quot;><img src=x onerror=alert(11)>">Murtud</span><span class="sxs-lookup"><span data-stu-id="646d1-103">Broken</span></span>',
    '',
    '<span data-ttu-id="646d1-104"><a href="javascript:alert(12)">link</a> <span style="background:url(https://tracker.example/p.png)">x</span></span><span class="sxs-lookup"><span data-stu-id="646d1-104"><svg/onload=alert(13)></span></span>',
    '',
  ].join('\n');

  test('Should render every payload of its units, IDs and front matter as text', () => {
    const preview = previewOf(hostile);
    assert.ok(preview.units.length >= 3);
    const html = renderPreviewContent(preview, { fileName: 'hostile.md' });
    assertInert(parseContent(html));
    const root = parseContent(html);
    assert.equal(
      findAll(root, (element) => element.name === 'h1')[0]!.text,
      '"><img src=x onerror=alert(1)><script>alert(2)</script>',
    );
    const firstTarget = findAll(root, (element) => element.name === 'td' && hasClass(element, 'target'))[0]!;
    assert.equal(firstTarget.text, '<script>alert(5)</script>Pealkiri');
    assert.equal(
      findAll(root, (element) => element.attributes['lang'] !== undefined && element.attributes['lang'] !== 'en-US')
        .length,
      0,
    );
  });
});
