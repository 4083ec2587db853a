import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../../../server/src/core/parse';
import { unitPairs } from '../../../server/src/core/rules/translation/unitText';
import { proseWords } from '../../../server/src/core/spelling/words';
import { rememberingSpeller } from '../../../server/src/core/spelling/rememberingSpeller';
import type { Speller } from '../../../server/src/core/spelling/speller';
import { fixturesRoot, readArticleText } from '../support/corpus';
import { testSpeller } from '../support/spellers';

/** The German speller, counting how often each question reaches the dictionary. */
function countedGerman(): { speller: Speller; asked: Map<string, number> } {
  const german = testSpeller('de')!;
  const asked = new Map<string, number>();
  const count = (question: string): void => void asked.set(question, (asked.get(question) ?? 0) + 1);
  return {
    asked,
    speller: {
      language: german.language,
      isKnown: (word) => (count(`known ${word}`), german.isKnown(word)),
      isKnownStart: (word) => (count(`start ${word}`), german.isKnownStart(word)),
      suggest: (word, limit) => german.suggest(word, limit),
    },
  };
}

describe('A speller that remembers its verdicts', () => {
  test('Should give the verdicts of its dictionary on a real article, asking the dictionary once per word', () => {
    const text = readArticleText(join(fixturesRoot, 'real/OfficeDocs-SkypeForBusiness__patients-audit.md'));
    const words = unitPairs(parse(text)).flatMap((pair) => proseWords(pair.target, pair.targetScan).map((w) => w.word));
    const { speller, asked } = countedGerman();
    const remembering = rememberingSpeller(speller);
    const german = testSpeller('de')!;

    for (const round of [1, 2]) {
      for (const word of words) {
        assert.equal(remembering.isKnown(word), german.isKnown(word), `${word} (round ${round})`);
        assert.equal(remembering.isKnownStart(word), german.isKnownStart(word), `${word} as a start (round ${round})`);
      }
    }
    assert.ok(words.length > 500 && new Set(words).size < words.length, 'the article repeats words');
    assert.deepEqual([...asked.values()].filter((times) => times > 1), []);
    assert.equal(asked.size, new Set(words).size * 2);
    assert.equal(remembering.language, 'de');
    assert.deepEqual(remembering.suggest('Gruppee', 3), german.suggest('Gruppee', 3));
  });
});
