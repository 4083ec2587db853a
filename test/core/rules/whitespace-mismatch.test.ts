import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { whitespaceMismatch } from '../../../server/src/core/rules/translation/whitespaceMismatch';
import { applyEdits, article, described, runRule, unit } from './support';

describe('whitespace-mismatch', () => {
  test('Should report whitespace-mismatch when the target lost the trailing space of the source', () => {
    const checked = runRule(
      whitespaceMismatch,
      article('et-EE', unit('55398-p120', 'Voo kestus minutites.', 'Duration of stream in minutes. ')),
    );
    assert.deepEqual(described(checked), [
      {
        message: 'Edge whitespace differs in unit 55398-p120: the source ends with a space, the target with nothing.',
        range: '5:31-5:52',
      },
    ]);
  });

  test("Should fix both edges with the source's whitespace and change no other character", () => {
    const text = article('et-EE', unit('4e0ca-787', '  Sõnum\u00a0', 'Message\t'));
    const checked = runRule(whitespaceMismatch, text);
    assert.equal(
      checked.findings[0]!.message,
      'Edge whitespace differs in unit 4e0ca-787: the source starts with nothing, the target with 2 spaces; the source ends with a tab, the target with a no-break space.',
    );
    const fix = checked.findings[0]!.fixes![0]!;
    assert.equal(fix.safe, true);
    assert.equal(fix.title, "Use the source's edge whitespace");
    assert.equal(applyEdits(text, fix.edits), article('et-EE', unit('4e0ca-787', 'Sõnum\t', 'Message\t')));
  });

  test('Should accept a Japanese target without the spaces its source has at an edge, but report one it adds', () => {
    const dropped = runRule(
      whitespaceMismatch,
      article('ja-JP', unit('55398-p121', '秒単位のストリームのデュレーション。', 'Duration of stream in seconds. ')),
    );
    assert.deepEqual(dropped.findings, []);
    const added = runRule(whitespaceMismatch, article('ja-JP', unit('13466-335', ' 場所', 'Location')));
    assert.deepEqual(
      added.findings.map((finding) => finding.message),
      ['Edge whitespace differs in unit 13466-335: the source starts with nothing, the target with a space.'],
    );
  });

  test('Should not report blank targets or sources, which empty-target and empty-source report', () => {
    const checked = runRule(
      whitespaceMismatch,
      article('et-EE', unit('646d1-104', ' ', 'Text '), unit('646d1-105', 'Tekst ', '')),
    );
    assert.deepEqual(checked.findings, []);
  });
});
