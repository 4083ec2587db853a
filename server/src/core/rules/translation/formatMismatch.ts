import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import type { InlineScan } from './inlineMarkdown';
import { targetLocation, unitName, unitPairs } from './unitText';

interface FormatCount {
  readonly name: string;
  readonly target: number;
  readonly source: number;
}

/** The common case, told without building the counts: both halves carry the same formatting and no alerts. */
function sameFormattingWithoutAlerts(target: InlineScan, source: InlineScan): boolean {
  return (
    target.bold === source.bold &&
    target.italic === source.italic &&
    target.includes === source.includes &&
    target.lineBreaks === source.lineBreaks &&
    target.alerts.size === 0 &&
    source.alerts.size === 0
  );
}

function formatCounts(target: InlineScan, source: InlineScan): FormatCount[] {
  const counts: FormatCount[] = [
    { name: 'bold', target: target.bold, source: source.bold },
    { name: 'italic', target: target.italic, source: source.italic },
    { name: '[!INCLUDE]', target: target.includes, source: source.includes },
    { name: '<br>', target: target.lineBreaks, source: source.lineBreaks },
  ];
  const alertNames = new Set([...target.alerts.keys(), ...source.alerts.keys()]);
  for (const alert of [...alertNames].sort()) {
    counts.push({ name: `[!${alert}]`, target: target.alerts.get(alert) ?? 0, source: source.alerts.get(alert) ?? 0 });
  }
  return counts;
}

/**
 * Chinese, Japanese and Korean translations mark UI labels with brackets or quotes instead of bold, by the
 * Microsoft style guides for those languages: `click **OK**` becomes `按一下 [確定]` or `「確定」`.
 */
const LABEL_BRACKETS_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);
const UI_LABEL = /\[[^[\]\n]{1,100}\](?![([])|「[^」\n]{1,100}」|“[^”\n]{1,100}”|"[^"\n]{1,100}"/g;

function countLabels(text: string): number {
  return text.match(UI_LABEL)?.length ?? 0;
}

/** Bold the target lost, as far as UI labels in brackets it gained make up for it. */
function boldReplacedByLabels(target: string, source: string, lostBold: number): boolean {
  return lostBold > 0 && countLabels(target) - countLabels(source) >= lostBold;
}

/** How a message names a kind of formatting: bold and italic in words, markers as written. */
function formatName(name: string): string {
  if (name === 'bold') return l10n.t('bold');
  if (name === 'italic') return l10n.t('italic');
  return name;
}

export const formatMismatch: Rule = {
  code: 'format-mismatch',
  docs: 'docs/rules/format-mismatch.md',
  name: 'Formatting differs',
  category: 'translation',
  defaultSeverity: 'info',
  description:
    'Reports a unit whose target and source differ in how much of their formatting they carry: bold (`**x**`, ' +
    '`__x__`, `<strong>`, `<b>`), italic (`*x*`, `_x_`, `<em>`, `<i>`), `[!INCLUDE[...](...)]` markers, ' +
    '`[!NOTE]`-style alert markers or `<br>` line breaks. Emphasis is counted the way CommonMark reads it, so ' +
    '`snake_case_names` are not italic and `** x **` (spaces inside) is not bold. A lost marker drops an include ' +
    'or a note from the page; a broken one shows stray asterisks to readers. In Chinese, Japanese and Korean ' +
    'articles, bold that the target replaced by UI labels in brackets or quotes (`[確定]`, `「確定」`) is not ' +
    'reported: that is the style of those languages.',
  check(document, context) {
    const findings: Finding[] = [];
    const labelsForBold = LABEL_BRACKETS_LANGUAGES.has(context.locale?.split('-')[0] ?? '');
    for (const pair of unitPairs(document)) {
      if (sameFormattingWithoutAlerts(pair.targetScan, pair.sourceScan)) continue;
      const unit = pair.unit;
      const differences = formatCounts(pair.targetScan, pair.sourceScan).filter(
        (count) =>
          count.target !== count.source &&
          !(
            count.name === 'bold' &&
            labelsForBold &&
            boldReplacedByLabels(pair.target, pair.source, count.source - count.target)
          ),
      );
      if (differences.length === 0) continue;
      const described = differences.map((count) =>
        l10n.t('{0} {1} in the target, {2} in the source', formatName(count.name), count.target, count.source),
      );
      findings.push({
        message: l10n.t('Formatting differs in {0}: {1}.', unitName(unit), described.join('; ')),
        span: targetLocation(unit),
        unitIndex: unit.index,
      });
    }
    return findings;
  },
};
