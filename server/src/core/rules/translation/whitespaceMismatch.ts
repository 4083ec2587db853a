import * as l10n from '@vscode/l10n';
import type { TextEdit } from '../../model';
import type { Finding, Rule } from '../rule';
import { isBlank, targetLocation, unitName, unitPairs } from './unitText';

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

function hasEdgeWhitespace(text: string): boolean {
  return text.length > 0 && (isWhitespace(text.charCodeAt(0)) || isWhitespace(text.charCodeAt(text.length - 1)));
}

function leadingWhitespace(text: string): string {
  let end = 0;
  while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** Counted from the end by hand: a `\s*$` expression is quadratic on long runs of spaces. */
function trailingWhitespace(text: string): string {
  let start = text.length;
  while (start > 0 && isWhitespace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/** A run of one whitespace character, as a message says it: "a space", "2 spaces". */
function run(char: string, count: number): string {
  switch (char) {
    case '\t':
      return count === 1 ? l10n.t('a tab') : l10n.t('{0} tabs', count);
    case '\n':
      return count === 1 ? l10n.t('a line break') : l10n.t('{0} line breaks', count);
    case '\r':
      return count === 1 ? l10n.t('a carriage return') : l10n.t('{0} carriage returns', count);
    case '\u00a0':
      return count === 1 ? l10n.t('a no-break space') : l10n.t('{0} no-break spaces', count);
    case '\u3000':
      return count === 1 ? l10n.t('a ideographic space') : l10n.t('{0} ideographic spaces', count);
    case '\u202f':
      return count === 1 ? l10n.t('a narrow no-break space') : l10n.t('{0} narrow no-break spaces', count);
    default:
      return count === 1 ? l10n.t('a space') : l10n.t('{0} spaces', count);
  }
}

/** "nothing", "a space", "2 spaces", "a tab and a space": whitespace made readable in a message. */
function describe(whitespace: string): string {
  if (whitespace === '') return l10n.t('nothing');
  const runs: string[] = [];
  let index = 0;
  while (index < whitespace.length) {
    const char = whitespace[index]!;
    let end = index + 1;
    while (end < whitespace.length && whitespace[end] === char) end++;
    runs.push(run(char, end - index));
    index = end;
  }
  if (runs.length > 3) return l10n.t('{0} whitespace characters', whitespace.length);
  return runs.reduce((described, next) => l10n.t('{0} and {1}', described, next));
}

/**
 * Chinese, Japanese and Korean put no spaces between sentences, so a target in those languages that drops the
 * spaces its source has at an edge (`Values grouped by range. ` → `値はレンジでグループ化されます。`) follows
 * its language and is not reported. Other differences (a line break, an added space) still are.
 */
const NO_SPACE_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);

function differs(target: string, source: string, dropsSpacesByLanguage: boolean): boolean {
  if (target === source) return false;
  return !(dropsSpacesByLanguage && target === '' && /^ +$/.test(source));
}

export const whitespaceMismatch: Rule = {
  code: 'whitespace-mismatch',
  docs: 'docs/rules/whitespace-mismatch.md',
  name: 'Edge whitespace differs',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target starts or ends with different whitespace than its source (spaces, tabs, line ' +
    'breaks, no-break spaces). The whitespace at the edges of a unit joins it to the text around it: a lost space ' +
    'glues the sentence to the next one, an extra one can turn a line into an indented code block or break a ' +
    'table cell. In Chinese, Japanese and Korean articles a target without the spaces its source has at an edge ' +
    'is not reported, as those languages put no spaces between sentences. The quick fix gives the target the ' +
    'source\'s edge whitespace and touches nothing else.',
  check(document, context) {
    const findings: Finding[] = [];
    const dropsSpaces = NO_SPACE_LANGUAGES.has(context.locale?.split('-')[0] ?? '');
    for (const { unit, target, source } of unitPairs(document)) {
      // Most units have no whitespace at either edge of either half: nothing can differ there.
      if (!hasEdgeWhitespace(target) && !hasEdgeWhitespace(source)) continue;
      if (isBlank(target) || isBlank(source)) continue;
      const targetLeading = leadingWhitespace(target);
      const sourceLeading = leadingWhitespace(source);
      const targetTrailing = trailingWhitespace(target);
      const sourceTrailing = trailingWhitespace(source);
      const edits: TextEdit[] = [];
      const parts: string[] = [];
      if (differs(targetLeading, sourceLeading, dropsSpaces)) {
        edits.push({
          span: { start: unit.target.start, end: unit.target.start + targetLeading.length },
          newText: sourceLeading,
        });
        parts.push(
          l10n.t('the source starts with {0}, the target with {1}', describe(sourceLeading), describe(targetLeading)),
        );
      }
      if (differs(targetTrailing, sourceTrailing, dropsSpaces)) {
        edits.push({
          span: { start: unit.target.end - targetTrailing.length, end: unit.target.end },
          newText: sourceTrailing,
        });
        parts.push(
          l10n.t('the source ends with {0}, the target with {1}', describe(sourceTrailing), describe(targetTrailing)),
        );
      }
      if (edits.length === 0) continue;
      findings.push({
        message: l10n.t('Edge whitespace differs in {0}: {1}.', unitName(unit), parts.join('; ')),
        span: targetLocation(unit),
        unitIndex: unit.index,
        fixes: [{ title: l10n.t('Use the source\'s edge whitespace'), edits, safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
