/**
 * The real articles the tests read: the shared corpus beside the repository when it is there (CI, developers),
 * else the copies in test/fixtures (a user's clone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface CorpusFile {
  /** Path as in MANIFEST.tsv (`real/et-EE/…`). */
  readonly manifestPath: string;
  readonly absolutePath: string;
  readonly locale: string;
  readonly translationType: string;
  readonly units: number;
  readonly anomaly: string;
  readonly fileName: string;
}

/** The repository root, found upwards from the bundled test file (out/test/…), whatever its depth. */
function findRepositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'test/fixtures'))) {
    const parent = resolve(folder, '..');
    if (parent === folder) throw new Error(`no repository root above ${__dirname}`);
    folder = parent;
  }
  return folder;
}

export const repositoryRoot = findRepositoryRoot();
export const sharedCorpusRoot = resolve(repositoryRoot, '../shared/corpus');
export const fixturesRoot = join(repositoryRoot, 'test/fixtures');
export const hasSharedCorpus = existsSync(join(sharedCorpusRoot, 'MANIFEST.tsv'));

function fixturePathFor(manifestPath: string): string {
  const name = basename(manifestPath);
  if (manifestPath.startsWith('real-anomalies/')) return join(fixturesRoot, 'anomalies', name);
  if (manifestPath.startsWith('seeds/')) return join(fixturesRoot, 'seeds', name);
  return join(fixturesRoot, 'real', name);
}

/** Every manifest row whose file can be read here. */
export function corpusFiles(): CorpusFile[] {
  const manifest = readFileSync(
    hasSharedCorpus ? join(sharedCorpusRoot, 'MANIFEST.tsv') : join(fixturesRoot, 'MANIFEST.tsv'),
    'utf8',
  );
  const rows = manifest.trim().split('\n').slice(1);
  const files: CorpusFile[] = [];
  for (const row of rows) {
    const [manifestPath, , , , locale, translationType, , units, , , anomaly] = row.split('\t');
    if (!manifestPath) continue;
    const absolutePath = hasSharedCorpus ? join(sharedCorpusRoot, manifestPath) : fixturePathFor(manifestPath);
    if (!existsSync(absolutePath)) continue;
    files.push({
      manifestPath,
      absolutePath,
      locale: locale ?? '',
      translationType: translationType ?? '',
      units: Number(units),
      anomaly: anomaly ?? '',
      fileName: basename(manifestPath),
    });
  }
  return files;
}

export function seedFiles(): string[] {
  const folder = hasSharedCorpus ? join(sharedCorpusRoot, 'seeds') : join(fixturesRoot, 'seeds');
  return ['et-EE__self-service-password-reset.md', 'fi-FI__self-service-password-reset.md'].map((name) =>
    join(folder, name),
  );
}

/** The article as an editor holds it: UTF-8 with a leading BOM dropped. */
export function readArticleText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
