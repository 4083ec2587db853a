import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketMismatch } from '../../../server/src/core/rules/translation/bracketMismatch';
import { fixture, reportedUnits, runRule, spanText, withTarget } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');

describe('bracket-mismatch', () => {
  test('Should report the opening bracket of a real unit whose closing one was lost, at that bracket', () => {
    const text = withTarget(estonian, '646d1-102', (target) => target.replace('(SSPR)', '(SSPR'));
    const checked = runRule(bracketMismatch, text);
    assert.deepEqual(reportedUnits(bracketMismatch, text), ['646d1-102']);
    assert.equal(spanText(checked), '(');
    assert.equal(
      checked.findings[0]!.message,
      'Unpaired bracket in unit 646d1-102: "(" has no partner in the target, while the source\'s brackets pair up.',
    );
  });

  test('Should report a Japanese target that dropped an aside its source has in brackets', () => {
    const text = withTarget(japanese, '9f8d8-130', (target) => target.replace('(Set-MailboxまたはNew-Mailbox)', ''));
    const checked = runRule(bracketMismatch, text);
    assert.deepEqual(reportedUnits(bracketMismatch, text), ['9f8d8-130']);
    assert.equal(
      checked.findings[0]!.message,
      'Brackets differ in unit 9f8d8-130: the target has 2 round brackets ( ), the source 4.',
    );
  });

  test('Should count full-width brackets as their ASCII kind', () => {
    const text = withTarget(japanese, '9f8d8-130', (target) =>
      target.replace('(Set-MailboxまたはNew-Mailbox)', '（Set-MailboxまたはNew-Mailbox）'),
    );
    assert.deepEqual(reportedUnits(bracketMismatch, text), []);
  });

  test('Should let a translation drop an abbreviation in brackets, or a link, which link-mismatch reports', () => {
    const withoutAbbreviation = withTarget(estonian, '646d1-102', (target) => target.replace(' (SSPR)', ''));
    assert.deepEqual(reportedUnits(bracketMismatch, withoutAbbreviation), []);
    const withoutLink = withTarget(
      estonian,
      '646d1-103',
      () => 'Klõpsake siin, et lubada kasutajatel oma paroolide lähtestamine.',
    );
    assert.deepEqual(reportedUnits(bracketMismatch, withoutLink), []);
  });

  test('Should report nothing on the real Japanese article, whose added Japanese brackets around UI names are its own', () => {
    assert.deepEqual(reportedUnits(bracketMismatch, japanese), []);
  });
});
