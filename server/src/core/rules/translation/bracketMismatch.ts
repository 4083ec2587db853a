import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { LINK_MARK, type Prose } from './prose';
import { shift, targetLocation, unitName, unitPairs } from './unitText';

/**
 * Asides a translation may drop or spell out: a plural ending (`backup(s)`) and an abbreviation (`(BOM)`,
 * `(RFQs)`). They count in neither half, so that "bill of materials (BOM)" may be translated without it.
 */
const OPTIONAL_ASIDE = /^(?:e?s|[A-Z][A-Z0-9&]{1,7}s?)$/;

type Kind = 'round' | 'square' | 'curly';

const KINDS: readonly Kind[] = ['round', 'square', 'curly'];
const SHOWN: Readonly<Record<Kind, string>> = { round: '( )', square: '[ ]', curly: '{ }' };

function countsOf(kind: Kind, target: number, source: number): string {
  switch (kind) {
    case 'round':
      return l10n.t('the target has {0} round brackets {1}, the source {2}', target, SHOWN.round, source);
    case 'square':
      return l10n.t('the target has {0} square brackets {1}, the source {2}', target, SHOWN.square, source);
    case 'curly':
      return l10n.t('the target has {0} curly brackets {1}, the source {2}', target, SHOWN.curly, source);
  }
}
const ROUND = 0;
const SQUARE = 1;
const CURLY = 2;

/** The kind of an opening bracket (0 to 2), of a closing one (3 to 5), or -1. */
function bracketKind(code: number): number {
  switch (code) {
    case 0x28: case 0xff08: return ROUND;
    case 0x5b: case 0xff3b: return SQUARE;
    case 0x7b: case 0xff5b: return CURLY;
    case 0x29: case 0xff09: return 3 + ROUND;
    case 0x5d: case 0xff3d: return 3 + SQUARE;
    case 0x7d: case 0xff5d: return 3 + CURLY;
    default: return -1;
  }
}

interface Brackets {
  readonly counts: Readonly<Record<Kind, number>>;
  /** The prose offset of the first bracket without a partner, or -1. */
  readonly firstUnpaired: number;
}

/** One stack of open brackets per kind, shared by every reading (each runs to its end before the next starts). */
const openStacks: number[][] = [[], [], []];

/**
 * The brackets of a prose text, paired innermost first. A closing bracket pairs with the nearest open one of its
 * kind; the brackets of Markdown links (`[text](…)`, `[text][label]`), alerts and includes (`[!NOTE]`) are
 * syntax, not text, and do not count. A `)` after a digit or a single letter at the start of a list item
 * (`1)`, `a)`) has no opener on purpose. Each bracket is pushed and popped once, so pairing is linear.
 */
function readBrackets(prose: Prose): Brackets {
  const text = prose.text;
  if (!prose.hasBrackets) return NO_BRACKETS;
  const counts = [0, 0, 0];
  for (const stack of openStacks) stack.length = 0;
  let firstUnpaired = -1;
  const unpairedAt = (at: number): void => {
    if (firstUnpaired < 0 || at < firstUnpaired) firstUnpaired = at;
  };
  for (let i = 0; i < text.length; i++) {
    const kind = bracketKind(text.charCodeAt(i));
    if (kind < 0) continue;
    if (kind < 3) {
      openStacks[kind]!.push(i);
      counts[kind]!++;
      continue;
    }
    const closes = kind - 3;
    if (closes === ROUND && isEnumerator(text, i)) continue;
    counts[closes]!++;
    const opener = openStacks[closes]!.pop();
    if (opener === undefined) {
      unpairedAt(i);
      continue;
    }
    // Brackets of other kinds opened inside this pair and still open cross it: they have no partner.
    for (const stack of openStacks) {
      while (stack.length > 0 && stack[stack.length - 1]! > opener) unpairedAt(stack.pop()!);
    }
    if (closes === SQUARE && (text[i + 1] === LINK_MARK || text[opener + 1] === '!')) counts[SQUARE]! -= 2;
    else if (closes === ROUND && i - opener <= 10 && OPTIONAL_ASIDE.test(text.slice(opener + 1, i)))
      counts[ROUND]! -= 2;
  }
  for (const stack of openStacks) if (stack.length > 0) unpairedAt(stack[0]!);
  return { counts: { round: counts[ROUND]!, square: counts[SQUARE]!, curly: counts[CURLY]! }, firstUnpaired };
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
  docs: 'docs/rules/bracket-mismatch.md',
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
      if (!targetProse.hasBrackets && !pair.sourceProse.hasBrackets) continue;
      const target = targetProse.derived(readBrackets);
      const source = pair.sourceProse.derived(readBrackets);
      if (target === NO_BRACKETS && source === NO_BRACKETS) continue;
      const unit = pair.unit;
      if (target.firstUnpaired >= 0 && source.firstUnpaired < 0) {
        const at = targetProse.offsetOf(target.firstUnpaired);
        findings.push({
          message: l10n.t(
            'Unpaired bracket in {0}: "{1}" has no partner in the target, while the source\'s brackets pair up.',
            unitName(unit),
            pair.target[at]!,
          ),
          span: shift({ start: at, end: at + 1 }, unit.target.start),
          unitIndex: unit.index,
        });
        continue;
      }
      const differing = KINDS.filter((kind) => target.counts[kind] < source.counts[kind]);
      if (differing.length === 0 || target.firstUnpaired >= 0) continue;
      const parts = differing.map((kind) => countsOf(kind, target.counts[kind], source.counts[kind]));
      findings.push({
        message: l10n.t('Brackets differ in {0}: {1}.', unitName(unit), parts.join('; ')),
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};

const NO_BRACKETS: Brackets = { counts: { round: 0, square: 0, curly: 0 }, firstUnpaired: -1 };
