/**
 * The translation QA checks over the well-formed articles of the corpus: how many units each reports. Every kind of
 * finding counted here was read by hand and is explained on the rule's doc page ("On the corpus"); a change in a
 * count means a rule now reads real text differently, and the page must say why.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { ruleByCode } from '../../../server/src/core/rules';
import type { BilingualDocument } from '../../../server/src/core/model';
import { corpusFiles, hasSharedCorpus, readArticleText } from '../support/corpus';

/** Findings per rule over the shared corpus (73 articles, 24,002 units) and over the copies in test/fixtures. */
const EXPECTED: Readonly<Record<string, { readonly shared: number; readonly fixtures: number }>> = {
  'repeated-word': { shared: 9, fixtures: 2 },
  'bracket-mismatch': { shared: 16, fixtures: 0 },
  'quote-mismatch': { shared: 7, fixtures: 5 },
  'email-mismatch': { shared: 0, fixtures: 0 },
  'alphanumeric-mismatch': { shared: 165, fixtures: 26 },
  'end-punctuation': { shared: 23, fixtures: 5 },
  'length-ratio': { shared: 0, fixtures: 0 },
  'conflict-marker': { shared: 0, fixtures: 0 },
  // Each article alone, as the editor checks it; across the articles of a locale see consistency.test.ts.
  'inconsistent-target': { shared: 35, fixtures: 0 },
  'inconsistent-source': { shared: 91, fixtures: 3 },
};

const documents: BilingualDocument[] = corpusFiles()
  .filter((file) => !file.anomaly)
  .map((file) => parse(readArticleText(file.absolutePath)));

describe(`translation QA checks on the well-formed corpus (${documents.length} articles)`, () => {
  for (const [code, expected] of Object.entries(EXPECTED)) {
    test(`Should report ${hasSharedCorpus ? expected.shared : expected.fixtures} units with ${code}, each kind explained on its page`, () => {
      const rule = ruleByCode(code)!;
      let count = 0;
      for (const document of documents)
        count += rule.check(document, { locale: document.locale?.toLowerCase() }).length;
      assert.equal(count, hasSharedCorpus ? expected.shared : expected.fixtures);
    });
  }
});
