import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryTerm } from '../../../server/src/core/rules/glossary/glossaryTerm';
import { article, described, findingUnitIds, fixture, glossaryFixture, runRule, unit, withTargetEdit } from './support';

const CORPUS_TERMS = glossaryFixture('corpus-terms.csv');
const ET_SEED = 'seeds/et-EE__self-service-password-reset.md';
const FI_ARTICLE = 'real/Dynamics-365-Operations__registration-manufacturing-execution.md';
const PL_ARTICLE = 'real/Dynamics-365-Operations__create-transfer-order-from-warehouse-app.md';
const CS_ARTICLE = 'real/Dynamics-365-Operations__define-inventory-counting-processes.md';
const RU_ARTICLE = 'real/office-developer-client-docs__streams-and-persistence.md';
const CLEAN_ARTICLES = [
  ET_SEED,
  'real/Dynamics-365-Operations__cc-data-platform-banner.md',
  'seeds/fi-FI__self-service-password-reset.md',
  FI_ARTICLE,
  PL_ARTICLE,
  'real/Dynamics-365-Operations__create-batch-attributes-product.md',
  CS_ARTICLE,
  RU_ARTICLE,
];

function check(path: string, edit?: [unitId: string, from: string, to: string]) {
  const text = fixture(path);
  return runRule(glossaryTerm, edit ? withTargetEdit(text, ...edit) : text, undefined, CORPUS_TERMS);
}

describe('glossary-term', () => {
  test('Should report an Estonian unit whose target lost the approved term for "passwords", on that unit', () => {
    const checked = check(ET_SEED, ['646d1-103', 'paroolide', 'salasõnade']);
    assert.deepEqual(findingUnitIds(checked), ['646d1-103']);
    const message = '"password" should be translated as "parool" (glossary corpus-terms.csv).';
    assert.equal(checked.findings[0]!.message, message);
    const related = checked.findings[0]!.related![0]!;
    assert.equal(checked.document.text.slice(related.span.start, related.span.end), 'passwords');
  });

  test('Should report a Finnish unit that calls the worker otherwise, and accept "työntekijä" inflected elsewhere', () => {
    assert.deepEqual(findingUnitIds(check(FI_ARTICLE)), []);
    const checked = check(FI_ARTICLE, ['e2692-120', 'työntekijä', 'henkilö']);
    assert.deepEqual(findingUnitIds(checked), ['e2692-120']);
    assert.match(checked.findings[0]!.message, /^"worker" should be translated as "työntekijä"/);
  });

  test('Should accept the Polish "zamówienia przeniesienia" as a form of the term and report its replacement', () => {
    assert.ok(!findingUnitIds(check(PL_ARTICLE)).includes('d7758-105'));
    const checked = check(PL_ARTICLE, ['d7758-105', 'zamówienia przeniesienia', 'zlecenia transferu']);
    assert.deepEqual(findingUnitIds(checked).filter((id) => id === 'd7758-105'), ['d7758-105']);
    assert.equal(checked.findings.length, check(PL_ARTICLE).findings.length + 1);
  });

  test('Should accept the Czech "zásady" as a form of "zásada" and report a unit that uses another word', () => {
    assert.deepEqual(findingUnitIds(check(CS_ARTICLE)), []);
    const checked = check(CS_ARTICLE, ['c46d6-149', 'zásady', 'politiky']);
    assert.deepEqual(findingUnitIds(checked), ['c46d6-149']);
    assert.match(checked.findings[0]!.message, /^"policy" should be translated as "zásada"/);
  });

  test('Should accept the Russian "поток" in its forms and report a unit that transliterates it', () => {
    const clean = findingUnitIds(check(RU_ARTICLE));
    assert.ok(!clean.includes('0313e-110'));
    const checked = check(RU_ARTICLE, ['0313e-110', '**поток.**', '**стрим.**']);
    assert.deepEqual(findingUnitIds(checked).filter((id) => !clean.includes(id)), ['0313e-110']);
  });

  test('Should count its findings on clean articles: names kept in English, missed inflections, real inconsistencies', () => {
    const findings = CLEAN_ARTICLES.flatMap((path) => {
      const checked = check(path);
      return checked.findings.map((finding) => {
        const found = checked.document.units[finding.unitIndex!]!;
        const unitText = checked.document.text.slice(found.target.start, finding.span.end);
        return { id: found.id.value, term: /^"([^"]+)"/.exec(finding.message)![1]!, unitText };
      });
    });
    const kinds = {
      productName: findings.filter(
        (each) => each.term === 'warehouse' && each.unitText.includes('Warehouse Management'),
      ),
      objectName: findings.filter((each) => each.term === 'stream' && each.unitText.includes('Stream')),
      vowelChange: findings.filter((each) => each.term === 'field' && each.unitText.includes('pól')),
    };
    const explained = new Set(Object.values(kinds).flat());
    const rest = findings.filter((each) => !explained.has(each)).map((each) => `${each.id} ${each.term}`);
    assert.deepEqual(Object.fromEntries(Object.entries(kinds).map(([kind, list]) => [kind, list.length])), {
      productName: 8,
      objectName: 2,
      vowelChange: 2,
    });
    // Real findings: "zleceń transferu" where the article says "zamówienie przeniesienia" everywhere else, and a
    // target that leaves out "Stream" altogether.
    assert.deepEqual(rest, ['d7758-378 transfer order', '0313e-113 stream']);
  });

  test('Should point at the target and name the approved translations, the admitted one too', () => {
    const text = article('et-EE', unit('646d1-110', 'Lepingu loomine', 'Create a service agreement'));
    assert.deepEqual(described(runRule(glossaryTerm, text, undefined, CORPUS_TERMS)), [
      {
        message:
          '"service agreement" should be translated as "teenuseleping" or "teenuselepe" (glossary corpus-terms.csv).',
        range: '5:30-5:45',
      },
    ]);
  });

  test('Should not look for terms in inline code or link destinations of the source', () => {
    const target = 'Vaata `password` [siit](https://example.com/password)';
    const text = article('et-EE', unit('646d1-111', target, 'See `password` [here](https://example.com/password)'));
    assert.deepEqual(runRule(glossaryTerm, text, undefined, CORPUS_TERMS).findings, []);
  });

  test('Should not report anything without a glossary or in a locale the glossary has no terms for', () => {
    assert.deepEqual(runRule(glossaryTerm, fixture(ET_SEED).replaceAll('parool', 'salasõna')).findings, []);
    const german = article('de-DE', unit('46270-101', 'Kennwort', 'password'));
    assert.deepEqual(runRule(glossaryTerm, german, undefined, CORPUS_TERMS).findings, []);
  });
});
