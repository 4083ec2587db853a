/**
 * Reads an article from disk as an editor would hold it: UTF-8, a leading BOM dropped. A file that is not text
 * (NUL bytes) is refused with a reason; invalid UTF-8 is read with replacement characters and said so.
 */
import { readFileSync } from 'node:fs';

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
    return { kind: 'text', text: lenientUtf8.decode(bytes), warnings: ['not valid UTF-8; invalid bytes were read as U+FFFD'] };
  }
}

/**
 * Whether the bytes could hold bilingual markup at all: every unit, lookup and escaped unit tag names one of these
 * ASCII words, so a file without them needs no decoding or parsing.
 */
export function mayHoldMarkup(bytes: Buffer): boolean {
  return bytes.indexOf('data-ttu-id') >= 0 || bytes.indexOf('sxs-lookup') >= 0 || bytes.indexOf('data-stu-id') >= 0;
}

export function readArticleBytes(path: string): ArticleBytes {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { kind: 'unreadable', reason };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'bytes', bytes };
}

export function readArticle(path: string): ArticleRead {
  const read = readArticleBytes(path);
  return read.kind === 'bytes' ? decodeArticle(read.bytes) : read;
}
