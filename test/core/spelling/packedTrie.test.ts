import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';
import { isPackedTrie, packTrie, unpackTrie } from '../../../server/src/core/spelling/packedTrie';
import { TrieSpeller } from '../../../server/src/core/spelling/trieSpeller';
import { dictionaryFolder } from '../support/spellers';
import { repositoryRoot } from '../support/corpus';

const requireFromRoot = createRequire(join(repositoryRoot, 'package.json'));

function packageFolder(packageName: string): string {
  return dirname(requireFromRoot.resolve(`${packageName}/cspell-ext.json`));
}

/** A cspell dictionary package's trie in cspell's binary form, as scripts/dictionaries.mjs makes it. */
function binaryTrie(packageName: string, file: string): Uint8Array {
  const bytes = readFileSync(join(packageFolder(packageName), file));
  const text = file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return encodeITrieToBTrie(decodeTrie(new Uint8Array(text)));
}

function nodesOf(binary: Uint8Array): Uint32Array {
  const view = new DataView(binary.buffer, binary.byteOffset, binary.byteLength);
  const offset = view.getUint32(20, true);
  return new Uint32Array(binary.slice(offset, offset + view.getUint32(24, true)).buffer);
}

/**
 * Walks two binary tries from their roots side by side and fails at the first node whose header, letters or
 * children differ; resolves to the number of nodes compared. Equal graphs are equal dictionaries, whatever the
 * order their nodes are stored in.
 */
function assertSameGraph(expected: Uint8Array, actual: Uint8Array): number {
  const [a, b] = [nodesOf(expected), nodesOf(actual)];
  const counterpart = new Map<number, number>([[0, 0]]);
  const pending = [0];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const other = counterpart.get(node)!;
    assert.equal(b[other], a[node], `the header of node ${node}`);
    for (let child = 1; child <= (a[node]! & 0xff); child++) {
      const [entry, otherEntry] = [a[node + child]!, b[other + child]!];
      assert.equal(otherEntry & 0xff, entry & 0xff, `a letter of node ${node}`);
      const known = counterpart.get(entry >>> 8);
      if (known === undefined) {
        counterpart.set(entry >>> 8, otherEntry >>> 8);
        pending.push(entry >>> 8);
      } else assert.equal(otherEntry >>> 8, known, `a child of node ${node} is another node`);
    }
  }
  assert.deepEqual(actual.subarray(0, 20), expected.subarray(0, 20));
  return counterpart.size;
}

describe('Packed tries (the form every trie dictionary ships in)', () => {
  const spanish = binaryTrie('@cspell/dict-es-es', 'Spanish.trie.gz');

  test('Should unpack to the very graph of the binary trie it was packed from, and pack again to the same bytes', () => {
    const packed = packTrie(spanish);
    assert.ok(isPackedTrie(packed));
    const unpacked = unpackTrie(packed);
    assert.ok(assertSameGraph(spanish, unpacked) > 50_000);
    assert.deepEqual(packTrie(unpacked), packed);
    // Small enough to ship: the issue's .vsix budget is why this form exists.
    assert.ok(packed.length < spanish.length, `${packed.length} bytes packed, ${spanish.length} in binary form`);
  });

  test('Should be what the build shipped: the packed trie in dist/dictionaries is the package trie packed', () => {
    const shipped = new Uint8Array(gunzipSync(readFileSync(join(dictionaryFolder, 'es.ptrie.gz'))));
    assert.deepEqual(shipped, packTrie(spanish));
    const speller = new TrieSpeller('es', unpackTrie(shipped));
    assert.equal(speller.isKnown('configuración'), true);
    assert.equal(speller.isKnown('configuracion'), false);
    assert.ok(speller.suggest('configuracion', 5).includes('configuración'));
  });

  test("Should keep the bytes around the nodes as they are: a trie's string table of shared prefixes", () => {
    const text = gunzipSync(readFileSync(join(packageFolder('@cspell/dict-vi-vn'), 'vi.trie.gz')));
    const withPrefixes = encodeITrieToBTrie(decodeTrie(new Uint8Array(text)), { optimize: true, useStringTable: true });
    const view = new DataView(withPrefixes.buffer, withPrefixes.byteOffset, withPrefixes.byteLength);
    const nodesEnd = view.getUint32(20, true) + view.getUint32(24, true);
    assert.ok(withPrefixes.length > nodesEnd + 50, 'the binary trie has a string table after its nodes');

    const unpacked = unpackTrie(packTrie(withPrefixes));
    assertSameGraph(withPrefixes, unpacked);
    assert.deepEqual(unpacked.subarray(nodesEnd), withPrefixes.subarray(nodesEnd));
    const speller = new TrieSpeller('vi', unpacked);
    assert.equal(speller.isKnown('người'), true);
    assert.equal(speller.isKnown('ngườii'), false);
  });

  test('Should refuse a damaged packed trie with a clear message, however it is cut or changed', () => {
    const packed = packTrie(binaryTrie('@cspell/dict-vi-vn', 'vi.trie.gz'));
    assert.throws(() => unpackTrie(new TextEncoder().encode('TrieBlob, not packed')), /not a packed trie/);
    for (const length of [8, 20, 40, packed.length >> 1, packed.length - 1]) {
      assert.throws(() => unpackTrie(packed.subarray(0, length)), /damaged|not a packed trie/, `cut at ${length}`);
    }
    // Every byte of the streams changed in turn: an error or another trie, never a hang or a write out of bounds.
    const streamsStart = packed.length - 4_000;
    for (let at = streamsStart; at < packed.length; at += 7) {
      const changed = packed.slice();
      changed[at] = changed[at]! ^ 0xff;
      try {
        unpackTrie(changed);
      } catch (error) {
        assert.match((error as Error).message, /damaged/);
      }
    }
    assert.throws(() => packTrie(new TextEncoder().encode('#!/usr/bin/env cspell-trie reader')), /binary trie/);
  });
});
