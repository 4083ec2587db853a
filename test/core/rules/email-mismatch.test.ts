import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { emailAddresses, emailMismatch } from '../../../server/src/core/rules/translation/emailMismatch';
import { fixture, reportedUnits, runRule, withTarget } from './support';

const french = fixture(
  'anomalies/OfficeDocs-SkypeForBusiness-pr__accessibility-declaration-of-conformance-in-france-for-teams.md',
);

describe('email-mismatch', () => {
  test('Should report a real unit whose target mistyped the address of its mailto link', () => {
    const text = withTarget(french, '354a0-110', (target) =>
      target.replace('edad@microsoft.com', 'edda@microsoft.com'),
    );
    const checked = runRule(emailMismatch, text);
    assert.deepEqual(reportedUnits(emailMismatch, text), ['354a0-110']);
    assert.equal(
      checked.findings[0]!.message,
      'E-mail address missing from the target of unit 354a0-110: edad@microsoft.com.',
    );
  });

  test('Should accept the address in another case, and report nothing on the real article', () => {
    assert.deepEqual(reportedUnits(emailMismatch, french), []);
    const text = withTarget(french, '354a0-110', (target) =>
      target.replace('edad@microsoft.com', 'EDAD@Microsoft.com'),
    );
    assert.deepEqual(reportedUnits(emailMismatch, text), []);
  });

  test('Should read addresses without the full stop of their sentence, and not take a handle for one', () => {
    assert.deepEqual(emailAddresses('Write to alice@contoso.com. Or to [@KevinMarquette][] and bob@localhost.'), [
      'alice@contoso.com',
    ]);
    assert.deepEqual(emailAddresses('+8443926300@VNsbc.contoso.com'), ['+8443926300@VNsbc.contoso.com']);
  });
});
