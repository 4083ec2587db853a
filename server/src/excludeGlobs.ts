/**
 * The `files.exclude` setting as VS Code writes it: glob patterns relative to a workspace folder, each switched
 * on by `true`. Patterns with a `when` clause (`{"when": "$(basename).ts"}`) depend on sibling files and are not
 * applied: a file they might hide stays in the index, which at worst shows a finding too many.
 *
 * The globs are matched without regular expressions, segment by segment with a table of what was tried, so a
 * pattern a user wrote (`**` many times over, `*a*a*a*b`) costs at most the product of the two lengths.
 */

type NameToken =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] }
  | { readonly kind: 'literal'; readonly char: string };

/** `**` as a whole segment: any number of folders. */
const GLOBSTAR = 'globstar';
type Segment = readonly NameToken[] | typeof GLOBSTAR;

/** More alternatives than this from `{a,b}` groups are not expanded further (the rest match nothing). */
const MAX_ALTERNATIVES = 64;

/** `a{b,c}d` as `abd` and `acd`; groups nest. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const results: string[] = [];
      for (let k = 0; k < bounds.length - 1 && results.length < MAX_ALTERNATIVES; k++) {
        const alternative = glob.slice(0, open) + glob.slice(bounds[k]! + 1, bounds[k + 1]) + glob.slice(i + 1);
        results.push(...expandBraces(alternative).slice(0, MAX_ALTERNATIVES - results.length));
      }
      return results;
    } else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  return [glob]; // an unclosed brace is a character like any other
}

function nameTokens(segment: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[' && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      let inside = segment.slice(i + 1, close);
      const negated = inside.startsWith('!') || inside.startsWith('^');
      if (negated) inside = inside.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < inside.length; k++) {
        if (inside[k + 1] === '-' && k + 2 < inside.length) {
          ranges.push([inside[k]!, inside[k + 2]!]);
          k += 2;
        } else ranges.push([inside[k]!, inside[k]!]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else tokens.push({ kind: 'literal', char });
  }
  return tokens;
}

function matchesChar(token: NameToken, char: string): boolean {
  switch (token.kind) {
    case 'any':
      return true;
    case 'literal':
      return token.char === char;
    case 'class':
      return token.ranges.some(([from, to]) => char >= from && char <= to) !== token.negated;
    case 'star':
      return false;
  }
}

/** Whether a file or folder name matches a segment's tokens: the classic wildcard walk, back to the last star. */
function matchesName(tokens: readonly NameToken[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      starAt = t++;
      resumeAt = n;
    } else if (token && matchesChar(token, name[n]!)) {
      t++;
      n++;
    } else if (starAt >= 0) {
      t = starAt + 1;
      n = ++resumeAt;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function compile(glob: string): Segment[] {
  return glob
    .replace(/^\.\//, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment === '**' ? GLOBSTAR : nameTokens(segment)));
}

/** Whether the path's names match the pattern's segments; each pair of positions is tried once. */
function matchesPath(pattern: readonly Segment[], names: readonly string[]): boolean {
  const tried = new Uint8Array((pattern.length + 1) * (names.length + 1));
  const match = (p: number, n: number): boolean => {
    if (p === pattern.length) return n === names.length;
    const cell = p * (names.length + 1) + n;
    if (tried[cell]) return tried[cell] === 2;
    const segment = pattern[p]!;
    const result =
      segment === GLOBSTAR
        ? match(p + 1, n) || (n < names.length && match(p, n + 1))
        : n < names.length && matchesName(segment, names[n]!) && match(p + 1, n + 1);
    tried[cell] = result ? 2 : 1;
    return result;
  };
  return match(0, 0);
}

export type ExcludeMatcher = (relativePath: string) => boolean;

export const EXCLUDES_NOTHING: ExcludeMatcher = () => false;

/**
 * Whether a path relative to its workspace folder (`docs/a.md`, no leading slash) is excluded: it or one of the
 * folders it is in matches a pattern switched on.
 */
export function excludeMatcher(setting: unknown): ExcludeMatcher {
  if (typeof setting !== 'object' || setting === null) return EXCLUDES_NOTHING;
  const patterns: Segment[][] = [];
  for (const [glob, value] of Object.entries(setting)) {
    if (value === true) for (const expanded of expandBraces(glob)) patterns.push(compile(expanded));
  }
  if (patterns.length === 0) return EXCLUDES_NOTHING;
  return (relativePath) => {
    const names = relativePath.split('/').filter((name) => name !== '');
    for (let length = names.length; length > 0; length--) {
      const prefix = names.slice(0, length);
      if (patterns.some((pattern) => matchesPath(pattern, prefix))) return true;
    }
    return false;
  };
}
