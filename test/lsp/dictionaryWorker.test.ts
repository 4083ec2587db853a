import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrieSpeller } from '../../server/src/core/spelling/trieSpeller';
import { workerDictionaryLoader } from '../../server/src/node/dictionaryFiles';
import { REPOSITORY_ROOT } from './support/documents';

const DICTIONARIES = join(REPOSITORY_ROOT, 'dist/dictionaries');
const WORKER = join(REPOSITORY_ROOT, 'dist/dictionaryWorker.js');
/** cspell's binary trie starts with this signature; its text form with `#!/usr/bin/env cspell-trie reader`. */
const BINARY_SIGNATURE = 'TrieBlob';

describe('the dictionary worker thread of the language server', () => {
  test('Should hand over a text-form dictionary in binary form, decoded off this thread, and cache it', async () => {
    const cacheBase = mkdtempSync(join(tmpdir(), 'bilingual-docs-dictionary-cache-'));
    try {
      const load = workerDictionaryLoader(DICTIONARIES, 'test', WORKER, cacheBase);
      let turnsWhileLoading = 0;
      let loading = true;
      const turn = (): void => {
        turnsWhileLoading++;
        if (loading) setImmediate(turn);
      };
      setImmediate(turn);
      const bytes = await load('uk.trie.gz');
      loading = false;

      assert.equal(new TextDecoder().decode(bytes.subarray(0, 8)), BINARY_SIGNATURE);
      const speller = new TrieSpeller('uk', bytes);
      assert.equal(speller.isKnown('налаштування'), true);
      assert.equal(speller.isKnown('налаштуваня'), false);
      // Decoding the text takes seconds: on this thread no turn of the event loop would come until it is done.
      assert.ok(turnsWhileLoading > 100, `the event loop turned ${turnsWhileLoading} times during the load`);

      const cached = join(cacheBase, 'bilingual-docs', 'dictionaries-test', 'uk.btrie');
      assert.ok(existsSync(cached));
      assert.deepEqual(new Uint8Array(readFileSync(cached)), bytes);
      assert.deepEqual(await workerDictionaryLoader(DICTIONARIES, 'test', WORKER, cacheBase)('uk.trie.gz'), bytes);
    } finally {
      rmSync(cacheBase, { recursive: true, force: true });
    }
  });

  test('Should read a dictionary shipped in binary form directly, and reject a missing one with its name', async () => {
    const load = workerDictionaryLoader(DICTIONARIES, 'test', WORKER, tmpdir());
    const bytes = await load('it.btrie.gz');
    assert.equal(new TrieSpeller('it', bytes).isKnown('impostazioni'), true);
    await assert.rejects(load('xx.trie.gz'), /xx\.trie\.gz/);
  });
});
