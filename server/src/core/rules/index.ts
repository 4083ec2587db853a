/** The rule catalog: every rule the editor and the CLI know, in the order their docs list them. */
import type { Rule } from './rule';
import { SUPPRESSION_INVALID } from '../suppressions';
import { markupRules } from './markup';
import { translationRules } from './translation';
import { frontMatterRules } from './frontMatter';
import { consistencyRules } from './consistency';
import { glossaryRules } from './glossary';

export const RULES: readonly Rule[] = [
  ...markupRules,
  ...translationRules,
  ...consistencyRules,
  ...frontMatterRules,
  ...glossaryRules,
];

const byCode = new Map(RULES.map((rule) => [rule.code, rule]));

export const KNOWN_RULE_CODES: ReadonlySet<string> = new Set(byCode.keys());

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}

/** Path of a rule's doc page inside the repository and the packaged extension. */
export function ruleDocPath(code: string): string {
  // A comment that suppresses nothing is reported by the suppression reader, not by a rule; its page is theirs.
  if (code === SUPPRESSION_INVALID.code) return 'docs/suppressions.md';
  return `docs/rules/${code}.md`;
}
