import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyTarget } from '../../../server/src/core/rules/translation/emptyTarget';
import { applyEdits, article, described, runRule, unit } from './support';

describe('empty-target', () => {
  test('Should report empty-target at the target tags when the target is empty and the source is not', () => {
    const checked = runRule(
      emptyTarget,
      article('et-EE', '', unit('646d1-104', '', 'SSPR is enabled by default for Admins.')),
    );
    assert.deepEqual(described(checked), [
      {
        message: 'The target of unit 646d1-104 is empty; the source is "SSPR is enabled by default for Admins.".',
        range: '6:0-6:37',
      },
    ]);
    assert.equal(checked.findings[0]!.unitIndex, 0);
  });

  test('Should report a target of only spaces and no-break space entities at the target text', () => {
    const checked = runRule(emptyTarget, article('et-EE', unit('646d1-106', '  &nbsp; ', 'For more information:')));
    assert.deepEqual(described(checked), [
      { message: 'The target of unit 646d1-106 is empty; the source is "For more information:".', range: '5:30-5:39' },
    ]);
  });

  test('Should offer to copy the source into the empty target, not as a fix-all, and change nothing else', () => {
    const text = article('et-EE', unit('646d1-104', ' ', 'SSPR is enabled by **default** for Admins.'));
    const [fix] = runRule(emptyTarget, text).findings[0]!.fixes!;
    assert.equal(fix!.title, 'Copy source to target');
    assert.equal(fix!.safe, false);
    assert.equal(
      applyEdits(text, fix!.edits),
      article(
        'et-EE',
        unit('646d1-104', 'SSPR is enabled by **default** for Admins.', 'SSPR is enabled by **default** for Admins.'),
      ),
    );
    assert.deepEqual(runRule(emptyTarget, applyEdits(text, fix!.edits)).findings, []);
  });

  test('Should not offer the copy when the target is never closed', () => {
    const text = article(
      'et-EE',
      '<span data-ttu-id="646d1-104"><span class="sxs-lookup"><span data-stu-id="646d1-104">SSPR is enabled.</span></span>',
    );
    for (const finding of runRule(emptyTarget, text).findings) assert.equal(finding.fixes, undefined);
  });

  test('Should not report a target that holds only markup, such as an anchor', () => {
    const checked = runRule(emptyTarget, article('ja-JP', unit('254ba-111', '<a name="__top"> </a>', 'Top of page')));
    assert.deepEqual(checked.findings, []);
  });

  test('Should not report a unit whose source is empty too, which empty-source reports', () => {
    const checked = runRule(emptyTarget, article('et-EE', unit('646d1-104', '', ' ')));
    assert.deepEqual(checked.findings, []);
  });

  test('Should not report translated units', () => {
    const checked = runRule(
      emptyTarget,
      article('et-EE', unit('646d1-104', 'SSPR on vaikimisi lubatud.', 'SSPR is enabled by default.')),
    );
    assert.deepEqual(checked.findings, []);
  });
});
