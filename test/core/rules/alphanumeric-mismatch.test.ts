import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alphanumericMismatch,
  isAlphanumericName,
} from '../../../server/src/core/rules/translation/alphanumericMismatch';
import { fixture, reportedUnits, runRule, withTarget } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');

describe('alphanumeric-mismatch', () => {
  test('Should report a real unit whose target mistyped the acronym of its source', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('SSPR', 'SSRP'));
    const checked = runRule(alphanumericMismatch, text);
    assert.deepEqual(reportedUnits(alphanumericMismatch, text), ['646d1-104']);
    assert.equal(checked.findings[0]!.message, 'The target of unit 646d1-104 does not hold SSPR of the source.');
  });

  test('Should accept an inflected name (SSPR-i) and report nothing on the real Estonian article', () => {
    assert.deepEqual(reportedUnits(alphanumericMismatch, estonian), []);
  });

  test('Should report a CamelCase name that a Japanese target translated', () => {
    const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');
    const text = withTarget(japanese, '9f8d8-111', (target) =>
      target.replace('SkypeRoomProvisioningScript.ps1', 'プロビジョニング スクリプト'),
    );
    assert.deepEqual(reportedUnits(alphanumericMismatch, text), ['9f8d8-111']);
  });

  test('Should take names with digits, inner capitals or two capitals, but not ordinals, words in capitals or numbers', () => {
    for (const name of ['IPv6', 'Win32', '2FA', 'SharePoint', 'iPhone', 'PIN', 'SQL'])
      assert.ok(isAlphanumericName(name, false), name);
    for (const word of ['1st', '24th', 'DESCRIPTION', 'Admins', 'ID', '2021'])
      assert.ok(!isAlphanumericName(word, false), word);
    assert.ok(!isAlphanumericName('PIN', true), 'a word of a text in capitals');
  });
});
