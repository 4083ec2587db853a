/** In-memory articles for the rule tests: built from lines, checked by one rule, with ranges as LSP positions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../server/src/core/parse';
import type { BilingualDocument, TextEdit } from '../../../server/src/core/model';
import type { Range } from '../../../server/src/core/lineIndex';
import type { Finding, Rule } from '../../../server/src/core/rules/rule';
import { Glossary } from '../../../server/src/core/glossary/glossary';
import { readGlossaryText } from '../../../server/src/core/glossary/read';
import { KNOWN_RULE_CODES } from '../../../server/src/core/rules';
import { fixturesRoot } from '../support/corpus';
import { testSpeller } from '../support/spellers';

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The front matter lines of a translated article (five lines: 0 to 4). */
export function frontMatter(locale = 'et-EE', translationType = 'HT'): string[] {
  return [
    '---',
    'title: Iseteeninduslik paroolilähtestus',
    `ms.contentlocale: ${locale}`,
    `ms.translationtype: ${translationType}`,
    '---',
  ];
}

/** An article: front matter for the locale, then the body lines (the first body line is line 5). */
export function article(locale: string, ...bodyLines: string[]): string {
  return joinLines(...frontMatter(locale), ...bodyLines);
}

export { unit } from '../support/markup';

export interface Checked {
  readonly document: BilingualDocument;
  readonly findings: readonly Finding[];
}

/**
 * Parses the text and runs one rule with the context the checker gives it: the lower-case locale, the locale's
 * dictionary when it has one, and the glossary compiled for the locale when one is given.
 */
export function runRule(rule: Rule, text: string, words?: readonly string[], glossary?: Glossary): Checked {
  const document = parse(text);
  const locale = document.locale?.toLowerCase();
  const speller = locale === undefined ? undefined : testSpeller(locale);
  const compiled = locale !== undefined ? glossary?.forLocale(locale) : undefined;
  return {
    document,
    findings: rule.check(document, {
      knownRuleCodes: KNOWN_RULE_CODES,
      locale,
      ...(speller ? { speller } : {}),
      ...(words ? { words } : {}),
      ...(compiled ? { glossary: compiled } : {}),
    }),
  };
}

/** A range as `line:character-line:character` (0-based), short enough to compare many at once. */
export function rangeText(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Each finding as its message and range, for one exact comparison. */
export function described(checked: Checked): { message: string; range: string }[] {
  return checked.findings.map((finding) => ({
    message: finding.message,
    range: rangeText(checked.document.lines.rangeOf(finding.span)),
  }));
}

/** The text a finding points at. */
export function spanText(checked: Checked, index = 0): string {
  const span = checked.findings[index]!.span;
  return checked.document.text.slice(span.start, span.end);
}

/** 1-based line numbers of the findings, as MANIFEST.tsv counts lines. */
export function findingLines(checked: Checked): number[] {
  return checked.findings.map((finding) => checked.document.lines.positionAt(finding.span.start).line + 1);
}

/** The ID of the unit each finding belongs to. */
export function findingUnitIds(checked: Checked): string[] {
  return checked.findings.map((finding) =>
    finding.unitIndex === undefined ? '' : checked.document.units[finding.unitIndex]!.id.value,
  );
}

/** Applies non-overlapping edits, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/** A real article from test/fixtures (`anomalies/…`, `real/…`, `seeds/…`), as an editor holds it. */
/** A glossary of test/fixtures/glossaries (or the text given), read as a configuration's glossaries are. */
export function glossaryFixture(
  name: string,
  text = readFileSync(join(fixturesRoot, 'glossaries', name), 'utf8'),
): Glossary {
  const read = readGlossaryText(name, text);
  if (read.problems.length > 0) throw new Error(read.problems.join('\n'));
  return new Glossary(read.entries);
}

/** The article with the target of one unit changed: `from` replaced by `to` there only (it must be there). */
export function withTargetEdit(text: string, unitId: string, from: string, to: string): string {
  const open = `<span data-ttu-id="${unitId}">`;
  const start = text.indexOf(open);
  const end = text.indexOf('</span><span class="sxs-lookup">', start);
  const at = text.indexOf(from, start);
  if (start === -1 || at === -1 || at > end) throw new Error(`"${from}" is not in the target of ${unitId}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function fixture(relativePath: string): string {
  const text = readFileSync(join(fixturesRoot, relativePath), 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A real article with one unit's target changed, as a translator's slip would change it: one fault injected into
 * real text, so a test can ask that it is found on that unit and nowhere else.
 */
export function withTarget(text: string, id: string, change: (target: string) => string): string {
  const document = parse(text);
  const unit = document.units.find((candidate) => candidate.id.value === id);
  if (!unit) throw new Error(`no unit ${id} in the article`);
  const target = text.slice(unit.target.start, unit.target.end);
  const changed = change(target);
  if (changed === target) throw new Error(`the change left unit ${id} as it was`);
  return text.slice(0, unit.target.start) + changed + text.slice(unit.target.end);
}

/** The IDs of the units a rule reports in an article, in order. */
export function reportedUnits(rule: Rule, text: string): string[] {
  return findingUnitIds(runRule(rule, text));
}
