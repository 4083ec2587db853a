import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { untranslated } from '../../../server/src/core/rules/translation/untranslated';
import { article, described, findingLines, findingUnitIds, fixture, joinLines, runRule, unit } from './support';

describe('untranslated', () => {
  test('Should report untranslated when the target equals a source of several words in an Estonian article', () => {
    const checked = runRule(
      untranslated,
      article('et-EE', unit('646d1-106', 'For more information about SSPR.', 'For more information about SSPR.')),
    );
    assert.deepEqual(described(checked), [
      {
        message: 'The target of unit 646d1-106 is the same as its source: it looks untranslated (locale et-ee).',
        range: '5:30-5:62',
      },
    ]);
  });

  test('Should compare the target and source without their surrounding whitespace', () => {
    const checked = runRule(
      untranslated,
      article('de-DE', unit('46270-p106', ' Select **Save** now.', 'Select **Save** now. ')),
    );
    assert.deepEqual(findingUnitIds(checked), ['46270-p106']);
  });

  test('Should not report a single word or a name with a number, which are often the same in every language', () => {
    const checked = runRule(
      untranslated,
      article(
        'et-EE',
        unit('646d1-102', 'SSPR', 'SSPR'),
        '',
        unit('646d1-103', 'Windows 10', 'Windows 10'),
        '',
        unit('646d1-104', '1OFQTR - 1OFQTR', '1OFQTR - 1OFQTR'),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should not count inline code and link destinations as words', () => {
    const checked = runRule(
      untranslated,
      article(
        'et-EE',
        unit(
          '646d1-107',
          '`Get-AzVM -Name` [cmdlet](https://aka.ms/getazvm)',
          '`Get-AzVM -Name` [cmdlet](https://aka.ms/getazvm)',
        ),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should not count commands, switches, cmdlets, file names and identifiers as words', () => {
    const same = (id: string, text: string) => unit(id, text, text);
    const checked = runRule(
      untranslated,
      article(
        'et-EE',
        same('646d1-102', 'gpresult /r'),
        '',
        same('646d1-103', 'Get-MsolUser -UserPrincipalName'),
        '',
        same('646d1-104', 'setup.exe /quiet'),
        '',
        same('646d1-105', 'DimensionHash.getHash(str _message)'),
        '',
        same('646d1-106', 'Run gpresult now.'),
      ),
    );
    assert.deepEqual(findingUnitIds(checked), ['646d1-106']);
  });

  test('Should leave the common parameter names of the ko-KR PowerShell article alone, though they equal their sources', () => {
    const text = fixture('real/powerShell-Docs__about_CommonParameters.md');
    const reported = new Set(findingUnitIds(runRule(untranslated, text)));
    for (const id of ['149b0-124', '149b0-127', '149b0-149']) {
      assert.match(
        text,
        new RegExp(`data-ttu-id="${id}">\\*\\*\\w+\\*\\* \\(\\w+\\)<`),
        `unit ${id} is a parameter name with its alias`,
      );
      assert.ok(!reported.has(id), id);
    }
    assert.equal(reported.size, 0);
  });

  test('Should not report English articles or articles whose locale is unknown', () => {
    const body = unit('646d1-106', 'For more information about SSPR.', 'For more information about SSPR.');
    assert.deepEqual(runRule(untranslated, article('en-US', body)).findings, []);
    assert.deepEqual(runRule(untranslated, joinLines('---', 'title: SSPR', '---', body)).findings, []);
  });

  test('Should not report a translated unit', () => {
    const checked = runRule(
      untranslated,
      article('et-EE', unit('646d1-104', 'SSPR on vaikimisi lubatud.', 'SSPR is enabled by default.')),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should report the untranslated English paragraphs of the de-DE security guide', () => {
    const checked = runRule(
      untranslated,
      fixture('anomalies/OfficeDocs-SkypeForBusiness__security-guide-for-skype-for-business-online.md'),
    );
    assert.equal(checked.findings.length, 45);
    const reported = new Map(findingUnitIds(checked).map((id, index) => [id, findingLines(checked)[index]]));
    assert.equal(reported.get('46270-p102'), 36);
    assert.equal(reported.get('46270-p103'), 39);
    assert.equal(reported.get('46270-p105'), 47);
    assert.equal(reported.get('46270-p106'), 50);
    assert.equal(reported.get('46270-p110'), 66);
    assert.equal(reported.get('46270-p111'), 70);
  });

  test('Should report the ja-JP accessibility article whose targets are its French sources, but not the damaged heading', () => {
    const checked = runRule(
      untranslated,
      fixture(
        'anomalies/OfficeDocs-SkypeForBusiness-pr__accessibility-declaration-of-conformance-in-france-for-teams.md',
      ),
    );
    assert.equal(checked.findings.length, 288);
    assert.equal(findingUnitIds(checked).includes('354a0-103'), false);
  });
});
