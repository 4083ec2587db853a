import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TrieSpeller } from '../../server/src/core/spelling/trieSpeller';
import { HunspellSpeller, indexStems } from '../../server/src/core/spelling/hunspellSpeller';
import { workerDictionaryLoader } from '../../server/src/node/dictionaryFiles';
import { REPOSITORY_ROOT } from './support/documents';

const DICTIONARIES = join(REPOSITORY_ROOT, 'dist/dictionaries');
const WORKER = join(REPOSITORY_ROOT, 'dist/dictionaryWorker.js');
/** cspell's binary trie starts with this signature; a packed trie with `BDPTRIE1`. */
const BINARY_SIGNATURE = 'TrieBlob';

describe('the dictionary worker thread of the language server', () => {
  test('Should hand over a packed dictionary unpacked, in binary form, so this thread only decodes it', async () => {
    const bytes = await workerDictionaryLoader(DICTIONARIES, WORKER)('fi.ptrie.gz');

    // This thread never called unpackTrie: the binary form can only have come from the worker.
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 8)), BINARY_SIGNATURE);
    const speller = new TrieSpeller('fi', bytes, true);
    assert.equal(speller.isKnown('asetukset'), true);
    assert.equal(speller.isKnown('asetuksett'), false);
  });

  test('Should hand over a Hunspell dictionary read and indexed, so this thread only reads its affix rules', async () => {
    const load = workerDictionaryLoader(DICTIONARIES, WORKER);
    const prepared = await load.prepareHunspell!('el');

    assert.ok(prepared.dic.length > 1_000_000, 'the Greek word list, decoded');
    assert.match(prepared.aff, /^SFX /m);
    assert.deepEqual(prepared.table, indexStems(prepared.dic));
    const greek = new HunspellSpeller('el', prepared.aff, prepared.dic, prepared.table);
    assert.equal(greek.isKnown('ρυθμίσεις'), true);
    assert.equal(greek.isKnown('ρυθμίσειςς'), false);
    await assert.rejects(load.prepareHunspell!('xx'), /xx\.(aff|dic)\.gz/);
  });

  test('Should read a Hunspell file directly, and reject a missing or damaged dictionary with its name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bilingual-docs-dictionaries-'));
    try {
      const load = workerDictionaryLoader(DICTIONARIES, WORKER);
      const affix = new TextDecoder().decode(await load('et.aff.gz'));
      assert.match(affix, /^SFX /m);
      await assert.rejects(load('xx.ptrie.gz'), /xx\.ptrie\.gz/);

      writeFileSync(join(folder, 'de.ptrie.gz'), gzipSync('BDPTRIE1 but nothing of a trie after it'));
      await assert.rejects(workerDictionaryLoader(folder, WORKER)('de.ptrie.gz'), /damaged/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
