import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPreviewContent } from '../../client/src/preview/render';
import { renderUnitText } from '../../client/src/preview/markdown';
import { findAll, hasClass, parseContent, type Element } from './htmlTree';
import { SEED_UNITS, previewResult, problem, summary, unitView } from './previewData';

const context = { fileName: 'self-service-password-reset.md' };

function rowsOf(root: Element): Element[] {
  return findAll(root, (element) => element.name === 'tr' && element.attributes['data-unit-index'] !== undefined);
}

function cell(row: Element, className: string): Element {
  const found = row.children.find((child) => hasClass(child, className));
  assert.ok(found, `the row has a ${className} cell`);
  return found;
}

describe('Preview content', () => {
  test('Should render a real table with column header cells and one row per unit', () => {
    const root = parseContent(renderPreviewContent(previewResult(SEED_UNITS), context));
    const table = findAll(root, (element) => element.name === 'table');
    assert.equal(table.length, 1);
    const headers = findAll(table[0]!, (element) => element.name === 'th' && element.attributes['scope'] === 'col');
    assert.deepEqual(
      headers.map((header) => header.text),
      ['ID', 'Target (et-EE)', 'Source', 'Problems'],
    );
    const rows = rowsOf(root);
    assert.deepEqual(
      rows.map((row) => row.attributes['data-unit-index']),
      ['0', '1', '2', '3'],
    );
    const rowHeader = rows[2]!.children[0]!;
    assert.equal(rowHeader.name, 'th');
    assert.equal(rowHeader.attributes['scope'], 'row');
    assert.equal(rowHeader.text, '646d1-104');
  });

  test('Should show the title, locale, translation type and the unit and problem counters', () => {
    const result = previewResult(SEED_UNITS, {
      summary: summary({
        unitCount: 8,
        problemCount: 3,
        problemsBySeverity: { error: 1, warning: 2, info: 0, hint: 0 },
      }),
    });
    const root = parseContent(renderPreviewContent(result, context));
    const heading = findAll(root, (element) => element.name === 'h1')[0]!;
    assert.equal(heading.text, 'Iseteeninduslik paroolilähtestus');
    assert.equal(heading.attributes['lang'], 'et-EE');
    const facts = findAll(root, (element) => element.name === 'dl')[0]!;
    assert.deepEqual(
      facts.children.map((fact) => fact.text),
      ['Localeet-EE', 'TranslationHT', 'Units8', 'Problems3'],
    );
    const abbreviation = findAll(facts, (element) => element.name === 'abbr')[0]!;
    assert.equal(abbreviation.attributes['title'], 'human translation');
  });

  test('Should name the file when the article has no title', () => {
    const result = previewResult(SEED_UNITS, { summary: summary({ title: null }) });
    const root = parseContent(renderPreviewContent(result, context));
    const heading = findAll(root, (element) => element.name === 'h1')[0]!;
    assert.equal(heading.text, 'self-service-password-reset.md');
    assert.deepEqual(heading.attributes, {});
  });

  test('Should render target and source as Markdown with links that have no live href', () => {
    const root = parseContent(renderPreviewContent(previewResult(SEED_UNITS), context));
    const row = rowsOf(root)[1]!;
    const link = findAll(cell(row, 'target'), (element) => element.name === 'a')[0]!;
    assert.equal(link.text, 'lubada kasutajatel oma paroolide lähtestamine');
    assert.equal(link.attributes['href'], undefined);
    assert.equal(
      link.attributes['data-href'],
      'https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr',
    );
    assert.equal(link.attributes['tabindex'], '0');
    assert.equal(cell(row, 'source').text, 'Click here to Let users reset their own passwords.');
    assert.equal(cell(row, 'source').attributes['lang'], 'en-US');
  });

  test('Should list a unit’s problems in its row with the rule code and flag the row', () => {
    const units = [
      unitView(0),
      unitView(1, {
        id: '646d1-103',
        sourceId: '646d1-130',
        problems: [
          problem('id-mismatch', 'error', 'The source ID 646d1-130 differs from the target ID 646d1-103.'),
          problem('link-mismatch', 'warning', 'The target links to a different destination than the source.'),
        ],
      }),
      unitView(2, {
        untranslated: true,
        problems: [problem('untranslated', 'info', 'The target is the same as the source.')],
      }),
    ];
    const root = parseContent(renderPreviewContent(previewResult(units), context));
    const [clean, broken, untranslated] = rowsOf(root);
    assert.equal(clean!.attributes['class'], 'unit');
    assert.equal(broken!.attributes['class'], 'unit has-problems severity-error');
    assert.equal(untranslated!.attributes['class'], 'unit has-problems severity-info untranslated');
    const items = findAll(cell(broken!, 'problems'), (element) => element.name === 'li');
    assert.deepEqual(
      items.map((item) => item.text),
      [
        'Error id-mismatch The source ID 646d1-130 differs from the target ID 646d1-103.',
        'Warning link-mismatch The target links to a different destination than the source.',
      ],
    );
    assert.equal(
      findAll(broken!.children[0]!, (element) => hasClass(element, 'source-id'))[0]!.text,
      'source: 646d1-130',
    );
  });

  test('Should list problems outside units with their line above the table', () => {
    const result = previewResult(SEED_UNITS, {
      otherProblems: [
        problem('locale-invalid', 'warning', 'ms.contentlocale "et_EE" is not a BCP 47 language tag.', 16),
      ],
    });
    const root = parseContent(renderPreviewContent(result, context));
    const section = findAll(root, (element) => element.name === 'section')[0]!;
    assert.equal(findAll(section, (element) => element.name === 'h2')[0]!.text, 'Problems outside units (1)');
    assert.equal(
      findAll(section, (element) => element.name === 'li')[0]!.text,
      'Warning locale-invalid ms.contentlocale "et_EE" is not a BCP 47 language tag. line 17',
    );
  });

  test('Should lay out right-to-left targets right to left and keep the source left to right', () => {
    const units = [
      unitView(0, { id: '8c2a1-101', target: 'ميزة الإجازة والغياب', source: 'Leave and absence feature' }),
    ];
    const result = previewResult(units, {
      rightToLeft: true,
      summary: summary({ locale: 'ar-SA', title: 'الإجازة والغياب' }),
    });
    const root = parseContent(renderPreviewContent(result, context));
    const row = rowsOf(root)[0]!;
    assert.equal(cell(row, 'target').attributes['dir'], 'rtl');
    assert.equal(cell(row, 'target').attributes['lang'], 'ar-SA');
    assert.equal(cell(row, 'source').attributes['dir'], undefined);
    assert.equal(findAll(root, (element) => element.name === 'h1')[0]!.attributes['dir'], 'rtl');
  });

  test('Should mark a missing source and an empty target instead of leaving the cells blank', () => {
    const units = [unitView(0, { target: '  ', source: null, sourceId: null, sourceRange: null })];
    const root = parseContent(renderPreviewContent(previewResult(units), context));
    const row = rowsOf(root)[0]!;
    assert.equal(cell(row, 'target').text, 'empty');
    assert.equal(cell(row, 'source').text, 'no source');
  });

  test('Should say there is nothing to preview on Markdown without the markup', () => {
    const result = previewResult([], {
      summary: summary({ hasMarkup: false, unitCount: 0, locale: null, translationType: null }),
    });
    const root = parseContent(renderPreviewContent(result, context));
    assert.equal(findAll(root, (element) => element.name === 'table').length, 0);
    assert.equal(
      findAll(root, (element) => hasClass(element, 'notice'))[0]!.text,
      'This document holds no bilingual span markup, so there is nothing to preview.',
    );
  });
});

describe('Unit text as Markdown', () => {
  test('Should render bold, inline code and images as their alt text', () => {
    assert.equal(
      renderUnitText('Valige **Salvesta** ja käivitage `Get-AzDataShare` ![Sätete leht](media/settings.png)'),
      'Valige <strong>Salvesta</strong> ja käivitage <code>Get-AzDataShare</code> <span class="image-alt"><span class="image-label">Image:</span> Sätete leht</span>',
    );
  });

  test('Should keep bare formatting tags and close the ones the unit leaves open', () => {
    assert.equal(renderUnitText('Rida üks<br/>rida <strong>kaks</strong>'), 'Rida üks<br>rida <strong>kaks</strong>');
    assert.equal(renderUnitText('<B>Märkus:</B> <i>lahtine'), '<b>Märkus:</b> <i>lahtine</i>');
  });

  test('Should show every other piece of raw HTML as escaped code', () => {
    assert.equal(
      renderUnitText('<a name="sspr"></a>Vaata <strong class="x">seda</strong></em>'),
      '<code class="raw-html">&lt;a name=&quot;sspr&quot;&gt;</code><code class="raw-html">&lt;/a&gt;</code>Vaata ' +
        '<code class="raw-html">&lt;strong class=&quot;x&quot;&gt;</code>seda<code class="raw-html">&lt;/strong&gt;</code>' +
        '<code class="raw-html">&lt;/em&gt;</code>',
    );
  });

  test('Should render a link with a title as an inert anchor', () => {
    assert.equal(
      renderUnitText('[KKK](../faq.md#sspr "Korduma kippuvad küsimused")'),
      '<a class="link" role="link" tabindex="0" data-href="../faq.md#sspr" title="Korduma kippuvad küsimused (../faq.md#sspr)">KKK</a>',
    );
  });
});
