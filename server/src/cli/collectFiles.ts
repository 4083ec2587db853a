/** Turns the paths given on the command line into the Markdown files to check, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface CollectedFiles {
  readonly files: string[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  readonly unreadable: { path: string; reason: string }[];
}

export function collectMarkdownFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  const walk = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      unreadable.push({ path: folder, reason: (error as Error).message });
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue; // a dangling link is not an article
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(path);
      } else if (stats.isFile() && /\.md$/i.test(name)) {
        add(path);
      }
    }
  };
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) unreadable.push({ path, reason: 'no such file or folder' });
    else if (stats.isDirectory()) walk(path);
    else add(path);
  }
  return { files, unreadable };
}

export function displayPath(path: string, cwd: string = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown.split('\\').join('/') : path;
}
