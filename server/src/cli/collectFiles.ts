/** Turns the paths given on the command line into the Markdown files to check, in a stable order. */
import { readdirSync, realpathSync, statSync, Stats, type Dirent } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileErrorReason } from '../fileErrors';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface CollectedFile {
  /** The path as shown and as configuration is looked up by; bytes of a name that are not UTF-8 read `\xHH`. */
  readonly path: string;
  /** The path's bytes, when a name in it is not valid UTF-8 (so `path` cannot open it). */
  readonly rawPath?: Buffer;
  /** The path relative to the folder it was found in (`/` separators); a file given by itself: its name. */
  readonly relativePath: string;
  /** The folder given on the command line that holds it; a file given by itself: undefined. */
  readonly root?: string;
}

export interface CollectedFiles {
  readonly files: CollectedFile[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  readonly unreadable: { path: string; reason: string }[];
}

/** A path as shown, and its bytes when they are not the UTF-8 of what is shown. */
interface Place {
  readonly shown: string;
  readonly raw?: Buffer;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name's bytes as text: UTF-8 where they are UTF-8, `\xHH` for each byte that is not, so the name stays readable
 * and one line, and two different names never look the same.
 */
export function nameOf(bytes: Buffer): string {
  try {
    const text = strictUtf8.decode(bytes);
    if (!text.includes('\\x')) return text;
  } catch {
    // Decoded piece by piece below.
  }
  let text = '';
  let at = 0;
  while (at < bytes.length) {
    const length = validSequenceLength(bytes, at);
    if (length === 0) {
      text += `\\x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
      at++;
    } else {
      const piece = bytes.toString('utf8', at, at + length);
      text += piece === '\\' && bytes[at + 1] === 0x78 /* x */ ? '\\x5C' : piece;
      at += length;
    }
  }
  return text;
}

/** The length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0. */
function validSequenceLength(bytes: Buffer, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

function placeOf(path: string | Buffer): Place {
  if (typeof path === 'string') return { shown: path };
  const shown = nameOf(path);
  return Buffer.from(shown, 'utf8').equals(path) ? { shown } : { shown, raw: path };
}

function child(folder: Place, name: Buffer): Place {
  const shownName = nameOf(name);
  const shown = join(folder.shown, shownName);
  if (!folder.raw && Buffer.from(shownName, 'utf8').equals(name)) return { shown };
  return { shown, raw: Buffer.concat([folder.raw ?? Buffer.from(folder.shown, 'utf8'), Buffer.from(sep), name]) };
}

const fsPath = (place: Place): string | Buffer => place.raw ?? place.shown;

/** Names sort by the UTF-16 code units of how they are shown, the same on every machine and locale. */
function byName(a: { shownName: string }, b: { shownName: string }): number {
  return a.shownName < b.shownName ? -1 : a.shownName > b.shownName ? 1 : 0;
}

/** stat, with a failure other than "nothing there" given as its reason. */
function statOrReason(path: string | Buffer): Stats | undefined | { reason: string; code?: string } {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { reason: fileErrorReason(error), code: (error as NodeJS.ErrnoException).code };
  }
}

/**
 * The Markdown files under the paths given. Each real folder is walked once, however many links lead to it (a
 * link to a folder above would walk it again, or forever), and each real file is listed once. A path given by
 * itself is listed whatever it is; reading it says if it is not a regular file. Names that are not valid UTF-8
 * are read by their bytes.
 */
export function collectMarkdownFiles(paths: readonly (string | Buffer)[]): CollectedFiles {
  const files: CollectedFile[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  /** Real paths as one character per byte (latin1), so that names that are not UTF-8 stay apart. */
  const seenFiles = new Set<string>();
  const walkedFolders = new Set<string>();
  const add = (realPath: string, place: Place, relativePath: string, root?: string): void => {
    if (seenFiles.has(realPath)) return;
    seenFiles.add(realPath);
    files.push({
      path: place.shown,
      ...(place.raw ? { rawPath: place.raw } : {}),
      relativePath,
      ...(root === undefined ? {} : { root }),
    });
  };
  const reported = new Set<string>();
  const refuse = (path: string, reason: string): void => {
    if (!reported.has(path)) unreadable.push({ path, reason });
    reported.add(path);
  };
  const realPathOf = (place: Place): string | undefined => {
    try {
      // The native one: the JavaScript realpathSync turns a Buffer path into a string, losing bytes not UTF-8.
      return realpathSync.native(fsPath(place), { encoding: 'buffer' }).toString('latin1');
    } catch (error) {
      refuse(place.shown, fileErrorReason(error));
      return undefined;
    }
  };
  const walk = (root: string, folder: Place, realFolder: string, prefix: string): void => {
    if (walkedFolders.has(realFolder)) return;
    walkedFolders.add(realFolder);
    let entries: { entry: Dirent<Buffer>; shownName: string }[];
    try {
      const listed = readdirSync(fsPath(folder), { withFileTypes: true, encoding: 'buffer' });
      entries = listed.map((entry) => ({ entry, shownName: nameOf(entry.name) })).sort(byName);
    } catch (error) {
      refuse(folder.shown, fileErrorReason(error));
      return;
    }
    for (const { entry, shownName } of entries) {
      const place = child(folder, entry.name);
      const isMarkdown = /\.md$/i.test(shownName);
      if (entry.isSymbolicLink()) {
        const target = statOrReason(fsPath(place));
        if (target === undefined) continue; // a dangling link is not an article
        if (!(target instanceof Stats)) {
          // A link loop is a broken link, not an article, unless it is named like one; other failures may hide one.
          if (isMarkdown || target.code !== 'ELOOP') refuse(place.shown, target.reason);
        } else if (target.isDirectory()) {
          const real = SKIPPED_FOLDERS.has(shownName) ? undefined : realPathOf(place);
          if (real !== undefined) walk(root, place, real, `${prefix}${shownName}/`);
        } else if (isMarkdown) {
          const real = realPathOf(place);
          if (real !== undefined) add(real, place, `${prefix}${shownName}`, root);
        }
      } else if (entry.isDirectory()) {
        const real = `${realFolder}${sep}${entry.name.toString('latin1')}`;
        if (!SKIPPED_FOLDERS.has(shownName)) walk(root, place, real, `${prefix}${shownName}/`);
      } else if (isMarkdown) {
        // Not only regular files: a FIFO or a device named like an article is reported when it is read.
        add(`${realFolder}${sep}${entry.name.toString('latin1')}`, place, `${prefix}${shownName}`, root);
      }
    }
  };
  for (const path of paths) {
    const place = placeOf(path);
    const stats = statOrReason(fsPath(place));
    if (stats === undefined) {
      refuse(place.shown, 'no such file or folder');
    } else if (!(stats instanceof Stats)) {
      refuse(place.shown, stats.reason);
    } else {
      const real = realPathOf(place);
      if (real === undefined) continue;
      if (stats.isDirectory()) walk(place.shown, place, real, '');
      else add(real, place, basename(place.shown));
    }
  }
  return { files, unreadable };
}

export function displayPath(path: string, cwd: string = process.cwd()): string {
  const shown = relative(cwd, path);
  if (!shown || shown.startsWith('..')) return path;
  // Windows separators become `/`; elsewhere a backslash is a character of the name (and `\xHH` an escaped byte).
  return sep === '\\' ? shown.split('\\').join('/') : shown;
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path for a line of text output: control characters (a newline in a file name would split the line) written as
 * escapes. JSON and SARIF keep the exact name.
 */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
  return path.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (character) =>
    CONTROL_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
