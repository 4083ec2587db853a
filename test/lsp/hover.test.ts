import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureText, joinLines, parsedDocument, positionOf, service, withCursor } from './support/documents';

const SEED = 'seeds/et-EE__self-service-password-reset.md';

describe('hover', () => {
  const text = fixtureText(SEED);
  const document = parsedDocument(text);

  test("Should show the source with the unit's ID, place, locale and translation type over the target text", () => {
    const hover = service.getHover(document, positionOf(text, 'SSPR on administraatorite', 5));
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value: '**Source** · `646d1-104` · unit 3 of 8\n\nSSPR is enabled by default for Admins.\n\n---\n\net-EE · HT (human translation)',
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
      value: '**Target** (et-EE) · `646d1-104` · unit 3 of 8\n\nSSPR on administraatorite jaoks vaikimisi lubatud.\n\n---\n\net-EE · HT (human translation)',
    });
  });

  test('Should show the target of a Hebrew article right to left when hovering its source', () => {
    const article = fixtureText('real/dynamics-365-project-operations-pr__define-roles.md');
    const hover = service.getHover(parsedDocument(article), positionOf(article, 'Define roles', 2));
    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value: '**Target** (he-IL) · `13dd6-103` · unit 1 of 4\n\n\u2067הגדרת תפקידים\u2069\n\n---\n\nhe-IL · HT (human translation)',
    });
    const source = service.getHover(parsedDocument(article), positionOf(article, '">הגדרת תפקידים', 4));
    assert.ok(!(source?.contents as { value: string }).value.includes('\u2067'), 'the English source stays left to right');
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
    assert.equal(service.getHover(document, positionOf(text, '</span></span>  <span', '</span></span>'.length + 1)), null);
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
    assert.equal(service.getHover(document, positionOf(text, 'SSPR on administraatorite', 5), { isCancellationRequested: true }), null);
  });
});
