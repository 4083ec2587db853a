/**
 * Article mode of Preview Bilingual on real articles: each article read by the language service (what the server
 * answers to `bilingualDocs/preview`), then rendered by the client in each article layout.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { parse } from '../../server/src/core/parse';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { createLanguageService } from '../../server/src/languageService';
import type { PreviewResult } from '../../shared/protocol';
import { renderArticle, type ArticleLayout } from '../../client/src/preview/article';
import { renderPreviewContent } from '../../client/src/preview/render';
import { localImagePath } from '../../client/src/preview/links';
import { corpusFiles } from '../core/support/corpus';
import { findAll, hasClass, parseContent, type Element } from './htmlTree';
import { assertInert } from './inertHtml';

const service = createLanguageService({ ruleDocumentationLink: (code) => `file:///package/docs/rules/${code}.md` });
const LAYOUTS: readonly ArticleLayout[] = ['columns', 'interleaved', 'target'];

function previewOf(text: string): PreviewResult {
  const checked = service.check({ uri: 'file:///articles/article.md', version: 1, model: parse(text) }, EMPTY_CONFIG);
  const preview = service.getPreview(checked);
  assert.ok(preview, 'the language service previews the article');
  return preview;
}

function render(text: string, preview: PreviewResult, layout: ArticleLayout): Element {
  return parseContent(
    renderArticle(text, preview, { layout, targetLanguage: preview.summary.locale, rightToLeft: preview.rightToLeft }),
  );
}

/** The structure a reader sees, as the plain markdown-it render of the article shows it (front matter left out). */
const STRUCTURE = /^(h[1-6]|table|li|ol)$/;
function structureOf(root: Element): string[] {
  return findAll(root, (element) => STRUCTURE.test(element.name)).map((element) =>
    element.name === 'ol' ? `ol${element.attributes['start'] ?? ''}` : element.name,
  );
}

function publishedStructure(text: string): string[] {
  const body = text.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  return structureOf(parseContent(new MarkdownIt({ html: true }).render(body)));
}

function countsByIndex(elements: readonly Element[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const element of elements) {
    const index = Number(element.attributes['data-unit-index']);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

function assertEachUnitOnce(root: Element, preview: PreviewResult, layout: string): void {
  for (const role of ['target', 'source']) {
    const elements = findAll(root, (element) => element.attributes['data-role'] === role);
    const counts = countsByIndex(elements);
    for (const unit of preview.units) {
      assert.equal(counts.get(unit.index), 1, `${layout}: the ${role} of unit ${unit.index} (${unit.id}) appears once`);
    }
    assert.equal(elements.length, preview.units.length, `${layout}: no ${role} beyond the units`);
    for (const element of elements) {
      const unit = preview.units[Number(element.attributes['data-unit-index'])]!;
      assert.equal(element.attributes['data-unit-id'], unit.id);
    }
  }
}

describe('Article mode of the real articles', () => {
  for (const file of corpusFiles()) {
    test(`Should show every heading, table and list item of ${file.manifestPath} once, in order, and every unit's target and source once`, () => {
      const text = readFileSync(file.absolutePath, 'utf8');
      const preview = previewOf(text);
      const expected = publishedStructure(text);
      for (const layout of LAYOUTS) {
        const root = render(text, preview, layout);
        assertEachUnitOnce(root, preview, layout);
        assertInert(root);
        if (layout === 'columns') {
          const blocks = findAll(root, (element) => hasClass(element, 'block') && element.name === 'div');
          const side = (name: string) =>
            blocks.flatMap((block) => block.children.filter((child) => hasClass(child, name)).flatMap(structureOf));
          assert.deepEqual(side('target-side'), expected, 'columns: the target column');
          assert.deepEqual(side('source-side'), expected, 'columns: the source column');
        } else {
          assert.deepEqual(structureOf(root), expected, layout);
        }
      }
    });
  }
});

describe('Article mode of one article', () => {
  const fixture = (path: string) => readFileSync(`test/fixtures/${path}`, 'utf8');

  test('Should show docs alerts as titled notes without their [!NOTE] marker', () => {
    const text = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');
    const root = render(text, previewOf(text), 'target');
    const alerts = findAll(root, (element) => element.name === 'blockquote' && hasClass(element, 'alert-note'));
    assert.equal(alerts.length, (text.match(/> \[!NOTE\]/g) ?? []).length);
    for (const alert of alerts) {
      assert.equal(alert.children[0]!.text, 'Note');
      assert.ok(!alert.text.includes('[!NOTE]'));
      assert.ok(findAll(alert, (element) => element.attributes['data-role'] === 'target').length > 0);
    }
  });

  test('Should lay the Hebrew targets out right to left and keep the English sources left to right', () => {
    const text = fixture('real/dynamics-365-project-operations-pr__define-roles.md');
    const preview = previewOf(text);
    for (const layout of LAYOUTS) {
      const root = render(text, preview, layout);
      for (const target of findAll(root, (element) => element.attributes['data-role'] === 'target')) {
        assert.deepEqual([target.attributes['lang'], target.attributes['dir']], ['he-IL', 'rtl']);
      }
      for (const source of findAll(root, (element) => element.attributes['data-role'] === 'source')) {
        assert.deepEqual([source.attributes['lang'], source.attributes['dir']], ['en-US', 'ltr']);
      }
      assert.equal(root.children[0]!.attributes['data-layout'], layout);
    }
  });

  test('Should name an include as a link to the included file and drop the heading anchors', () => {
    const text = fixture('real/dynamics-365-project-operations-pr__define-roles.md');
    const root = render(text, previewOf(text), 'columns');
    const includes = findAll(root, (element) => element.name === 'a' && element.text.startsWith('Include:'));
    assert.deepEqual(
      includes.map((link) => [link.text, link.attributes['data-href']]),
      [
        ['Include: footer-include', '../includes/footer-banner.md'],
        ['Include: footer-include', '../includes/footer-banner.md'],
      ],
    );
    assert.equal(findAll(root, (element) => hasClass(element, 'raw-html')).length, 0);
    assert.equal(
      findAll(root, (element) => element.name === 'h1')[0]!.children.find((child) => child.name === 'span')!.text,
      'הגדרת תפקידים',
    );
  });

  test('Should load a local image through the resolver and never a remote one', () => {
    const text = fixture('real/OfficeDocs-SkypeForBusiness-pr__view-guests.md');
    const preview = previewOf(text);
    const resolveImage = (source: string) =>
      localImagePath(source) === null ? null : `https://webview.test/article/${localImagePath(source)}`;
    const local = parseContent(
      renderArticle(text, preview, { layout: 'target', targetLanguage: 'ja-JP', rightToLeft: false, resolveImage }),
    );
    const images = findAll(local, (element) => element.name === 'img');
    assert.equal(images.length, 1);
    assert.equal(
      images[0]!.attributes['src'],
      'https://webview.test/article/media/95b83ff5-72ef-4668-b541-4e25b767620a.png',
    );
    assert.match(images[0]!.attributes['alt']!, /^次のスクリーンショットは/);
    const remote = text.replace('(media/', '(https://tracker.example/media/');
    const withRemote = parseContent(
      renderArticle(remote, previewOf(remote), {
        layout: 'target',
        targetLanguage: 'ja-JP',
        rightToLeft: false,
        resolveImage,
      }),
    );
    assert.equal(findAll(withRemote, (element) => element.name === 'img').length, 0);
    assert.equal(
      findAll(withRemote, (element) => hasClass(element, 'image-alt'))[0]!.text.startsWith('Image (not loaded):'),
      true,
    );
    assert.equal(localImagePath('//tracker.example/x.png'), null);
    assert.equal(localImagePath('/media/x.png'), null);
    assert.equal(localImagePath('media/a%20b.png'), 'media/a b.png');
  });

  test('Should show the character references of an HTML table as characters, and escaped markup as text', () => {
    const text = [
      '---',
      'ms.contentlocale: et-EE',
      '---',
      '<table><tr><td>A&nbsp;B &amp; C &lt;script&gt; &bogus D & E</td></tr></table>',
      '',
    ].join('\n');
    const cell = findAll(render(text, previewOf(text), 'target'), (element) => element.name === 'td')[0]!;
    assert.equal(cell.text, 'A\u00a0B & C <script> &bogus D & E');
    assert.equal(cell.children.length, 0);
  });

  test('Should render every payload of a hostile article as text in every layout', () => {
    const hostile = [
      '---',
      "title: '\"><img src=x onerror=alert(1)>'",
      'ms.contentlocale: et-EE',
      '---',
      '# <span data-ttu-id="646d1-101"><script>alert(5)</script>Pealkiri</span><span class="sxs-lookup"><span data-stu-id="646d1-101">Title <img src=x onerror="alert(6)"></span></span>',
      '',
      '<div onclick="alert(1)"><table style="x"><tr><td colspan="2" onmouseover="alert(2)"><span data-ttu-id="646d1-102">[klõpsa](javascript:alert(7))</span><span class="sxs-lookup"><span data-stu-id="646d1-102">![x](https://tracker.example/p.png)</span></span></td></tr></table></div>',
      '',
      '<a href="javascript:alert(3)">x</a> <iframe src="javascript:alert(8)"></iframe> <!-- <span data-ttu-id="646d1-103">Peidus</span><span class="sxs-lookup"><span data-stu-id="646d1-103">Hidden</span></span> -->',
      '',
      '```html',
      '<script>alert(9)</script>',
      '```',
      '[!INCLUDE[x](javascript:alert(10))]',
      '',
    ].join('\n');
    const preview = previewOf(hostile);
    assert.equal(preview.units.length, 3);
    for (const layout of LAYOUTS) {
      const root = render(hostile, preview, layout);
      assertInert(root);
      assertEachUnitOnce(root, preview, layout);
      assert.equal(findAll(root, (element) => element.name === 'td')[0]!.attributes['colspan'], '2');
    }
    const html = renderPreviewContent(preview, { fileName: 'hostile.md', layout: 'interleaved', text: hostile });
    assertInert(parseContent(html));
  });
});
