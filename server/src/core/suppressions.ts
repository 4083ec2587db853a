/**
 * Inline suppressions: HTML comments in an article that switch rules off where a reviewer has judged a finding
 * to be fine, so the editor and CI agree on what is left to fix (docs/suppressions.md is the user's guide).
 *
 *   <!-- bilingual-docs-disable-file [CODE…] -->         the whole article
 *   <!-- bilingual-docs-disable [CODE…] -->              from here until a matching enable (or the end)
 *   <!-- bilingual-docs-enable [CODE…] -->               closes what disable opened (no codes: everything)
 *   <!-- bilingual-docs-disable-next-unit [CODE…] -->    the first unit after the comment
 *   <!-- bilingual-docs-disable-unit UNIT-ID [CODE…] --> every unit with that ID
 *   <!-- bilingual-docs-spelling-ignore WORD… -->         words the spelling rule accepts in this article
 *
 * No codes means every rule. A comment that cannot do what it says (an unknown directive or rule code, a unit ID
 * no unit has, a next-unit comment with no unit after it) is itself reported, as `suppression-invalid`, so a typo
 * never silently leaves a finding in place. Comments inside code or front matter are text, not directives.
 *
 * Cost: one `indexOf` pass over the text for the directive prefix, then a binary search per diagnostic.
 */
import type { BilingualDocument, TextSpan, Unit } from './model';
import { indexOfFirstSpanFrom, indexOfSpanAt, itself } from './spans';
import { closestName } from './closestName';
import { unitIndexOfProblem } from './unitLookup';

const DIRECTIVE_PREFIX = 'bilingual-docs-';
const ALL = '*';

type Directive = 'disable-file' | 'disable' | 'enable' | 'disable-next-unit' | 'disable-unit' | 'spelling-ignore';
const DIRECTIVES: ReadonlySet<string> = new Set<Directive>([
  'disable-file',
  'disable',
  'enable',
  'disable-next-unit',
  'disable-unit',
  'spelling-ignore',
]);

/** What a suppression comment is, once read. */
export interface SuppressionComment {
  readonly directive: Directive;
  /** The whole comment, `<!--` to `-->`. */
  readonly span: TextSpan;
  /** The known rule codes it names; empty for every rule. */
  readonly codes: readonly string[];
  /** For `disable-unit`: the unit ID it names. */
  readonly unitId?: string;
  /** For `spelling-ignore`: the words it accepts, as written. */
  readonly words?: readonly string[];
}

/** A suppression comment that does nothing, where, and why; the rule `suppression-invalid` words it. */
export type SuppressionProblem = { readonly span: TextSpan } & (
  | { readonly kind: 'unknown-directive'; readonly written: string }
  | { readonly kind: 'no-words' | 'no-unit-id' | 'no-next-unit' }
  | { readonly kind: 'unknown-code'; readonly written: string; readonly suggestion?: string }
  | { readonly kind: 'unknown-unit-id'; readonly unitId: string }
);

/** What `suppresses` needs to know of a diagnostic. */
export interface Suppressible {
  readonly code: string;
  readonly span: TextSpan;
  readonly unitIndex?: number;
}

export interface Suppressions {
  /** Rule codes disabled for the whole file, or `*` for all; their rules need not run at all. */
  readonly disabledInFile: ReadonlySet<string>;
  readonly problems: readonly SuppressionProblem[];
  /** Whether any directive applies at all; when not, there is nothing to filter. */
  readonly isEmpty: boolean;
  suppresses(diagnostic: Suppressible): boolean;
}

interface Token {
  readonly value: string;
  readonly span: TextSpan;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** The whitespace- or comma-separated words between `start` and `end`, with their places. */
function tokensOf(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    while (at < end && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 44)) at++;
    const tokenStart = at;
    while (at < end && !isSpace(text.charCodeAt(at)) && text.charCodeAt(at) !== 44) at++;
    if (at > tokenStart) tokens.push({ value: text.slice(tokenStart, at), span: { start: tokenStart, end: at } });
  }
  return tokens;
}

function inSpans(spans: readonly TextSpan[], offset: number): boolean {
  return indexOfSpanAt(spans, offset, itself) >= 0;
}

/** The first unit that starts at or after `offset`. */
function firstUnitFrom(units: readonly Unit[], offset: number): Unit | undefined {
  return units[indexOfFirstSpanFrom(units, offset, (unit) => unit.span)];
}


/**
 * Finds the suppression comments of an article, in document order, with what is wrong with them. Only comments
 * whose first word starts with `bilingual-docs-` are directives.
 */
export function readSuppressionComments(
  document: BilingualDocument,
  knownCodes: ReadonlySet<string>,
): { comments: SuppressionComment[]; problems: SuppressionProblem[] } {
  const { text } = document;
  const comments: SuppressionComment[] = [];
  const problems: SuppressionProblem[] = [];
  const bodyStart = document.frontMatter?.span.end ?? 0;
  const codeSpans = document.codeRegions.map((region) => region.span);
  let at = text.indexOf(DIRECTIVE_PREFIX, bodyStart);
  while (at >= 0) {
    let open = at;
    while (open > bodyStart && isSpace(text.charCodeAt(open - 1))) open--;
    if (open - 4 < bodyStart || !text.startsWith('<!--', open - 4) || inSpans(codeSpans, open - 4)) {
      at = text.indexOf(DIRECTIVE_PREFIX, at + DIRECTIVE_PREFIX.length);
      continue;
    }
    // The search for the end starts where the last one ended, so the text is read once.
    const close = text.indexOf('-->', at);
    if (close < 0) break;
    const span = { start: open - 4, end: close + 3 };
    const [first, ...rest] = tokensOf(text, at, close);
    const name = first!.value.slice(DIRECTIVE_PREFIX.length);
    if (!DIRECTIVES.has(name)) {
      problems.push({ kind: 'unknown-directive', written: first!.value, span: first!.span });
    } else if (name === 'spelling-ignore') {
      if (rest.length === 0) problems.push({ kind: 'no-words', span: first!.span });
      else comments.push({ directive: 'spelling-ignore', span, codes: [], words: rest.map((token) => token.value) });
    } else {
      const directive = name as Directive;
      let codeTokens = rest;
      let unitId: string | undefined;
      if (directive === 'disable-unit') {
        if (rest.length === 0) problems.push({ kind: 'no-unit-id', span: first!.span });
        else unitId = rest[0]!.value;
        codeTokens = rest.slice(1);
      }
      const codes: string[] = [];
      for (const token of codeTokens) {
        if (knownCodes.has(token.value)) {
          codes.push(token.value);
          continue;
        }
        const suggestion = closestName(token.value, knownCodes);
        const written = token.value;
        problems.push({ kind: 'unknown-code', written, ...(suggestion ? { suggestion } : {}), span: token.span });
      }
      // A comment that names only unknown codes must not fall back to suppressing every rule.
      if (codeTokens.length === 0 || codes.length > 0) {
        if (directive !== 'disable-unit' || unitId !== undefined)
          comments.push({ directive, span, codes, ...(unitId === undefined ? {} : { unitId }) });
      }
    }
    at = text.indexOf(DIRECTIVE_PREFIX, close + 3);
  }
  return { comments, problems };
}

/** The words that `spelling-ignore` comments of the article accept. */
export function spellingIgnoredWords(document: BilingualDocument): ReadonlySet<string> {
  const words = new Set<string>();
  if (!mayHoldSuppressions(document.text)) return words;
  for (const comment of readSuppressionComments(document, NO_CODES).comments)
    for (const word of comment.words ?? []) words.add(word);
  return words;
}

const NO_CODES: ReadonlySet<string> = new Set();

/** Whether the text could hold a suppression comment at all: false means none applies, without reading further. */
export function mayHoldSuppressions(text: string): boolean {
  return text.indexOf(DIRECTIVE_PREFIX) >= 0;
}

const NO_SUPPRESSIONS: Suppressions = {
  disabledInFile: new Set(),
  problems: [],
  isEmpty: true,
  suppresses: () => false,
};

/** Reads the suppression comments of an article into a fast test for each diagnostic. */
export function readSuppressions(document: BilingualDocument, knownCodes: ReadonlySet<string>): Suppressions {
  if (!mayHoldSuppressions(document.text)) return NO_SUPPRESSIONS;
  const { comments, problems } = readSuppressionComments(document, knownCodes);
  if (comments.length === 0) return { ...NO_SUPPRESSIONS, problems };

  const disabledInFile = new Set<string>();
  /** Per code (or `*`): the sorted, disjoint ranges where it is disabled. */
  const ranges = new Map<string, TextSpan[]>();
  const openSince = new Map<string, number>();
  /** Per unit index: the codes (or `*`) disabled on it. */
  const byUnit = new Map<number, Set<string>>();
  let unitsById: Map<string, Unit[]> | undefined;
  const units = document.units;

  const disableOnUnit = (unit: Unit, codes: readonly string[]): void => {
    let set = byUnit.get(unit.index);
    if (!set) byUnit.set(unit.index, (set = new Set()));
    for (const code of codes.length === 0 ? [ALL] : codes) set.add(code);
  };
  const closeRange = (key: string, end: number): void => {
    const start = openSince.get(key);
    if (start === undefined) return;
    openSince.delete(key);
    let list = ranges.get(key);
    if (!list) ranges.set(key, (list = []));
    list.push({ start, end });
  };

  for (const comment of comments) {
    const keys = comment.codes.length === 0 ? [ALL] : comment.codes;
    switch (comment.directive) {
      case 'disable-file':
        for (const key of keys) disabledInFile.add(key);
        break;
      case 'spelling-ignore':
        break;
      case 'disable':
        for (const key of keys) if (!openSince.has(key)) openSince.set(key, comment.span.end);
        break;
      case 'enable':
        for (const key of comment.codes.length === 0 ? [...openSince.keys()] : keys)
          closeRange(key, comment.span.start);
        break;
      case 'disable-next-unit': {
        const unit = firstUnitFrom(units, comment.span.end);
        if (unit) disableOnUnit(unit, comment.codes);
        else problems.push({ kind: 'no-next-unit', span: comment.span });
        break;
      }
      case 'disable-unit': {
        if (!unitsById) {
          unitsById = new Map();
          for (const unit of units) {
            const list = unitsById.get(unit.id.value);
            if (list) list.push(unit);
            else unitsById.set(unit.id.value, [unit]);
          }
        }
        const named = unitsById.get(comment.unitId!);
        if (named) for (const unit of named) disableOnUnit(unit, comment.codes);
        else problems.push({ kind: 'unknown-unit-id', unitId: comment.unitId!, span: comment.span });
        break;
      }
    }
  }
  for (const key of [...openSince.keys()]) closeRange(key, document.text.length);
  problems.sort((a, b) => a.span.start - b.span.start);

  const inRange = (key: string, offset: number): boolean => {
    const list = ranges.get(key);
    return list !== undefined && inSpans(list, offset);
  };
  return {
    disabledInFile,
    problems,
    isEmpty: false,
    suppresses(diagnostic) {
      const { code } = diagnostic;
      if (disabledInFile.has(ALL) || disabledInFile.has(code)) return true;
      const offset = diagnostic.span.start;
      if (inRange(ALL, offset) || inRange(code, offset)) return true;
      if (byUnit.size === 0) return false;
      const unitIndex = unitIndexOfProblem(units, diagnostic);
      const onUnit = unitIndex === undefined ? undefined : byUnit.get(unitIndex);
      return onUnit !== undefined && (onUnit.has(ALL) || onUnit.has(code));
    },
  };
}
