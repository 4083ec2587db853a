import type { Finding, Rule } from '../rule';
import { LINK_MARK, type Prose } from './prose';
import { shift, targetLocation, unitName, unitPairs } from './unitText';

/**
 * Asides a translation may drop or spell out: a plural ending (`backup(s)`) and an abbreviation (`(BOM)`,
 * `(RFQs)`). They count in neither half, so that "bill of materials (BOM)" may be translated without it.
 */
const OPTIONAL_ASIDE = /^(?:e?s|[A-Z][A-Z0-9&]{1,7}s?)$/;

type Kind = 'round' | 'square' | 'curly';

const OPENERS: Readonly<Record<string, Kind>> = {
  '(': 'round', '（': 'round', '[': 'square', '［': 'square', '{': 'curly', '｛': 'curly',
};
const CLOSERS: Readonly<Record<string, Kind>> = {
  ')': 'round', '）': 'round', ']': 'square', '］': 'square', '}': 'curly', '｝': 'curly',
};
const KINDS: readonly Kind[] = ['round', 'square', 'curly'];
const SHOWN: Readonly<Record<Kind, string>> = { round: '( )', square: '[ ]', curly: '{ }' };

interface Brackets {
  readonly counts: Record<Kind, number>;
  /** Prose offsets of brackets without a partner. */
  readonly unpaired: number[];
}

/**
 * The brackets of a prose text, paired innermost first. A closing bracket pairs with the nearest open one of its
 * kind; the brackets of Markdown links (`[text](…)`, `[text][label]`), alerts and includes (`[!NOTE]`) are
 * syntax, not text, and do not count. A `)` after a digit or a single letter at the start of a list item
 * (`1)`, `a)`) has no opener on purpose.
 */
function readBrackets(prose: Prose): Brackets {
  const text = prose.text;
  const counts: Record<Kind, number> = { round: 0, square: 0, curly: 0 };
  // One stack of open brackets per kind: each bracket is pushed and popped once, so pairing is linear.
  const open: Record<Kind, number[]> = { round: [], square: [], curly: [] };
  const unpaired: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const opens = OPENERS[char];
    if (opens) {
      open[opens].push(i);
      counts[opens]++;
      continue;
    }
    const closes = CLOSERS[char];
    if (!closes) continue;
    if (closes === 'round' && isEnumerator(text, i)) continue;
    counts[closes]++;
    const opener = open[closes].pop();
    if (opener === undefined) {
      unpaired.push(i);
      continue;
    }
    // Brackets of other kinds opened inside this pair and still open cross it: they have no partner.
    for (const kind of KINDS) {
      const stack = open[kind];
      while (stack.length > 0 && stack[stack.length - 1]! > opener) unpaired.push(stack.pop()!);
    }
    if (closes === 'square' && (text[i + 1] === LINK_MARK || text[opener + 1] === '!')) counts.square -= 2;
    else if (closes === 'round' && i - opener <= 10 && OPTIONAL_ASIDE.test(text.slice(opener + 1, i))) {
      counts.round -= 2;
    }
  }
  for (const kind of KINDS) unpaired.push(...open[kind]);
  unpaired.sort((a, b) => a - b);
  return { counts, unpaired };
}

/** `1)`, `a)`, `iv)` opening the text or a line: an item number, not a closed parenthesis. */
function isEnumerator(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 4 && /[0-9a-z]/.test(text[start - 1]!)) start--;
  if (start === at || at - start > 3) return false;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start === 0 || text[start - 1] === '\n';
}

export const bracketMismatch: Rule = {
  code: 'bracket-mismatch',
  name: 'Brackets unpaired',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target has a round, square or curly bracket without its partner while the source has ' +
    'none unpaired, or whose target holds fewer brackets of a kind than its source. Full-width ' +
    'brackets of Chinese and Japanese count as their ASCII kind; the brackets of Markdown links, alerts and ' +
    'includes, inline code, URLs, item numbers such as `1)`, plural endings such as `(s)` and abbreviations such ' +
    'as `(BOM)` do not count. A lost bracket leaves a parenthesis open to the end of the sentence; fewer brackets ' +
    'than the source mean a dropped aside or placeholder (a translation may add its own, such as a gloss).',
  check(document) {
    const findings: Finding[] = [];
    for (const pair of unitPairs(document)) {
      const targetProse = pair.targetProse;
      if (!hasBracket(targetProse.text) && !hasBracket(pair.sourceProse.text)) continue;
      const target = readBrackets(targetProse);
      const source = readBrackets(pair.sourceProse);
      const unit = pair.unit;
      if (target.unpaired.length > 0 && source.unpaired.length === 0) {
        const at = targetProse.offsets[target.unpaired[0]!]!;
        findings.push({
          message:
            `Unpaired bracket in ${unitName(unit)}: "${pair.target[at]}" has no partner in the target, ` +
            "while the source's brackets pair up.",
          span: shift({ start: at, end: at + 1 }, unit.target.start),
          unitIndex: unit.index,
        });
        continue;
      }
      const differing = KINDS.filter((kind) => target.counts[kind] < source.counts[kind]);
      if (differing.length === 0 || target.unpaired.length > 0) continue;
      const parts = differing.map(
        (kind) => `the target has ${target.counts[kind]} ${kind} brackets ${SHOWN[kind]}, the source ${source.counts[kind]}`,
      );
      findings.push({
        message: `Brackets differ in ${unitName(unit)}: ${parts.join('; ')}.`,
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};

const ANY_BRACKET = /[()[\]{}（）［］｛｝]/;

function hasBracket(text: string): boolean {
  return ANY_BRACKET.test(text);
}
