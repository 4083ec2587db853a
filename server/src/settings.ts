/**
 * `bilingualDocs.*` settings from the client, read as untrusted input: a bad value is reported and replaced by
 * its default rather than failing the document.
 */
import { readConfig } from './core/config';
import { KNOWN_RULE_CODES } from './core/rules';
import { DEFAULT_SETTINGS, type BilingualDocsSettings } from '../../shared/protocol';

/** Diagnostics never wait longer than this after a keystroke, whatever the setting says. */
const MAX_DIAGNOSTICS_DELAY = 10_000;

export interface SettingsReadResult {
  readonly settings: BilingualDocsSettings;
  readonly problems: readonly string[];
}

export function readSettings(input: unknown): SettingsReadResult {
  if (input === undefined || input === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { settings: DEFAULT_SETTINGS, problems: ['Settings "bilingualDocs": expected an object'] };
  }
  const rules = (input as { rules?: unknown }).rules;
  const { config, problems } = readConfig({ rules }, KNOWN_RULE_CODES, () => 'Setting "bilingualDocs.rules"');
  const words = readConfig({ words: (input as { words?: unknown }).words }, KNOWN_RULE_CODES, () => 'Setting "bilingualDocs.words"');
  const allProblems = [...problems, ...words.problems];
  const rawDelay = (input as { diagnosticsDelay?: unknown }).diagnosticsDelay;
  let diagnosticsDelay = DEFAULT_SETTINGS.diagnosticsDelay;
  if (typeof rawDelay === 'number' && Number.isFinite(rawDelay) && rawDelay >= 0) diagnosticsDelay = Math.min(rawDelay, MAX_DIAGNOSTICS_DELAY);
  else if (rawDelay !== undefined) allProblems.push(`Setting "bilingualDocs.diagnosticsDelay": expected a number of milliseconds, got ${JSON.stringify(rawDelay)}`);
  const rawWorkspaceDiagnostics = (input as { workspaceDiagnostics?: unknown }).workspaceDiagnostics;
  const workspaceDiagnostics = rawWorkspaceDiagnostics === true;
  if (rawWorkspaceDiagnostics !== undefined && typeof rawWorkspaceDiagnostics !== 'boolean') {
    const got = JSON.stringify(rawWorkspaceDiagnostics);
    allProblems.push(`Setting "bilingualDocs.workspaceDiagnostics": expected true or false, got ${got}`);
  }
  const settings = {
    rules: config.rules,
    diagnosticsDelay,
    ...(words.config.words ? { words: words.config.words } : {}),
    ...(workspaceDiagnostics ? { workspaceDiagnostics } : {}),
  };
  return { settings, problems: allProblems };
}
