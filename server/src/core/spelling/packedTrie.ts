/**
 * The packed form of a cspell binary trie (`.ptrie`), in which every dictionary ships.
 *
 * A binary trie (cspell's `TrieBlob`) is a flat array of 32-bit words: a node's header (its child count, end-of-word
 * flag and prefix) followed by one word per child, `child index << 8 | letter byte`. Those absolute child indices are
 * what gzip cannot compress, so the binary form is 1.6 to 2.3 times the size of cspell's text form, while the text
 * form takes seconds to decode. The packed form keeps the binary trie's graph and writes it breadth-first: a child
 * seen for the first time is simply the next node, and only a node reached from several parents is referred to
 * again, by its rank among such nodes, most referred-to first (so the common endings get one-byte references).
 * Unpacking is one forward pass that rebuilds the binary trie with its nodes in that order (depth-first packs 1 to
 * 4% smaller but needs a path kept, and unpacked a third slower); everything of the binary file around the nodes
 * (header, string table) is kept byte for byte.
 *
 * Layout, all integers little-endian: the signature `BDPTRIE1`; the binary file's length, the byte offset and word
 * count of its nodes, the number of nodes reached from several parents, and the lengths of the three streams (u32
 * each); the binary file's bytes before and after its
 * nodes; then the streams: node headers (varints), child letters (bytes), child links (varints: 0 a new node, 1 a new
 * node reached again later followed by its rank, 2 + rank a node written before).
 */

const SIGNATURE = 'BDPTRIE1';
const BINARY_SIGNATURE = 'TrieBlob';
/** Where cspell's binary header keeps the byte offset and byte length of the nodes array. */
const NODES_OFFSET_FIELD = 20;
const NODES_LENGTH_FIELD = 24;
const FIELDS = 7;
const PREAMBLE_BYTES = SIGNATURE.length + FIELDS * 4;
const CHILD_COUNT_MASK = 0xff;
const LETTER_MASK = 0xff;
const CHILD_SHIFT = 8;
const NEW_NODE = 0;
const NEW_SHARED_NODE = 1;
const FIRST_REFERENCE = 2;

function hasSignature(bytes: Uint8Array, signature: string, at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let index = 0; index < signature.length; index++) {
    if (bytes[at + index] !== signature.charCodeAt(index)) return false;
  }
  return true;
}

/** Whether bytes are a packed trie (as against a cspell trie in either of its forms). */
export function isPackedTrie(bytes: Uint8Array): boolean {
  return hasSignature(bytes, SIGNATURE);
}

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  varint(value: number): void {
    this.reserve(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

function nodesOf(binary: Uint8Array): { offset: number; words: Uint32Array } {
  if (!hasSignature(binary, BINARY_SIGNATURE) || binary.length < NODES_LENGTH_FIELD + 4) {
    throw new Error('not a cspell binary trie');
  }
  const view = new DataView(binary.buffer, binary.byteOffset, binary.byteLength);
  const offset = view.getUint32(NODES_OFFSET_FIELD, true);
  const byteLength = view.getUint32(NODES_LENGTH_FIELD, true);
  if (offset % 4 !== 0 || byteLength % 4 !== 0 || offset + byteLength > binary.length) {
    throw new Error('the binary trie has no whole nodes array');
  }
  const words = new Uint32Array(byteLength / 4);
  for (let index = 0; index < words.length; index++) words[index] = view.getUint32(offset + index * 4, true);
  return { offset, words };
}

/**
 * The packed form of a cspell binary trie (what `encodeITrieToBTrie` writes, little-endian), every node of which a
 * path from the root reaches (as cspell writes them).
 */
export function packTrie(binary: Uint8Array): Uint8Array {
  const { offset, words } = nodesOf(binary);
  const referrals = new Map<number, number>();
  for (let at = 0; at < words.length; at += (words[at]! & CHILD_COUNT_MASK) + 1) {
    for (let child = 1; child <= (words[at]! & CHILD_COUNT_MASK); child++) {
      const node = words[at + child]! >>> CHILD_SHIFT;
      referrals.set(node, (referrals.get(node) ?? 0) + 1);
    }
  }
  // Breadth-first: the nodes in the order they are written are the order of the unpacked array, so unpacking is one
  // forward loop over it with no path to keep.
  const order = [0];
  const place = new Map<number, number>([[0, 0]]);
  for (let next = 0; next < order.length; next++) {
    const node = order[next]!;
    for (let child = 1; child <= (words[node]! & CHILD_COUNT_MASK); child++) {
      const target = words[node + child]! >>> CHILD_SHIFT;
      // The root is never a child (a trie has no cycles), which is why it needs no rank of its own.
      if (target === 0 || target >= words.length) throw new Error(`the binary trie refers to node ${target}`);
      if (!place.has(target)) {
        place.set(target, order.length);
        order.push(target);
      }
    }
  }
  // Ties ranked by place, not by index, so that packing an unpacked trie gives the same bytes again.
  const shared = [...referrals]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || place.get(a[0])! - place.get(b[0])!);
  const rank = new Map(shared.map(([node], index) => [node, index]));
  const headers = new ByteWriter();
  const letters = new ByteWriter();
  const links = new ByteWriter();
  // The second pass meets the nodes in the order the first one placed them: a child is new when its place is the
  // next one, and was written before when its place is lower.
  let writtenNodes = 1;
  headers.varint(words[0]!);
  for (const node of order) {
    for (let child = 1; child <= (words[node]! & CHILD_COUNT_MASK); child++) {
      const entry = words[node + child]!;
      const target = entry >>> CHILD_SHIFT;
      letters.byte(entry & LETTER_MASK);
      const targetRank = rank.get(target);
      if (place.get(target)! < writtenNodes) {
        links.varint(FIRST_REFERENCE + targetRank!);
        continue;
      }
      if (targetRank === undefined) links.byte(NEW_NODE);
      else {
        links.byte(NEW_SHARED_NODE);
        links.varint(targetRank);
      }
      writtenNodes++;
      headers.varint(words[target]!);
    }
  }
  if (order.length + letters.length !== words.length) throw new Error('the binary trie has nodes no word reaches');
  const end = offset + words.length * 4;
  const streams = [headers.written(), letters.written(), links.written()];
  const packed = new Uint8Array(
    PREAMBLE_BYTES + offset + (binary.length - end) + streams.reduce((sum, stream) => sum + stream.length, 0),
  );
  const view = new DataView(packed.buffer);
  for (let index = 0; index < SIGNATURE.length; index++) packed[index] = SIGNATURE.charCodeAt(index);
  const fields = [binary.length, offset, words.length, shared.length, ...streams.map((stream) => stream.length)];
  fields.forEach((field, index) => view.setUint32(SIGNATURE.length + index * 4, field, true));
  let at = PREAMBLE_BYTES;
  for (const part of [binary.subarray(0, offset), binary.subarray(end), ...streams]) {
    packed.set(part, at);
    at += part.length;
  }
  return packed;
}

const CORRUPT = 'the packed dictionary is damaged';

/** A position in the packed bytes, advanced by each read. */
interface Cursor {
  at: number;
}

/**
 * The varint at the cursor. Past the end of the bytes it reads zeros (a typed array gives undefined there), which
 * ends every loop; unpackTrie then finds its streams not read to their ends and says the file is damaged.
 */
function readVarint(bytes: Uint8Array, cursor: Cursor): number {
  const first = bytes[cursor.at++]! | 0;
  if (first < 0x80) return first;
  let value = first & 0x7f;
  for (let shift = 7; shift < 35; shift += 7) {
    const byte = bytes[cursor.at++]! | 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  return value;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The cspell binary trie a packed trie was made from (same words, same header and string table). */
export function unpackTrie(packed: Uint8Array): Uint8Array {
  if (!isPackedTrie(packed) || packed.length < PREAMBLE_BYTES) throw new Error('not a packed trie');
  // The nodes are written through a Uint32Array, which is as fast as it gets and uses the host's byte order.
  if (!LITTLE_ENDIAN) throw new Error('packed dictionaries need a little-endian processor');
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const field = (index: number): number => view.getUint32(SIGNATURE.length + index * 4, true);
  const [binaryLength, offset, wordCount, sharedCount, headerBytes, letterBytes, linkBytes] = [0, 1, 2, 3, 4, 5, 6]
    .map(field) as [number, number, number, number, number, number, number];
  const end = offset + wordCount * 4;
  const streamsAt = PREAMBLE_BYTES + offset + (binaryLength - end);
  // Every node took a header byte and every child a letter byte: larger counts are damage, not a dictionary.
  const plausible = wordCount <= headerBytes + letterBytes && sharedCount <= headerBytes;
  const whole = streamsAt + headerBytes + letterBytes + linkBytes === packed.length;
  if (!plausible || !whole || offset % 4 !== 0 || end > binaryLength) throw new Error(CORRUPT);
  const binary = new Uint8Array(binaryLength);
  binary.set(packed.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + offset), 0);
  binary.set(packed.subarray(PREAMBLE_BYTES + offset, streamsAt), end);
  const words = new Uint32Array(binary.buffer, offset, wordCount);
  const headerEnd = streamsAt + headerBytes;
  const letterEnd = headerEnd + letterBytes;
  const headers: Cursor = { at: streamsAt };
  const links: Cursor = { at: letterEnd };
  let letterAt = headerEnd;
  // Where each node reached from several parents went, by its rank; -1 until it is placed.
  const sharedAt = new Int32Array(sharedCount).fill(-1);
  words[0] = readVarint(packed, headers);
  let free = (words[0]! & CHILD_COUNT_MASK) + 1;
  // Each node's children are placed after every node placed before: the array fills in the order it is read.
  for (let node = 0; node < free; node += (words[node]! & CHILD_COUNT_MASK) + 1) {
    const children = words[node]! & CHILD_COUNT_MASK;
    for (let child = 1; child <= children; child++) {
      const letter = packed[letterAt++]! | 0;
      const link = readVarint(packed, links);
      let target: number;
      if (link >= FIRST_REFERENCE) {
        target = sharedAt[link - FIRST_REFERENCE] ?? -1;
        if (target < 0) throw new Error(CORRUPT);
      } else {
        target = free;
        const header = readVarint(packed, headers);
        free += (header & CHILD_COUNT_MASK) + 1;
        if (free > wordCount) throw new Error(CORRUPT);
        words[target] = header;
        if (link === NEW_SHARED_NODE) {
          const rank = readVarint(packed, links);
          if (rank >= sharedCount) throw new Error(CORRUPT);
          sharedAt[rank] = target;
        }
      }
      words[node + child] = target * (1 << CHILD_SHIFT) + letter;
    }
  }
  const allRead = headers.at === headerEnd && letterAt === letterEnd && links.at === packed.length;
  if (!allRead || free !== wordCount) throw new Error(CORRUPT);
  return binary;
}
