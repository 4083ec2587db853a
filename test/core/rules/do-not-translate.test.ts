import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doNotTranslate } from '../../../server/src/core/rules/glossary/doNotTranslate';
import { glossaryTerm } from '../../../server/src/core/rules/glossary/glossaryTerm';
import { article, described, findingUnitIds, fixture, glossaryFixture, runRule, unit, withTargetEdit } from './support';

const NAMES = glossaryFixture(
  'names.csv',
  [
    'source,target,locale,status',
    'SSPR,,,do-not-translate',
    'Warehouse Management,,,do-not-translate',
    'Microsoft Dataverse,,,do-not-translate',
    'warehouse,magazyn,pl-PL,',
  ].join('\n'),
);
const ET_SEED = 'seeds/et-EE__self-service-password-reset.md';
const PL_ARTICLE = 'real/Dynamics-365-Operations__create-transfer-order-from-warehouse-app.md';
const CLEAN_ARTICLES = [
  ET_SEED,
  'seeds/fi-FI__self-service-password-reset.md',
  'real/Dynamics-365-Operations__cc-data-platform-banner.md',
  PL_ARTICLE,
];
const SSPR_KEPT = '"SSPR" must stay as it is in the target: it is not to be translated (glossary names.csv).';

function check(text: string) {
  return runRule(doNotTranslate, text, undefined, NAMES);
}

describe('do-not-translate', () => {
  test('Should report an Estonian unit whose target translated "SSPR", on that unit', () => {
    const checked = check(withTargetEdit(fixture(ET_SEED), '646d1-104', 'SSPR on', 'ITPL on'));
    assert.deepEqual(findingUnitIds(checked), ['646d1-104']);
    assert.equal(checked.findings[0]!.message, SSPR_KEPT);
  });

  test('Should report a kept name whose case changed, as it is no longer verbatim', () => {
    const checked = check(withTargetEdit(fixture(ET_SEED), '646d1-104', 'SSPR on', 'Sspr on'));
    assert.deepEqual(findingUnitIds(checked), ['646d1-104']);
  });

  test('Should accept endings written on a kept name: the Estonian "SSPR-i" and "Dataverse\'iks"', () => {
    assert.deepEqual(check(fixture(ET_SEED)).findings, []);
    assert.deepEqual(check(fixture('real/Dynamics-365-Operations__cc-data-platform-banner.md')).findings, []);
  });

  test('Should find one unit in clean articles: a Polish heading translating the app name kept elsewhere', () => {
    const found = CLEAN_ARTICLES.flatMap((path) => findingUnitIds(check(fixture(path))).map((id) => `${path}: ${id}`));
    assert.deepEqual(found, [`${PL_ARTICLE}: d7758-357`]);
    assert.match(fixture(PL_ARTICLE), /"d7758-357">Procesy aplikacji mobilnej Zarządzanie magazynem</);
  });

  test('Should take a kept product name over a shorter term inside it: "Warehouse Management" stays', () => {
    const glossaryFindings = runRule(glossaryTerm, fixture(PL_ARTICLE), undefined, NAMES).findings;
    assert.deepEqual(glossaryFindings.filter((finding) => finding.message.startsWith('"warehouse"')), []);
  });

  test('Should hold the source to the name\'s case: the module "Warehouse management" is not the kept app', () => {
    const text = fixture(PL_ARTICLE);
    assert.match(text, /<span data-ttu-id="d7758-111">\*\*Moduł\*\* - Zarządzanie magazynem<\/span>/);
    assert.ok(!findingUnitIds(check(text)).includes('d7758-111'));
  });

  test('Should not take a name inside a longer word for the kept name', () => {
    const text = article('et-EE', unit('646d1-120', 'XSSPR on lubatud.', 'SSPR is enabled.'));
    assert.deepEqual(described(check(text)), [
      { message: SSPR_KEPT, range: '5:30-5:47' },
    ]);
  });
});
