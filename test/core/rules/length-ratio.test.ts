import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lengthRatio } from '../../../server/src/core/rules/translation/lengthRatio';
import { fixture, reportedUnits, runRule, withTarget } from './support';

const korean = fixture('real/powerShell-Docs__everything-about-switch.md');
const japanese = fixture('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md');

describe('length-ratio', () => {
  test('Should report a real Korean unit whose target lost all but its first words', () => {
    const text = withTarget(korean, 'caf4d-104', () => '다른 많은 언어처럼.');
    const checked = runRule(lengthRatio, text);
    assert.deepEqual(reportedUnits(lengthRatio, text), ['caf4d-104']);
    assert.equal(
      checked.findings[0]!.message,
      'The target of unit caf4d-104 is 0.10 times as long as its source (9 and 94 characters; 0.15 to 2 is usual for Korean targets).',
    );
  });

  test('Should report a target holding its text twice over and more', () => {
    const text = withTarget(korean, 'caf4d-104', (target) => target.repeat(5));
    assert.deepEqual(reportedUnits(lengthRatio, text), ['caf4d-104']);
  });

  test('Should accept the real Japanese and Korean articles, shorter than their sources as their scripts are', () => {
    assert.deepEqual(reportedUnits(lengthRatio, japanese), []);
    assert.deepEqual(reportedUnits(lengthRatio, korean), []);
  });
});
