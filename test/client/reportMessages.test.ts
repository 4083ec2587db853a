import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOpenPlaceMessage } from '../../client/src/report/reportMessages';

describe('QA report page messages', () => {
  test('Should take a link to an article line from the page', () => {
    assert.ok(isOpenPlaceMessage({ type: 'open', uri: 'file:///repo/et-EE/a.md', line: 12 }));
  });

  test('Should refuse anything else the page could post', () => {
    const refused: unknown[] = [
      null,
      'open',
      { type: 'open', uri: 'file:///repo/a.md' },
      { type: 'open', uri: 'file:///repo/a.md', line: -1 },
      { type: 'open', uri: 'file:///repo/a.md', line: 1.5 },
      { type: 'open', uri: 42, line: 1 },
      { type: 'run', uri: 'file:///repo/a.md', line: 1 },
    ];
    for (const message of refused) assert.equal(isOpenPlaceMessage(message), false, JSON.stringify(message));
  });
});
