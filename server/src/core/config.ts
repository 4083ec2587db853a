/**
 * Configuration shared by the editor and the CLI, so both judge a file the same way. It comes from
 * `.bilingual-docs.json` (found from the checked folder upwards); in the editor, the `bilingualDocs.rules`
 * setting stands in for it where no such file applies.
 */
import type { SeverityOrOff } from './rules/rule';
import { closestName } from './closestName';
import type { Glossary } from './glossary/glossary';

export const CONFIG_FILE_NAME = '.bilingual-docs.json';

export interface BilingualDocsConfig {
  /** Severity per rule code; a rule not named keeps its default. */
  readonly rules: Readonly<Record<string, SeverityOrOff>>;
  /**
   * Words the spelling rule accepts, by lower-case locale (`et-ee`), language (`et`) or `*` for every locale.
   * Absent when no word list is configured.
   */
  readonly words?: Readonly<Record<string, readonly string[]>>;
  /** Glossary files as the config file names them, relative to it (`terms/et-EE.csv`). */
  readonly glossaries?: readonly string[];
  /** The glossary files read, once the host has read them (see `glossaries`). */
  readonly glossary?: Glossary;
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
  const words = readWords((input as { words?: unknown }).words, origin, problems);
  const glossaries = readGlossaryPaths((input as { glossaries?: unknown }).glossaries, origin, problems);
  return { config: { rules, ...(words ? { words } : {}), ...(glossaries ? { glossaries } : {}) }, problems };
}

/** `"glossaries": ["terms/product.tbx", "terms/et-EE.csv"]`: paths of glossary files relative to the config file. */
function readGlossaryPaths(input: unknown, origin: string, problems: string[]): string[] | undefined {
  if (input === undefined) return undefined;
  const isPath = (path: unknown): path is string => typeof path === 'string' && path.trim() !== '';
  if (!Array.isArray(input) || !input.every(isPath)) {
    problems.push(`${origin}: "glossaries" must be a list of glossary file paths (.tbx, .csv or .tsv)`);
    return Array.isArray(input) ? input.filter(isPath) : undefined;
  }
  return input;
}

/** `"words": {"*": ["Contoso"], "et-EE": ["pilveteenus"]}`: lists of words by locale; anything else is reported. */
function readWords(input: unknown, origin: string, problems: string[]): Record<string, string[]> | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(`${origin}: "words" must be an object of locale (or "*") to a list of words`);
    return undefined;
  }
  const words: Record<string, string[]> = {};
  for (const [locale, list] of Object.entries(input)) {
    if (!Array.isArray(list)) {
      problems.push(`${origin}: "words" of ${JSON.stringify(locale)} must be a list of words`);
      continue;
    }
    const isWord = (word: unknown): word is string => typeof word === 'string' && word.trim() !== '';
    const accepted = list.filter(isWord).map((word) => word.trim());
    if (accepted.length < list.length) {
      problems.push(`${origin}: "words" of ${JSON.stringify(locale)} holds entries that are not words; they are skipped`);
    }
    words[locale === '*' ? '*' : locale.toLowerCase()] = accepted;
  }
  return words;
}

/** The words a configuration accepts in an article of the locale: those for every locale, its language and itself. */
export function wordsForLocale(config: BilingualDocsConfig, locale: string | undefined): string[] {
  const words = config.words;
  if (!words) return [];
  const lower = locale?.toLowerCase();
  const language = lower?.split(/[-_]/)[0];
  const keys = new Set(['*', ...(language ? [language] : []), ...(lower ? [lower] : [])]);
  return [...keys].flatMap((key) => words[key] ?? []);
}

/** Layers configurations: later ones win rule by rule; word lists add up; the last glossary given applies. */
export function mergeConfigs(...configs: readonly BilingualDocsConfig[]): BilingualDocsConfig {
  const rules: Record<string, SeverityOrOff> = {};
  for (const config of configs) Object.assign(rules, config.rules);
  const glossary = [...configs].reverse().find((config) => config.glossary)?.glossary;
  return withWords({ rules, ...(glossary ? { glossary } : {}) }, configs);
}

/** Word lists add up rather than override: a personal list and the repository's both apply. */
export function withWords(config: BilingualDocsConfig, sources: readonly BilingualDocsConfig[]): BilingualDocsConfig {
  const words: Record<string, string[]> = {};
  for (const source of sources) {
    for (const [key, list] of Object.entries(source.words ?? {})) words[key] = [...(words[key] ?? []), ...list];
  }
  return Object.keys(words).length > 0 ? { ...config, words } : config;
}
