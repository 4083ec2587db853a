import * as l10n from '@vscode/l10n';
import type { TextEdit } from '../../model';
import type { Finding, Fix, Rule } from '../rule';
import type { Destination } from './inlineMarkdown';
import { shift, targetLocation, unitName, unitPairs, unmatchedIndexes } from './unitText';

/** A path segment naming a locale (`/de-de/`, `/zh-hans-cn/`), wherever it stands in a URL. */
const ANY_LOCALE_SEGMENT = /\/[a-z]{2}-(?:[a-z]{2}|[a-z]{4}(?:-[a-z]{2})?)(?=[/?#]|$)/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What two destinations are compared by. Localized articles may point at their own locale where the English one
 * points at `/en-us/`: both count as the same segment. Reference labels are case-insensitive.
 */
function destinationKey(destination: Destination, localeSegment: RegExp): string {
  if (destination.kind === 'reference') return `[${destination.text.trim().replace(/\s+/g, ' ').toLowerCase()}]`;
  return destination.text.trim().replace(/&amp;/g, '&').replace(localeSegment, '/{locale}');
}

function differsOnlyInLocale(targetKey: string, sourceKey: string): boolean {
  return targetKey.replace(ANY_LOCALE_SEGMENT, '/{locale}') === sourceKey.replace(ANY_LOCALE_SEGMENT, '/{locale}');
}

function list(destinations: readonly Destination[], indexes: ReadonlySet<number>): string {
  const names = [...indexes].slice(0, 3).map((index) => `"${destinations[index]!.text}"`);
  return indexes.size > 3 ? l10n.t('{0} and {1} more', names.join(', '), indexes.size - 3) : names.join(', ');
}

export const linkMismatch: Rule = {
  code: 'link-mismatch',
  docs: 'docs/rules/link-mismatch.md',
  name: 'Link destinations differ',
  category: 'translation',
  defaultSeverity: 'warning',
  description:
    'Reports a unit whose target links somewhere else than its source: the destinations of its links, images, ' +
    'includes, autolinks, reference links and HTML `href`/`src` attributes differ, in any order. A locale path ' +
    'segment counts as the same when it is `/en-us/` on one side and the article\'s own locale on the other. A ' +
    'changed destination is usually a typo or a machine translation of the URL, and sends readers to a broken ' +
    'or wrong page.',
  check(document, context) {
    const findings: Finding[] = [];
    const locales = ['en-us', ...(context.locale && context.locale !== 'en-us' ? [context.locale] : [])];
    const localeSegment = new RegExp(`/(?:${locales.map(escapeRegExp).join('|')})(?=[/?#]|$)`, 'gi');
    for (const pair of unitPairs(document)) {
      const unit = pair.unit;
      const targetDestinations = pair.targetScan.destinations;
      const sourceDestinations = pair.sourceScan.destinations;
      if (targetDestinations.length === 0 && sourceDestinations.length === 0) continue;
      const targetKeys = targetDestinations.map((destination) => destinationKey(destination, localeSegment));
      const sourceKeys = sourceDestinations.map((destination) => destinationKey(destination, localeSegment));
      const extra = new Set(unmatchedIndexes(targetKeys, sourceKeys));
      const missing = new Set(unmatchedIndexes(sourceKeys, targetKeys));
      if (extra.size === 0 && missing.size === 0) continue;

      const parts: string[] = [];
      if (extra.size > 0) {
        parts.push(l10n.t('the target links to {0}, which the source does not', list(targetDestinations, extra)));
      }
      if (missing.size > 0) {
        parts.push(l10n.t('the source links to {0}, which the target does not', list(sourceDestinations, missing)));
      }
      const firstExtra = [...extra][0];
      const finding: Finding = {
        message: l10n.t('Links differ in {0}: {1}.', unitName(unit), parts.join('; ')),
        span:
          firstExtra === undefined
            ? targetLocation(unit)
            : shift(targetDestinations[firstExtra]!.span, unit.target.start),
        unitIndex: unit.index,
      };
      const fix = takeSourceDestinations(
        targetDestinations,
        sourceDestinations,
        targetKeys,
        sourceKeys,
        extra,
        missing,
        unit.target.start,
      );
      findings.push(fix ? { ...finding, fixes: [fix] } : finding);
    }
    return findings;
  },
};

/**
 * Replaces each differing target destination with the source's when the two lists pair up in order: as many
 * links on both sides, and every pair that differs is a target destination the source lacks against a source
 * destination the target lacks. Anything else (links added, dropped or reordered) has no single right answer.
 *
 * The fix is safe for "fix all" only when every pair differs in nothing but a locale path segment (`/de-de/` in
 * a French article): otherwise the translator may have localized the destination on purpose (a translated
 * anchor, a localized page), so the fix is offered but only applied on request.
 */
function takeSourceDestinations(
  targetDestinations: readonly Destination[],
  sourceDestinations: readonly Destination[],
  targetKeys: readonly string[],
  sourceKeys: readonly string[],
  extra: ReadonlySet<number>,
  missing: ReadonlySet<number>,
  targetOffset: number,
): Fix | undefined {
  if (targetDestinations.length !== sourceDestinations.length) return undefined;
  const edits: TextEdit[] = [];
  let onlyLocale = true;
  for (let index = 0; index < targetKeys.length; index++) {
    if (targetKeys[index] === sourceKeys[index]) continue;
    const target = targetDestinations[index]!;
    const source = sourceDestinations[index]!;
    if (!extra.has(index) || !missing.has(index) || target.kind !== source.kind || /\s/.test(source.text))
      return undefined;
    onlyLocale &&= differsOnlyInLocale(targetKeys[index]!, sourceKeys[index]!);
    edits.push({ span: shift(target.span, targetOffset), newText: source.text });
  }
  if (edits.length === 0) return undefined;
  return {
    title:
      edits.length === 1
        ? l10n.t('Use the source\'s link destination "{0}"', edits[0]!.newText)
        : l10n.t('Use the source\'s {0} link destinations', edits.length),
    edits,
    safe: onlyLocale,
    preferred: true,
  };
}
