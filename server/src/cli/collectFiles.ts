/** Turns the paths given on the command line into the Markdown files to check, in a stable order. */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join, relative } from 'node:path';

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

export function collectMarkdownFiles(paths: readonly string[]): CollectedFiles {
  const files: CollectedFile[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  /** Real paths of the linked folders walked, so a link to a folder above it cannot loop. */
  const linkedFolders = new Set<string>();
  const add = (path: string, relativePath: string, root?: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(root === undefined ? { path, relativePath } : { path, relativePath, root });
  };
  const walk = (root: string, folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort(byName);
    } catch (error) {
      unreadable.push({ path: folder, reason: (error as Error).message });
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = statSync(path, { throwIfNoEntry: false });
        if (!target) continue; // a dangling link is not an article
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        if (isDirectory) {
          const real = realpathSync(path);
          if (linkedFolders.has(real)) continue;
          linkedFolders.add(real);
        }
      }
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(root, path, `${prefix}${entry.name}/`);
      } else if (isFile && /\.md$/i.test(entry.name)) {
        add(path, `${prefix}${entry.name}`, root);
      }
    }
  };
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) unreadable.push({ path, reason: 'no such file or folder' });
    else if (stats.isDirectory()) walk(path, path, '');
    else add(path, basename(path));
  }
  return { files, unreadable };
}

export function displayPath(path: string, cwd: string = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown.split('\\').join('/') : path;
}
