/**
 * Reads an article from disk as an editor would hold it: UTF-8, a leading BOM dropped. A file that is not text
 * (NUL bytes) is refused with a reason; invalid UTF-8 is read with replacement characters and said so. Only a
 * regular file of at most MAX_ARTICLE_BYTES is read: a FIFO would wait forever and `/dev/zero` never ends.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { fileErrorReason } from '../fileErrors';

export type ArticleRead =
  | { readonly kind: 'text'; readonly text: string; readonly warnings: readonly string[] }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

export type ArticleBytes =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

const BINARY = 'binary file (it holds NUL bytes), not an article';

export function decodeArticle(bytes: Uint8Array): ArticleRead {
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'skipped', reason: BINARY };
  try {
    return { kind: 'text', text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    return {
      kind: 'text',
      text: lenientUtf8.decode(bytes),
      warnings: ['not valid UTF-8; invalid bytes were read as U+FFFD'],
    };
  }
}

/**
 * Whether the bytes could hold bilingual markup at all: every unit, lookup and escaped unit tag names one of these
 * ASCII words, so a file without them needs no decoding or parsing.
 */
export function mayHoldMarkup(bytes: Buffer): boolean {
  return bytes.indexOf('data-ttu-id') >= 0 || bytes.indexOf('sxs-lookup') >= 0 || bytes.indexOf('data-stu-id') >= 0;
}

/**
 * The largest file read: V8 cannot hold a longer string (2^29 - 24 UTF-16 code units), and no article comes near
 * it (the largest of the corpus is 1.3 MB).
 */
export const MAX_ARTICLE_BYTES = 512 * 1024 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'is a folder';
  if (stats.isFIFO()) return 'not a regular file (a FIFO), not read';
  if (stats.isCharacterDevice()) return 'not a regular file (a character device), not read';
  if (stats.isBlockDevice()) return 'not a regular file (a block device), not read';
  if (stats.isSocket()) return 'not a regular file (a socket), not read';
  return 'not a regular file, not read';
}

const MiB = 1024 * 1024;

export function readArticleBytes(path: string | Buffer): ArticleBytes {
  let descriptor: number;
  try {
    // Without O_NONBLOCK, opening a FIFO waits for a writer; the type is checked on the open file, so it cannot
    // change between the check and the read. (Windows has no such flag, nor FIFOs.)
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'unreadable', reason: fileErrorReason(error) };
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { kind: 'unreadable', reason: kindOf(stats) };
    if (stats.size > MAX_ARTICLE_BYTES) {
      const limit = `${MAX_ARTICLE_BYTES / MiB} MiB`;
      const reason = `too large to be an article (${stats.size} bytes; at most ${limit} are read), not read`;
      return { kind: 'unreadable', reason };
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    return { kind: 'unreadable', reason: fileErrorReason(error) };
  } finally {
    closeSync(descriptor);
  }
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'bytes', bytes };
}

/**
 * The first bytes of a regular file (at most `length`), or undefined for anything else or any failure: opened as
 * readArticleBytes opens a file, so a FIFO or a device is never waited on.
 */
export function readArticleStart(path: string | Buffer, length: number): Buffer | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(descriptor).isFile()) return undefined;
    const start = Buffer.alloc(length);
    return start.subarray(0, readSync(descriptor, start, 0, length, 0));
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

export function readArticle(path: string | Buffer): ArticleRead {
  const read = readArticleBytes(path);
  return read.kind === 'bytes' ? decodeArticle(read.bytes) : read;
}
