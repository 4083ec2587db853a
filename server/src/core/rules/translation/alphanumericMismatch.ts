import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { isWordCode, type Prose } from './prose';
import { spacedWordsOf } from './words';
import { targetLocation, unitName, unitPairs } from './unitText';

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isUpper(code) || isLower(code) || isDigitCode(code);
}

/** `1st`, `2nd`, `3rd`, `24th`: English ordinals, which translations write their own way. */
const ORDINAL = /^[0-9]+(?:st|nd|rd|th)$/;

/**
 * Whether a word of the source is a name a translation keeps: ASCII letters and digits only, and letters mixed with
 * digits (`IPv6`, `Win32`, `x64`), a capital inside it (`SharePoint`, `iPhone`) or two capitals or more (`PIN`,
 * `2FA`). Plain numbers are number-mismatch's.
 */
export function isAlphanumericName(word: string, shouted: boolean): boolean {
  let letters = 0;
  let digits = 0;
  let capitals = 0;
  let innerCapital = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isDigitCode(code)) digits++;
    else if (isUpper(code)) {
      capitals++;
      letters++;
      if (i > 0 && isLower(word.charCodeAt(i - 1))) innerCapital = true;
    } else if (isLower(code)) letters++;
    else return false;
  }
  if (letters === 0 || ORDINAL.test(word)) return false;
  if (digits > 0 || innerCapital) return true;
  if (capitals < 2 || LOCALIZED_ABBREVIATIONS.has(word)) return false;
  // A word in capitals only is an acronym when short; a longer one (`DESCRIPTION`), or any in a text written in
  // capitals (PowerShell help headings, SQL keywords), is an English word set in capitals, which is translated.
  return !shouted && (capitals < letters || letters <= 4) && !(capitals === letters && letters > 4);
}

/**
 * Abbreviations that Microsoft's style guides let translations spell out or replace with their own (`ID` →
 * `tunnus`, `US` → `США`, `BOM` → `stuklijst`), and the labels `NOTE` and `TIP`: the corpus has them localized in
 * most languages.
 */
const LOCALIZED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ID', 'IDs', 'US', 'USA', 'UK', 'EU', 'UI', 'IT', 'OS', 'OK', 'PC', 'PCs', 'TV', 'AM', 'PM', 'FAQ', 'FAQs', 'BOM',
  'BOMs', 'VAT', 'HR', 'DB', 'NOTE', 'TIP',
]);

/** Whether most words of a text with letters are written in capitals only. */
function isShouted(words: readonly { text: string }[]): boolean {
  let lettered = 0;
  let capitalsOnly = 0;
  for (const { text } of words) {
    let lower = false;
    let letter = false;
    for (let i = 0; i < text.length && !lower; i++) {
      const code = text.charCodeAt(i);
      lower = isLower(code) || (code >= 0x80 && text[i] !== text[i]!.toUpperCase());
      letter ||= lower || isUpper(code) || code >= 0x80;
    }
    if (!letter) continue;
    lettered++;
    if (!lower) capitalsOnly++;
  }
  return capitalsOnly * 2 > lettered;
}


const NO_NAMES: readonly string[] = [];

/** The names of a source text that its translation must keep, each once. */
function namesOf(prose: Prose): readonly string[] {
  if (!prose.mayHoldName) return NO_NAMES;
  const text = prose.text;
  let names: Set<string> | undefined;
  let shouted: boolean | undefined;
  // Runs of ASCII letters and digits; only a run with a capital after a letter or a digit beside a letter is cut
  // out of the text and looked at as a word.
  let start = -1;
  let candidate = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isUpper(code) || isLower(code) || isDigitCode(code)) {
      if (start < 0) {
        start = i;
        candidate = false;
      } else if (!candidate) {
        const before = text.charCodeAt(i - 1);
        candidate = isUpper(code) ? !isDigitCode(before) : isDigitCode(code) !== isDigitCode(before);
      }
      continue;
    }
    if (start >= 0 && candidate && !isWordCode(code)) {
      const word = text.slice(start, i);
      const capitalsOnly = isCapitalsOnly(word);
      if (isAlphanumericName(word, false) && (!capitalsOnly || !(shouted ??= isShouted(spacedWordsOf(text)))))
        (names ??= new Set()).add(word);
    }
    start = -1;
  }
  return names ? [...names] : NO_NAMES;
}

/** A word of capitals alone, without digits (`PIN`, not `IPV6`): an acronym, or a word set in capitals. */
function isCapitalsOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isUpper(word.charCodeAt(i))) return false;
  return true;
}

/** Whether the text holds the name where no ASCII letter or digit comes before it (any ending may follow). */
function holds(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === 0 || !isAsciiAlphanumeric(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/**
 * Whether the target writes the name: as it is, in other case (Turkish and German capitalise differently), without
 * the plural `s` of the source (`URLs` → `URL-id`), or with spaces between its digits and letters (`10GB` →
 * `10 GB`).
 */
function written(target: string, squeezed: () => string, name: string): boolean {
  if (holds(target, name)) return true;
  const lower = name.toLowerCase();
  if (holds(target.toLowerCase(), lower)) return true;
  const acronymPlural = name.length > 2 && name.endsWith('s') && isUpper(name.charCodeAt(name.length - 2));
  if (acronymPlural && holds(target, name.slice(0, -1))) return true;
  return holds(squeezed(), lower);
}

export const alphanumericMismatch: Rule = {
  code: 'alphanumeric-mismatch',
  docs: 'docs/rules/alphanumeric-mismatch.md',
  name: 'Name or code word missing',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose source holds a word that a translation keeps as it is and whose target does not hold ' +
    'it: letters with digits (`IPv6`, `Win32`, `2FA`), a capital inside the word (`SharePoint`, `PowerShell`, ' +
    '`iPhone`) or two capitals or more (`PIN`, `SQL`). The target may inflect it (`SharePointi`, `URL-id` for ' +
    '`URLs`), change its case or write spaces between digits and letters (`10 GB`); inline code and URLs are ' +
    'compared by their own rules. A lost product name, acronym or identifier is a lost fact, and a mistyped one ' +
    'sends readers searching for something that does not exist.',
  check(document) {
    const findings: Finding[] = [];
    for (const pair of unitPairs(document)) {
      if (!pair.sourceProse.mayHoldName) continue;
      const names = pair.sourceProse.derived(namesOf);
      if (names.length === 0) continue;
      const target = pair.targetProse.text;
      let squeezedTarget: string | undefined;
      const squeezed = (): string => (squeezedTarget ??= target.replace(/[\s\u00a0\u202f-]+/g, '').toLowerCase());
      const missing = names.filter((name) => !written(target, squeezed, name));
      if (missing.length === 0) continue;
      const unit = pair.unit;
      const first = missing.slice(0, 4).join(', ');
      const shown = missing.length > 4 ? l10n.t('{0} and {1} more', first, missing.length - 4) : first;
      findings.push({
        message: l10n.t('The target of {0} does not hold {1} of the source.', unitName(unit), shown),
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
