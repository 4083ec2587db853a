import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatedWord } from '../../../server/src/core/rules/translation/repeatedWord';
import { applyEdits, fixture, reportedUnits, runRule, spanText, withTarget } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');

describe('repeated-word', () => {
  test('Should report a word doubled in a real Estonian unit, on that unit, and remove it with its fix', () => {
    const text = withTarget(estonian, '646d1-104', (target) => target.replace('vaikimisi', 'vaikimisi vaikimisi'));
    const checked = runRule(repeatedWord, text);
    assert.deepEqual(reportedUnits(repeatedWord, text), ['646d1-104']);
    assert.equal(
      checked.findings[0]!.message,
      'Repeated word in unit 646d1-104: "vaikimisi" twice in a row, which the source does not have.',
    );
    assert.equal(spanText(checked), 'vaikimisi');
    assert.equal(applyEdits(text, checked.findings[0]!.fixes![0]!.edits), estonian);
  });

  test('Should find a doubled Japanese word, which has no spaces around it, with the word segmenter', () => {
    const text = withTarget(japanese, '9f8d8-111', (target) => target.replace('スクリプトであり', 'スクリプトスクリプトであり'));
    assert.deepEqual(reportedUnits(repeatedWord, text), ['9f8d8-111']);
    assert.equal(spanText(runRule(repeatedWord, text)), 'スクリプト');
  });

  test('Should not throw on a malformed locale in the front matter, and segment as English there', () => {
    const text = withTarget(japanese, '9f8d8-111', (target) => target.replace('スクリプトであり', 'スクリプトスクリプトであり'))
      .replace('ms.contentlocale: ja-JP', 'ms.contentlocale: "A  "');
    assert.doesNotThrow(() => runRule(repeatedWord, text));
  });

  test('Should still find a doubled Japanese word after a run of a thousand ideographs, read piece by piece', () => {
    const ideographs = Array.from({ length: 1000 }, (_, index) => String.fromCharCode(0x4e00 + index)).join('');
    const text = withTarget(
      japanese,
      '9f8d8-111',
      (target) => `${ideographs}${target.replace('スクリプトであり', 'スクリプトスクリプトであり')}`,
    );
    assert.deepEqual(runRule(repeatedWord, text).findings.map((finding) => finding.message), [
      'Repeated word in unit 9f8d8-111: "スクリプト" twice in a row, which the source does not have.',
    ]);
  });

  test('Should find the doubled "Stamm" that a real German translation shipped with', () => {
    assert.deepEqual(reportedUnits(repeatedWord, fixture('real/OfficeDocs-SkypeForBusiness__mediation-server.md')), [
      '80241-133',
    ]);
  });

  test('Should not report a word repeated across a tag, as two phrases', () => {
    const text = withTarget(estonian, '646d1-104', (target) =>
      target.replace('vaikimisi', 'vaikimisi <strong>vaikimisi</strong>'),
    );
    assert.deepEqual(reportedUnits(repeatedWord, text), []);
  });

  test('Should not report a double that the source has too', () => {
    const text = withTarget(estonian, '646d1-109', (target) => `${target} Walla Walla`);
    const sourceToo = text.replace(
      'SSPR Troubleshooter</span></span>',
      'SSPR Troubleshooter Walla Walla</span></span>',
    );
    assert.deepEqual(reportedUnits(repeatedWord, text), ['646d1-109']);
    assert.deepEqual(reportedUnits(repeatedWord, sourceToo), []);
  });
});
