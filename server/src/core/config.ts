/**
 * Configuration shared by the editor and the CLI, so both judge a file the same way. It comes from
 * `.bilingual-docs.json` (found from the checked folder upwards); in the editor, the `bilingualDocs.rules`
 * setting stands in for it where no such file applies.
 */
import type { SeverityOrOff } from './rules/rule';
import { closestName } from './closestName';

export const CONFIG_FILE_NAME = '.bilingual-docs.json';

export interface BilingualDocsConfig {
  /** Severity per rule code; a rule not named keeps its default. */
  readonly rules: Readonly<Record<string, SeverityOrOff>>;
}

export const EMPTY_CONFIG: BilingualDocsConfig = { rules: {} };

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function isSeverityOrOff(value: unknown): value is SeverityOrOff {
  return typeof value === 'string' && SEVERITIES.has(value);
}

export interface ConfigReadResult {
  readonly config: BilingualDocsConfig;
  /** What was wrong with the input, each a sentence for the user; the rest of the input still applies. */
  readonly problems: readonly string[];
}

/** ` did you mean "x"?` when a known name is close to the unknown one, else nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const suggestion = closestName(name, known);
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}

/**
 * Reads a configuration object from untrusted JSON (a config file or editor settings). Unknown rule codes and
 * bad severities are reported and skipped rather than failing the whole file. `where` names the input in each
 * problem, at the rule code the problem is about when there is one (a file gives its line there).
 */
export function readConfig(
  input: unknown,
  knownCodes: ReadonlySet<string>,
  where: (ruleCode?: string) => string,
): ConfigReadResult {
  const origin = where();
  const problems: string[] = [];
  const rules: Record<string, SeverityOrOff> = {};
  if (input === undefined || input === null) return { config: { rules }, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: { rules }, problems: [`${origin}: expected an object`] };
  }
  const rawRules = (input as { rules?: unknown }).rules;
  if (rawRules !== undefined) {
    if (typeof rawRules !== 'object' || rawRules === null || Array.isArray(rawRules)) {
      problems.push(`${origin}: "rules" must be an object of rule code to severity`);
    } else {
      for (const [code, severity] of Object.entries(rawRules)) {
        if (!knownCodes.has(code)) {
          problems.push(`${where(code)}: unknown rule "${code}"${didYouMean(code, knownCodes)}`);
        } else if (!isSeverityOrOff(severity)) {
          const given = JSON.stringify(severity);
          problems.push(`${where(code)}: rule "${code}" has severity ${given}; use error, warning, info, hint or off`);
        }
        else rules[code] = severity;
      }
    }
  }
  return { config: { rules }, problems };
}

/** Layers configurations: later ones win rule by rule. */
export function mergeConfigs(...configs: readonly BilingualDocsConfig[]): BilingualDocsConfig {
  const rules: Record<string, SeverityOrOff> = {};
  for (const config of configs) Object.assign(rules, config.rules);
  return { rules };
}
