/**
 * Which link destinations of an article the preview may follow. An article is untrusted input: the preview never
 * gives a link a live `href`; a click asks the extension, which checks the destination here again before it opens
 * anything. Only web and mail links leave VS Code; relative links open files next to the article.
 */

export type LinkTarget =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'relative'; readonly path: string; readonly fragment: string }
  | { readonly kind: 'blocked'; readonly reason: string };

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Browsers drop ASCII tab and line breaks anywhere in a URL and ignore leading control characters and spaces, so
 * `java\tscript:` is `javascript:` to them; the scheme is read the way they read it.
 */
function schemeOf(destination: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
  const squeezed = destination.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  if (scheme) return scheme[1]!;
  // A colon before any `/`, `?` or `#` that does not make a valid scheme (`&#x6a;avascript:`, `1x:`) is suspect.
  const firstColon = squeezed.indexOf(':');
  if (firstColon >= 0 && !/[/?#]/.test(squeezed.slice(0, firstColon))) return squeezed.slice(0, firstColon);
  return null;
}

export function classifyLink(destination: string): LinkTarget {
  const trimmed = destination.trim();
  if (trimmed === '') return { kind: 'blocked', reason: 'empty link' };
  // eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
  if (/[\u0000-\u001f\u007f-\u009f]/.test(trimmed)) return { kind: 'blocked', reason: 'link with control characters' };
  const scheme = schemeOf(trimmed);
  if (scheme !== null) {
    if (!ALLOWED_SCHEMES.has(scheme)) return { kind: 'blocked', reason: `${scheme}: links are not followed` };
    return { kind: 'external', url: trimmed };
  }
  if (trimmed.startsWith('//')) return { kind: 'blocked', reason: 'protocol-relative links are not followed' };
  const hash = trimmed.indexOf('#');
  const path = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : '';
  return { kind: 'relative', path: path.replace(/\?.*$/, ''), fragment };
}

export function isFollowableLink(destination: string): boolean {
  return classifyLink(destination).kind !== 'blocked';
}

export type LinkedFile =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'refused'; readonly reason: string };

/** A path (`/` separated, as in a URI) with `.` and `..` worked out; `..` never climbs above the root. */
function normalizedPath(segments: readonly string[]): string {
  const kept: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') kept.pop();
    else kept.push(segment);
  }
  return `/${kept.join('/')}`;
}

function isInside(path: string, folder: string): boolean {
  const normalizedFolder = normalizedPath(folder.split('/'));
  return path === normalizedFolder || path.startsWith(normalizedFolder === '/' ? '/' : `${normalizedFolder}/`);
}

/**
 * The file a relative link of an article opens, given the article's path and the folders links may open files in
 * (the workspace folders): a link that climbs out of them (`../../../../etc/passwd`) is refused, with why. A
 * backslash counts as a separator too, as it does on Windows.
 */
export function linkedFile(articlePath: string, relativePath: string, allowedFolders: readonly string[]): LinkedFile {
  const articleFolder = articlePath.split('/').slice(0, -1);
  const path = normalizedPath([...articleFolder, ...relativePath.split(/[\\/]/)]);
  if (allowedFolders.some((folder) => isInside(path, folder))) return { kind: 'file', path };
  return { kind: 'refused', reason: 'it leads outside the workspace, and the preview opens only files inside it' };
}

/**
 * The path of an image the preview may load: relative to the article, without scheme, host or query. Remote
 * images are never fetched (they would tell a server who reads the article) and site-absolute paths name no file.
 */
export function localImagePath(source: string): string | null {
  const target = classifyLink(source);
  if (target.kind !== 'relative' || target.path === '' || target.path.startsWith('/')) return null;
  try {
    return decodeURIComponent(target.path);
  } catch {
    return target.path;
  }
}
