import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictMarker } from '../../../server/src/core/rules/markup/conflictMarker';
import { applyEdits, fixture, runRule, spanText } from './support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
const unitLine = estonian.split('\n').find((line) => line.includes('"646d1-104"'))!;

/** The Estonian seed with a conflict around the line of unit 646d1-104, as a bad merge leaves it. */
function conflicted(open = '<<<<<<< HEAD'): string {
  const theirs = unitLine.replace('administraatorite jaoks vaikimisi lubatud', 'vaikimisi lubatud administraatoritele');
  return estonian.replace(unitLine, `${open}\n${unitLine}\n=======\n${theirs}\n>>>>>>> l10n/et-ee`);
}

describe('conflict-marker', () => {
  test('Should report a conflict around a real unit on its <<<<<<< line', () => {
    const checked = runRule(conflictMarker, conflicted());
    assert.equal(checked.findings.length, 1);
    assert.equal(spanText(checked), '<<<<<<< HEAD');
    assert.match(
      checked.findings[0]!.message,
      /^A merge conflict was left in the file: this block runs from line \d+ to line \d+/,
    );
  });

  test('Should keep either version with its fixes, and the first gives back the article as it was', () => {
    const text = conflicted();
    const [keepFirst, keepSecond] = runRule(conflictMarker, text).findings[0]!.fixes!;
    assert.equal(keepFirst!.title, 'Keep the first version (HEAD)');
    assert.equal(keepSecond!.title, 'Keep the second version (l10n/et-ee)');
    assert.equal(applyEdits(text, keepFirst!.edits), estonian);
    assert.ok(applyEdits(text, keepSecond!.edits).includes('vaikimisi lubatud administraatoritele'));
  });

  test('Should report a marker alone and one without its closing line', () => {
    const checked = runRule(conflictMarker, estonian.replace(unitLine, `<<<<<<<\n${unitLine}`));
    assert.equal(
      checked.findings[0]!.message,
      'A merge conflict marker was left in the file: "<<<<<<<" has no closing ">>>>>>>" line.',
    );
  });

  test('Should not take heading underlines, longer markers or a conflict shown in a code block for one', () => {
    assert.deepEqual(
      runRule(conflictMarker, fixture('real/OfficeDocs-SkypeForBusiness-pr__view-guests.md')).findings,
      [],
    );
    assert.deepEqual(runRule(conflictMarker, conflicted('<<<<<<<< HEAD')).findings, []);
    const fenced = estonian.replace(
      unitLine,
      `${unitLine}\n\n\`\`\`text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n\`\`\``,
    );
    assert.deepEqual(runRule(conflictMarker, fenced).findings, []);
  });
});
