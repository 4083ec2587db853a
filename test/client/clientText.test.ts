import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { problemBreakdown, statusAccessibilityLabel, statusText } from '../../client/src/summaryText';
import { sourceMessage } from '../../client/src/commands/sourceMessage';
import { plainTextOf } from '../../client/src/preview/markdown';
import { RestartPolicy } from '../../client/src/restartPolicy';
import { summary } from './previewData';

describe('Status bar text', () => {
  test('Should read locale, translation type, units and problems', () => {
    assert.equal(statusText(summary()), 'et-EE · HT · 8 units · 0 problems');
  });

  test('Should use the singular for one unit and one problem', () => {
    const one = summary({
      unitCount: 1,
      problemCount: 1,
      problemsBySeverity: { error: 1, warning: 0, info: 0, hint: 0 },
    });
    assert.equal(statusText(one), 'et-EE · HT · 1 unit · 1 problem');
  });

  test('Should say when the locale is missing and leave out a missing translation type', () => {
    assert.equal(statusText(summary({ locale: null, translationType: null })), 'no locale · 8 units · 0 problems');
  });

  test('Should spell the summary out for screen readers', () => {
    const withProblems = summary({
      translationType: 'MT',
      problemCount: 3,
      problemsBySeverity: { error: 1, warning: 2, info: 0, hint: 0 },
    });
    assert.equal(
      statusAccessibilityLabel(withProblems),
      'Bilingual article, locale et-EE, machine translation, 8 units, 3 problems: 1 error, 2 warnings',
    );
    assert.equal(problemBreakdown(summary()), 'no problems');
  });
});

describe('Show Source of Unit at Cursor', () => {
  test('Should show the source’s words without Markdown or HTML', () => {
    assert.equal(
      sourceMessage(
        '646d1-103',
        'Click here to [Let users reset their own passwords](https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr).',
      ),
      'Source of 646d1-103: Click here to Let users reset their own passwords.',
    );
    assert.equal(
      plainTextOf('In **Assign licenses**,<br/>select `Plan 2` <a name="x"></a>![Licenses](media/l.png)'),
      'In Assign licenses, select Plan 2 Licenses',
    );
  });

  test('Should say when a unit has no source or an empty one', () => {
    assert.equal(
      sourceMessage('646d1-104', null),
      'Unit 646d1-104 has no English source: its sxs-lookup span is missing.',
    );
    assert.equal(sourceMessage('7ee7a-111', ''), 'The English source of unit 7ee7a-111 is empty.');
  });

  test('Should shorten a very long source so the notification shows it whole', () => {
    const message = sourceMessage('46270-p106', 'The denial-of-service attack occurs. '.repeat(40));
    assert.equal(message.length, 'Source of 46270-p106: '.length + 800 + 1);
    assert.ok(message.endsWith('…'));
  });
});

describe('Language server restarts', () => {
  test('Should restart and say so once, then restart quietly', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    assert.equal(policy.onConnectionClosed(), 'restart-and-tell');
    now = 10_000;
    assert.equal(policy.onConnectionClosed(), 'restart-quietly');
  });

  test('Should give up after five crashes within three minutes', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const decisions = [0, 1, 2, 3, 4].map((minute) => {
      now = minute * 30_000;
      return policy.onConnectionClosed();
    });
    assert.deepEqual(decisions, [
      'restart-and-tell',
      'restart-quietly',
      'restart-quietly',
      'restart-quietly',
      'give-up',
    ]);
  });

  test('Should keep restarting when crashes are far apart', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const decisions = [0, 1, 2, 3, 4, 5].map((step) => {
      now = step * 60_000;
      return policy.onConnectionClosed();
    });
    assert.deepEqual(decisions, [
      'restart-and-tell',
      'restart-quietly',
      'restart-quietly',
      'restart-quietly',
      'restart-quietly',
      'restart-quietly',
    ]);
  });
});
