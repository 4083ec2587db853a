import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from '../../server/src/core/parse';
import { unitMarkdown, withoutRemoteContent } from '../../server/src/languageService/hover';
import { FIXTURES, fixtureText, joinLines, parsedDocument, positionOf, service, withCursor } from './support/documents';

const SEED = 'seeds/et-EE__self-service-password-reset.md';

describe('hover', () => {
  const text = fixtureText(SEED);
  const document = parsedDocument(text);

  test("Should show the source with the unit's ID, place, locale and translation type over the target text", () => {
    const hover = service.getHover(document, positionOf(text, 'SSPR on administraatorite', 5));
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value:
        '**Source** · `646d1-104` · unit 3 of 8\n\nSSPR is enabled by default for Admins.\n\n---\n\net-EE · HT (human translation)',
    });
  });

  test("Should cover the target's tags and text with the hover range", () => {
    const openTag = '<span data-ttu-id="646d1-104">';
    const hover = service.getHover(document, positionOf(text, openTag, 3));
    const start = positionOf(text, openTag);
    const end = positionOf(text, 'jaoks vaikimisi lubatud.</span>', 'jaoks vaikimisi lubatud.</span>'.length);
    assert.deepEqual(hover?.range, { start, end });
    assert.match((hover?.contents as { value: string }).value, /^\*\*Source\*\* · `646d1-104`/);
  });

  test('Should show the target text when hovering the lookup', () => {
    const hover = service.getHover(document, positionOf(text, 'SSPR is enabled by default', 3));
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value:
        '**Target** (et-EE) · `646d1-104` · unit 3 of 8\n\nSSPR on administraatorite jaoks vaikimisi lubatud.\n\n---\n\net-EE · HT (human translation)',
    });
  });

  test('Should show the target of a Hebrew article right to left when hovering its source', () => {
    const article = fixtureText('real/dynamics-365-project-operations-pr__define-roles.md');
    const hover = service.getHover(parsedDocument(article), positionOf(article, 'Define roles', 2));
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value:
        '**Target** (he-IL) · `13dd6-103` · unit 1 of 4\n\n\u2067הגדרת תפקידים\u2069\n\n---\n\nhe-IL · HT (human translation)',
    });
    const source = service.getHover(parsedDocument(article), positionOf(article, '">הגדרת תפקידים', 4));
    assert.ok(
      !(source?.contents as { value: string }).value.includes('\u2067'),
      'the English source stays left to right',
    );
  });

  test('Should name a machine translation and a unit whose source is missing', () => {
    const { text: article, position } = withCursor(
      joinLines(
        '---',
        'ms.contentlocale: fi-FI',
        'ms.translationtype: MT',
        '---',
        '<span data-ttu-id="a1b2c-101">Kä$$ännös</span> ja jatkoa.',
        '',
      ),
    );
    const hover = service.getHover(parsedDocument(article), position);
    assert.equal(
      (hover?.contents as { value: string }).value,
      '**Source** · `a1b2c-101` · unit 1 of 1\n\n_This unit has no source: no `sxs-lookup` span follows its target._\n\n---\n\nfi-FI · MT (machine translation)',
    );
  });

  test('Should show both IDs when the source ID differs', () => {
    const { text: article, position } = withCursor(
      '<span data-ttu-id="a1b2c-101">Kää$$nnös</span><span class="sxs-lookup"><span data-stu-id="a1b2c-102">Translation</span></span>\n',
    );
    const hover = service.getHover(parsedDocument(article), position);
    assert.equal(
      (hover?.contents as { value: string }).value,
      '**Source** · `a1b2c-101` (source `a1b2c-102`) · unit 1 of 1\n\nTranslation\n\n---\n\nlocale unknown · translation type unknown',
    );
  });

  test('Should show nothing outside units, in the front matter or between units', () => {
    assert.equal(service.getHover(document, positionOf(text, 'ms.author')), null);
    assert.equal(
      service.getHover(document, positionOf(text, '</span></span>  <span', '</span></span>'.length + 1)),
      null,
    );
  });

  test('Should show nothing for positions outside the document or malformed ones', () => {
    const lastLine = text.split('\n').length - 1;
    assert.equal(service.getHover(document, { line: lastLine + 1, character: 0 }), null);
    assert.equal(service.getHover(document, { line: 22, character: 100_000 }), null);
    assert.equal(service.getHover(document, { line: -1, character: 0 }), null);
    assert.equal(service.getHover(document, { line: 1.5, character: 0 }), null);
    assert.equal(service.getHover(document, null as never), null);
  });

  test('Should stay silent on Markdown without bilingual markup', () => {
    const { text: plain, position } = withCursor(joinLines('# Title', '', 'Some <span>te$$xt</span> here.', ''));
    assert.equal(service.getHover(parsedDocument(plain), position), null);
  });

  test('Should show nothing once the request is cancelled', () => {
    assert.equal(
      service.getHover(document, positionOf(text, 'SSPR on administraatorite', 5), { isCancellationRequested: true }),
      null,
    );
  });
});

describe('hover: nothing remote', () => {
  const markdown = new MarkdownIt({ html: true });
  /** Elements that fetch what they point at when rendered, and attributes that can hold a URL to fetch. */
  const FETCHING =
    /<(?:img|picture|source|video|audio|iframe|object|embed|link|svg|image|input|track)\b|<[a-z][^<>]*\s(?:style|srcset)=/i;

  test('Should show an image of the source as a link to click, not an image the editor loads on hover', () => {
    const text = fixtureText('anomalies/OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md');
    const hover = service.getHover(parsedDocument(text), positionOf(text, '<span data-ttu-id="66408-226">', 3));
    const value = (hover?.contents as { value: string }).value;
    assert.match(
      value,
      /\n\n\\!\[Screenshot: shows the Product Filter control options\]\(media\/206ad818-0f72-4c8e-b25e-3cc8fcfbef05\.png\)\n\n/,
    );
    const html = markdown.render(value);
    assert.doesNotMatch(html, FETCHING);
    assert.match(
      html,
      /!<a href="media\/206ad818-0f72-4c8e-b25e-3cc8fcfbef05\.png">Screenshot: shows the Product Filter control options<\/a>/,
    );
  });

  test('Should render no element that loads content from any unit of any article, images and raw HTML alike', () => {
    let units = 0;
    for (const folder of ['real', 'anomalies', 'seeds']) {
      for (const name of readdirSync(join(FIXTURES, folder)).filter((file) => file.endsWith('.md'))) {
        const model = parse(readFileSync(join(FIXTURES, folder, name), 'utf8'));
        for (const unit of model.units) {
          for (const side of ['target', 'source'] as const) {
            assert.doesNotMatch(markdown.render(unitMarkdown(model, unit, side)), FETCHING, `${name} ${unit.id.value}`);
          }
          units++;
        }
      }
    }
    assert.ok(units > 1_000, `${units} units`);
  });

  test('Should make images and raw HTML text wherever they stand, leaving code spans and escapes as written', () => {
    const cases: [string, string][] = [
      ['![logo](https://example.org/a.png)', '\\![logo](https://example.org/a.png)'],
      [
        'See ![a][ref] and <img src="https://example.org/b.png">',
        'See \\![a][ref] and \\<img src="https://example.org/b.png">',
      ],
      [
        '<span style="background: url(https://example.org/c.png)">x</span>',
        '\\<span style="background: url(https://example.org/c.png)">x\\</span>',
      ],
      ['`![code](x)` and `<img>` stay', '`![code](x)` and `<img>` stay'],
      ['\\![escaped](x) and \\<b>', '\\![escaped](x) and \\<b>'],
      [
        '\\\\![after an escaped backslash](https://example.org/d.png)',
        '\\\\\\![after an escaped backslash](https://example.org/d.png)',
      ],
    ];
    for (const [text, expected] of cases) {
      assert.equal(withoutRemoteContent(text), expected);
      assert.doesNotMatch(markdown.render(withoutRemoteContent(text)), FETCHING, text);
    }
  });
});
