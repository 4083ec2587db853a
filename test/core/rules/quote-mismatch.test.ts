import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteMismatch } from '../../../server/src/core/rules/translation/quoteMismatch';
import { fixture, reportedUnits, runRule, spanText, withTarget } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
const polish = fixture('real/Dynamics-365-Operations__create-transfer-order-from-warehouse-app.md');

describe('quote-mismatch', () => {
  test('Should report an Estonian „ that is never closed, at that mark', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('vaikimisi', '„vaikimisi'));
    const checked = runRule(quoteMismatch, text);
    assert.deepEqual(reportedUnits(quoteMismatch, text), ['646d1-104']);
    assert.equal(spanText(checked), '„');
    assert.equal(checked.findings[0]!.message, 'Unpaired quotation mark in unit 646d1-104: „ has no partner („ “).');
  });

  test('Should accept „…“ and „…” in Estonian, but report a Japanese 「 without its 」', () => {
    for (const closer of ['“', '”']) {
      const text = withTarget(estonian, '646d1-104', (target) => target.replace('vaikimisi', `„vaikimisi${closer}`));
      assert.deepEqual(reportedUnits(quoteMismatch, text), [], closer);
    }
    const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');
    const text = withTarget(japanese, '9f8d8-111', (target) => target.replace('スクリプトであり', '「スクリプトであり'));
    assert.deepEqual(reportedUnits(quoteMismatch, text), ['9f8d8-111']);
  });

  test('Should find the four unpaired quotation marks that a real Polish article shipped with', () => {
    assert.deepEqual(reportedUnits(quoteMismatch, polish), ['d7758-138', 'd7758-255', 'd7758-358', 'd7758-375']);
  });

  test('Should find the 」 whose 「 a real Chinese (Taiwan) unit lost', () => {
    assert.deepEqual(
      reportedUnits(
        quoteMismatch,
        fixture('real/OfficeDocs-SkypeForBusiness-pr__ms.lync.lscp.VoiceFeaVacantNumEdit.md'),
      ),
      ['17486-120'],
    );
  });

  test('Should leave a unit alone when its source is unpaired too, as in a sentence split across units', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('vaikimisi', '"vaikimisi'));
    assert.deepEqual(reportedUnits(quoteMismatch, text), ['646d1-104']);
    const sourceToo = text.replace('>SSPR is enabled by default', '>"SSPR is enabled by default');
    assert.deepEqual(reportedUnits(quoteMismatch, sourceToo), []);
  });
});
