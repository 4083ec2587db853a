/**
 * `bilingualDocs.*` settings from the client, read as untrusted input: a bad value is reported and replaced by
 * its default rather than failing the document.
 */
import * as l10n from '@vscode/l10n';
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
    return { settings: DEFAULT_SETTINGS, problems: [l10n.t('Settings "{0}": expected an object', 'bilingualDocs')] };
  }
  const rules = (input as { rules?: unknown }).rules;
  const setting = (name: string) => (): string => l10n.t('Setting "{0}"', name);
  const { config, problems } = readConfig({ rules }, KNOWN_RULE_CODES, setting('bilingualDocs.rules'));
  const wordsInput = { words: (input as { words?: unknown }).words };
  const words = readConfig(wordsInput, KNOWN_RULE_CODES, setting('bilingualDocs.words'));
  const allProblems = [...problems, ...words.problems];
  const rawDelay = (input as { diagnosticsDelay?: unknown }).diagnosticsDelay;
  let diagnosticsDelay = DEFAULT_SETTINGS.diagnosticsDelay;
  if (typeof rawDelay === 'number' && Number.isFinite(rawDelay) && rawDelay >= 0)
    diagnosticsDelay = Math.min(rawDelay, MAX_DIAGNOSTICS_DELAY);
  else if (rawDelay !== undefined) {
    const given = JSON.stringify(rawDelay);
    const delay = setting('bilingualDocs.diagnosticsDelay')();
    allProblems.push(l10n.t('{0}: expected a number of milliseconds, got {1}', delay, given));
  }
  const rawWorkspaceDiagnostics = (input as { workspaceDiagnostics?: unknown }).workspaceDiagnostics;
  const workspaceDiagnostics = rawWorkspaceDiagnostics === true;
  if (rawWorkspaceDiagnostics !== undefined && typeof rawWorkspaceDiagnostics !== 'boolean') {
    const got = JSON.stringify(rawWorkspaceDiagnostics);
    allProblems.push(
      l10n.t('{0}: expected true or false, got {1}', setting('bilingualDocs.workspaceDiagnostics')(), got),
    );
  }
  const settings = {
    rules: config.rules,
    diagnosticsDelay,
    ...(words.config.words ? { words: words.config.words } : {}),
    ...(workspaceDiagnostics ? { workspaceDiagnostics } : {}),
  };
  return { settings, problems: allProblems };
}
