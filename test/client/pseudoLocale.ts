/**
 * VS Code's pseudo-locale `qps-ploc` for the client's bundle: every text wrapped in ［…］ with its vowels
 * accented, so words that did not go through localization stand out as plain English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PSEUDO_LOCALE = 'qps-ploc';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ń', s: 'ś', A: 'Á', E: 'É',
};

/** `Show unit {0}` → `［Śhów úńít {0}］`: visibly translated, placeholders kept. */
export function pseudo(english: string): string {
  const accented = english
    .split(/(\{\d+\})/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[aeiounsAE]/g, (letter) => ACCENTS[letter]!)))
    .join('');
  return `［${accented}］`;
}

/** The English bundle of the client, every text pseudo-localized. */
export function pseudoBundle(root: string): Record<string, string> {
  const english = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.json'), 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudo(text)]));
}

/** Where VS Code looks for the client's bundle when its display language is the pseudo-locale. */
export function writePseudoBundle(root: string): string {
  const path = join(root, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`);
  writeFileSync(path, JSON.stringify(pseudoBundle(root), null, 2) + '\n');
  return path;
}
