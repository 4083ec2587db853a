import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenTerm } from '../../../server/src/core/rules/glossary/forbiddenTerm';
import {
  applyEdits,
  article,
  described,
  findingUnitIds,
  fixture,
  glossaryFixture,
  runRule,
  spanText,
  unit,
  withTargetEdit,
} from './support';

const CORPUS_TERMS = glossaryFixture('corpus-terms.csv');
const CS_ARTICLE = 'real/Dynamics-365-Operations__define-inventory-counting-processes.md';
const CLEAN_ARTICLES = [
  'seeds/et-EE__self-service-password-reset.md',
  'seeds/fi-FI__self-service-password-reset.md',
  'real/Dynamics-365-Operations__create-transfer-order-from-warehouse-app.md',
  CS_ARTICLE,
  'real/office-developer-client-docs__streams-and-persistence.md',
];

function check(text: string) {
  return runRule(forbiddenTerm, text, undefined, CORPUS_TERMS);
}

describe('forbidden-term', () => {
  test('Should report the forbidden Czech "zákazník" in an inflected form, on its words in the right unit', () => {
    const checked = check(withTargetEdit(fixture(CS_ARTICLE), 'c46d6-105', 'na úrovni skladu', 'na úrovni zákazníka'));
    assert.deepEqual(findingUnitIds(checked), ['c46d6-105']);
    assert.equal(spanText(checked), 'zákazníka');
    assert.equal(
      checked.findings[0]!.message,
      '"zákazníka" is a forbidden translation of "customer"; use "odběratel" (glossary corpus-terms.csv).',
    );
  });

  test('Should offer the preferred term as the fix, with the capital of the replaced word', () => {
    const text = article('cs-CZ', unit('c46d6-200', 'Zákazník platí fakturu.', 'The customer pays the invoice.'));
    const checked = check(text);
    const fix = checked.findings[0]!.fixes![0]!;
    assert.deepEqual([fix.title, fix.safe, fix.preferred], ['Replace with "Odběratel"', false, true]);
    const fixed = article('cs-CZ', unit('c46d6-200', 'Odběratel platí fakturu.', 'The customer pays the invoice.'));
    assert.equal(applyEdits(text, fix.edits), fixed);
  });

  test('Should report a forbidden term wherever it stands in the target, each time', () => {
    const text = article('cs-CZ', unit('c46d6-201', 'Otevřete zákazníka a jeho zákazníky.', 'Open the customer.'));
    assert.deepEqual(described(check(text)).map((each) => each.range), ['5:39-5:48', '5:56-5:65']);
  });

  test('Should find nothing forbidden in the clean corpus articles', () => {
    for (const path of CLEAN_ARTICLES) assert.deepEqual(check(fixture(path)).findings, [], path);
  });

  test('Should leave other locales alone: the forbidden term is Czech only', () => {
    const slovak = article('sk-SK', unit('c46d6-202', 'Zákazník platí.', 'The customer pays.'));
    assert.deepEqual(check(slovak).findings, []);
  });
});
