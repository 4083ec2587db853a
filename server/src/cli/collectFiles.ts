/** Turns the paths given on the command line into the Markdown files to check, in a stable order. */
import { readdirSync, realpathSync, statSync, Stats, type Dirent } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileErrorReason } from '../fileErrors';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface CollectedFile {
  readonly path: string;
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

/** Names sort by UTF-16 code units, the same on every machine and locale. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** stat, with a failure other than "nothing there" given as its reason. */
function statOrReason(path: string): Stats | undefined | { reason: string; code?: string } {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { reason: fileErrorReason(error), code: (error as NodeJS.ErrnoException).code };
  }
}

/**
 * The Markdown files under the paths given. Each real folder is walked once, however many links lead to it (a
 * link to a folder above would walk it again, or forever), and each real file is listed once. A path given by
 * itself is listed whatever it is; reading it says if it is not a regular file.
 */
export function collectMarkdownFiles(paths: readonly string[]): CollectedFiles {
  const files: CollectedFile[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const seenFiles = new Set<string>();
  const walkedFolders = new Set<string>();
  const add = (realPath: string, path: string, relativePath: string, root?: string): void => {
    if (seenFiles.has(realPath)) return;
    seenFiles.add(realPath);
    files.push(root === undefined ? { path, relativePath } : { path, relativePath, root });
  };
  const reported = new Set<string>();
  const refuse = (path: string, reason: string): void => {
    if (!reported.has(path)) unreadable.push({ path, reason });
    reported.add(path);
  };
  const realPathOf = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch (error) {
      refuse(path, fileErrorReason(error));
      return undefined;
    }
  };
  const walk = (root: string, folder: string, realFolder: string, prefix: string): void => {
    if (walkedFolders.has(realFolder)) return;
    walkedFolders.add(realFolder);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort(byName);
    } catch (error) {
      refuse(folder, fileErrorReason(error));
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const isMarkdown = /\.md$/i.test(entry.name);
      if (entry.isSymbolicLink()) {
        const target = statOrReason(path);
        if (target === undefined) continue; // a dangling link is not an article
        if (!(target instanceof Stats)) {
          // A link loop is a broken link, not an article, unless it is named like one; other failures may hide one.
          if (isMarkdown || target.code !== 'ELOOP') refuse(path, target.reason);
        } else if (target.isDirectory()) {
          const real = SKIPPED_FOLDERS.has(entry.name) ? undefined : realPathOf(path);
          if (real !== undefined) walk(root, path, real, `${prefix}${entry.name}/`);
        } else if (isMarkdown) {
          const real = realPathOf(path);
          if (real !== undefined) add(real, path, `${prefix}${entry.name}`, root);
        }
      } else if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(root, path, join(realFolder, entry.name), `${prefix}${entry.name}/`);
      } else if (isMarkdown) {
        // Not only regular files: a FIFO or a device named like an article is reported when it is read.
        add(join(realFolder, entry.name), path, `${prefix}${entry.name}`, root);
      }
    }
  };
  for (const path of paths) {
    const stats = statOrReason(path);
    if (stats === undefined) {
      refuse(path, 'no such file or folder');
    } else if (!(stats instanceof Stats)) {
      refuse(path, stats.reason);
    } else {
      const real = realPathOf(path);
      if (real === undefined) continue;
      if (stats.isDirectory()) walk(path, path, real, '');
      else add(real, path, basename(path));
    }
  }
  return { files, unreadable };
}

export function displayPath(path: string, cwd: string = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown.split('\\').join('/') : path;
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path for a line of text output: control characters (a newline in a file name would split the line) written as
 * escapes. JSON and SARIF keep the exact name.
 */
export function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (character) =>
    CONTROL_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
