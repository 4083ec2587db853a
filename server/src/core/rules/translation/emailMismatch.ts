import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { targetLocation, unitName, unitPairs } from './unitText';

/** Characters of the local part of an address as written in prose (RFC 5322's dot-atom, less the rare symbols). */
function isLocalCode(code: number): boolean {
  return isDomainCode(code) || code === 0x2e || code === 0x5f || code === 0x2b || code === 0x25;
}

function isDomainCode(code: number): boolean {
  const letterOrDigit =
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return letterOrDigit || code === 0x2d;
}

/**
 * The e-mail addresses of a text: read outwards from each `@`, so the text is walked a bounded number of times
 * whatever it holds (an expression with a repeated local part would try every start before a long run).
 */
export function emailAddresses(text: string): string[] {
  const found: string[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
    let start = at;
    while (start > searchFrom && isLocalCode(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 0x2e) start++;
    let end = at + 1;
    let lastDot = -1;
    while (end < text.length && (isDomainCode(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2e)) {
      if (text.charCodeAt(end) === 0x2e) lastDot = end;
      end++;
    }
    // A sentence's full stop after the address is not part of it.
    while (end > at + 1 && text.charCodeAt(end - 1) === 0x2e) end--;
    if (lastDot >= end) lastDot = text.lastIndexOf('.', end - 1);
    searchFrom = end;
    const topLevel = lastDot > at ? text.slice(lastDot + 1, end) : '';
    if (start === at || lastDot <= at + 1 || topLevel.length < 2 || !/^[A-Za-z]+$/.test(topLevel)) continue;
    found.push(text.slice(start, end));
  }
  return found;
}

export const emailMismatch: Rule = {
  code: 'email-mismatch',
  docs: 'docs/rules/email-mismatch.md',
  name: 'E-mail address differs',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose source holds an e-mail address (`someone@contoso.com`, in prose, a `mailto:` link or ' +
    'inline code) that its target does not hold, compared without regard to case. An address is a fact of the ' +
    'page, like a number: a translated, mistyped or dropped address sends readers\' mail nowhere.',
  check(document) {
    const findings: Finding[] = [];
    for (const pair of unitPairs(document)) {
      if (pair.source.indexOf('@') < 0) continue;
      const addresses = emailAddresses(pair.source);
      if (addresses.length === 0) continue;
      const target = pair.target.toLowerCase();
      const missing = [...new Set(addresses)].filter((address) => !target.includes(address.toLowerCase()));
      if (missing.length === 0) continue;
      const unit = pair.unit;
      findings.push({
        message: l10n.t('E-mail address missing from the target of {0}: {1}.', unitName(unit), missing.join(', ')),
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
