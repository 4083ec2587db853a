import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { getLookupRanges } from '../../server/src/languageService/lookupRanges';
import { NEVER_CANCELLED } from '../../server/src/languageService/types';

describe('lookup ranges', () => {
  test("Should give the range of each unit's sxs-lookup half, with the version, and none for a unit without one", () => {
    const text = [
      '<span data-ttu-id="a1b2c-1">Üks</span><span class="sxs-lookup"><span data-stu-id="a1b2c-1">One</span></span>',
      '<span data-ttu-id="a1b2c-2">Kaks</span> and no lookup',
    ].join('\n');
    const result = getLookupRanges({ uri: 'file:///a.md', version: 7, model: parse(text) }, NEVER_CANCELLED);
    assert.deepEqual(result, {
      version: 7,
      ranges: [{ start: { line: 0, character: 38 }, end: { line: 0, character: 108 } }],
    });
    assert.equal(
      text.split('\n')[0]!.slice(38, 108),
      '<span class="sxs-lookup"><span data-stu-id="a1b2c-1">One</span></span>',
    );
  });

  test('Should stop when cancelled', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) =>
        `<span data-ttu-id="a1b2c-${i}">T</span><span class="sxs-lookup"><span data-stu-id="a1b2c-${i}">S</span></span>`,
    ).join('\n');
    assert.equal(
      getLookupRanges({ uri: 'file:///a.md', version: 1, model: parse(text) }, { isCancellationRequested: true }),
      null,
    );
  });
});
