/**
 * `--shard I/N`: splits the files among the N jobs of a CI matrix. A file's shard comes from a hash of its path
 * relative to the checked folder, not from its place in the list, so adding or removing a file never moves the
 * others, and N jobs with the same arguments check every file exactly once wherever the repository is checked out.
 * `--shard-by locale` hashes the file's locale instead, so that a shard holds whole locales.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** Reads `I/N`; undefined when the text is not a shard. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** 32-bit FNV-1a over the UTF-16 code units of the text. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function isInShard(relativePath: string, shard: Shard): boolean {
  return fnv1a(relativePath) % shard.count === shard.index - 1;
}

/** Front matter comes first; its locale line is found within this many bytes of a real article. */
const HEAD_BYTES = 4096;
const LOCALE_LINE = /^ms\.contentlocale:[ \t]*["']?([A-Za-z0-9_-]+)/m;

/** The `ms.contentlocale` of a file's front matter, lower-case, read from its first bytes; undefined if none. */
export function localeOfFile(path: string): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(descriptor, head, 0, HEAD_BYTES, 0);
    return LOCALE_LINE.exec(head.subarray(0, length).toString('utf8'))?.[1]?.toLowerCase();
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
