import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isRightToLeft } from '../../server/src/languageService/preview';
import { article, checkedDocument, fixtureText, joinLines, service } from './support/documents';

describe('preview and status summary', () => {
  test('Should summarise a real article: title, locale, translation type, units and problems by severity', () => {
    const document = checkedDocument(fixtureText('seeds/et-EE__self-service-password-reset.md'));
    assert.deepEqual(service.getSummary(document), {
      uri: 'file:///articles/article.md',
      version: 1,
      hasMarkup: true,
      title: 'Iseteeninduslik paroolilähtestus',
      locale: 'et-EE',
      translationType: 'HT',
      unitCount: 8,
      problemCount: document.diagnostics.length,
      problemsBySeverity: {
        error: document.diagnostics.filter((d) => d.severity === 'error').length,
        warning: document.diagnostics.filter((d) => d.severity === 'warning').length,
        info: document.diagnostics.filter((d) => d.severity === 'info').length,
        hint: document.diagnostics.filter((d) => d.severity === 'hint').length,
      },
    });
  });

  test('Should summarise Markdown without markup as such', () => {
    const summary = service.getSummary(
      checkedDocument(joinLines('# Release notes', '', 'Nothing bilingual here.', '')),
    );
    assert.deepEqual(summary, {
      uri: 'file:///articles/article.md',
      version: 1,
      hasMarkup: false,
      title: 'Release notes',
      locale: null,
      translationType: null,
      unitCount: 0,
      problemCount: 0,
      problemsBySeverity: { error: 0, warning: 0, info: 0, hint: 0 },
    });
  });

  test('Should give every unit with its texts and put each problem with its unit or with the others', () => {
    const text = article(
      '<span data-ttu-id="27db3-101">Sidefod</span><span class="sxs-lookup"><span data-stu-id="27db3-102">Footer</span></span>',
      '',
      '<span class="sxs-lookup"><span data-stu-id="27db3-103">Orphaned source</span></span>',
      '',
    );
    const preview = service.getPreview(checkedDocument(text))!;
    assert.equal(preview.rightToLeft, false);
    assert.deepEqual(
      preview.units.map((unit) => [
        unit.id,
        unit.sourceId,
        unit.target,
        unit.source,
        unit.problems.map((problem) => problem.code),
      ]),
      [['27db3-101', '27db3-102', 'Sidefod', 'Footer', ['id-mismatch']]],
    );
    assert.deepEqual(preview.otherProblems.map((problem) => problem.code), ['orphan-source']);
  });

  test('Should mark an article in a right-to-left language', () => {
    const preview = service.getPreview(
      checkedDocument(fixtureText('real/dynamics-365-project-operations-pr__define-roles.md')),
    )!;
    assert.equal(preview.summary.locale, 'he-IL');
    assert.equal(preview.rightToLeft, true);
    assert.equal(preview.units.length, preview.summary.unitCount);
  });

  test('Should know which locales are written right to left', () => {
    assert.deepEqual(
      ['ar-SA', 'he-IL', 'fa-IR', 'ur-PK', 'ku-Arab-IQ', 'et-EE', 'ja-JP', 'zh-TW', undefined].map((locale) =>
        isRightToLeft(locale),
      ),
      [true, true, true, true, true, false, false, false, false],
    );
  });

  test('Should give nothing once cancelled', () => {
    assert.equal(
      service.getPreview(checkedDocument(fixtureText('seeds/et-EE__self-service-password-reset.md')), {
        isCancellationRequested: true,
      }),
      null,
    );
  });
});
