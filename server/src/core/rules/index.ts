/** The rule catalog: every rule the editor and the CLI know, in the order their docs list them. */
import type { Rule } from './rule';
import { markupRules } from './markup';
import { translationRules } from './translation';
import { frontMatterRules } from './frontMatter';
import { consistencyRules } from './consistency';
import { glossaryRules } from './glossary';
import { suppressionRules } from './suppression';

export const RULES: readonly Rule[] = [
  ...markupRules,
  ...translationRules,
  ...consistencyRules,
  ...frontMatterRules,
  ...glossaryRules,
  ...suppressionRules,
];

const byCode = new Map(RULES.map((rule) => [rule.code, rule]));

export const KNOWN_RULE_CODES: ReadonlySet<string> = new Set(byCode.keys());

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}

/** Path of a rule's doc page inside the repository and the packaged extension, as the rule gives it. */
export function ruleDocPath(code: string): string | undefined {
  return byCode.get(code)?.docs;
}
