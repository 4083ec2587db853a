/**
 * Preview Bilingual's content: the article's facts, then the article (article.ts) or the table of units, as an
 * HTML string built from the language server's PreviewResult. Pure (no `vscode`), so it is tested in memory.
 *
 * Everything from the article is escaped here or rendered by markdown.ts; nothing is inserted raw. The page adds
 * no markup of its own to the rows; it only toggles classes for the cursor and the filter.
 */
import * as l10n from '@vscode/l10n';
import type { PreviewResult, UnitProblem, UnitView } from '../../../shared/protocol';
import { localeText, problemCount, severityLabel, translationTypeText, unitCount } from '../summaryText';
import { renderArticle, unitClasses } from './article';
import { escapeHtml, renderUnitText, type ImageResolver } from './markdown';
import type { PreviewLayout } from './messages';

export interface RenderContext {
  /** Shown as the heading when the article has no title. */
  readonly fileName: string;
  /** `units` (the table) unless told otherwise; the article layouts need the document's text. */
  readonly layout?: PreviewLayout;
  /** The document's text at the version the result was computed from. */
  readonly text?: string;
  readonly resolveImage?: ImageResolver;
}

/** A BCP 47 tag safe to put in `lang` (`et-EE`, `zh-Hant-TW`); anything else is left out. */
export function languageTag(locale: string | null): string | null {
  return locale !== null && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : null;
}

export function renderPreviewContent(result: PreviewResult, context: RenderContext): string {
  const { summary } = result;
  const lang = languageTag(summary.locale);
  // The article's own title is in its language; the file name standing in for a missing one is not.
  const heading =
    summary.title === null
      ? `<h1>${escapeHtml(context.fileName)}</h1>`
      : `<h1${lang ? ` lang="${lang}"` : ''}${result.rightToLeft ? ' dir="rtl"' : ''}>${escapeHtml(summary.title)}</h1>`;
  if (!summary.hasMarkup) {
    return `<header class="article">${heading}</header>
<p class="notice">${escapeHtml(l10n.t('This document holds no bilingual span markup, so there is nothing to preview.'))}</p>`;
  }
  const layout = context.layout ?? 'units';
  if (layout !== 'units' && context.text !== undefined) {
    // The article brings its own title; the header only says what the article is.
    return [
      `<header class="article-facts">`,
      renderFacts(result),
      `</header>`,
      renderOtherProblems(result.otherProblems),
      renderArticle(context.text, result, {
        layout,
        targetLanguage: lang,
        rightToLeft: result.rightToLeft,
        ...(context.resolveImage ? { resolveImage: context.resolveImage } : {}),
      }),
    ].join('\n');
  }
  return [
    `<header class="article">`,
    heading,
    renderFacts(result),
    `</header>`,
    renderOtherProblems(result.otherProblems),
    renderUnitTable(result, lang),
  ].join('\n');
}

function renderFacts(result: PreviewResult): string {
  const { summary } = result;
  const type = summary.translationType;
  const translationType = type
    ? `<abbr title="${escapeHtml(translationTypeText(type))}">${escapeHtml(type)}</abbr>`
    : escapeHtml(l10n.t('not set'));
  const facts: [string, string][] = [
    [l10n.t('Locale'), escapeHtml(localeText(summary.locale || null))],
    [l10n.t('Translation'), translationType],
    [l10n.t('Units'), String(summary.unitCount)],
    [l10n.t('Problems'), String(summary.problemCount)],
  ];
  const items = facts.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>`).join('');
  const label = l10n.t('{0}, {1}', unitCount(summary.unitCount), problemCount(summary.problemCount));
  return `<dl class="facts" aria-label="${escapeHtml(label)}">${items}</dl>`;
}

function renderOtherProblems(problems: readonly UnitProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems.map((problem) => renderProblem(problem, true)).join('');
  return `<section class="other-problems" aria-labelledby="other-problems-heading">
<h2 id="other-problems-heading">${escapeHtml(l10n.t('Problems outside units ({0})', problems.length))}</h2>
<ul class="problems">${items}</ul>
</section>`;
}

function renderUnitTable(result: PreviewResult, lang: string | null): string {
  const targetHeader = lang ? l10n.t('Target ({0})', lang) : l10n.t('Target');
  const rows = result.units.map((unit) => renderUnitRow(unit, lang, result.rightToLeft)).join('\n');
  const caption = l10n.t('Units of the article: ID, target, source and problems');
  const headers = [
    ['id', l10n.t('ID')],
    ['target', targetHeader],
    ['source', l10n.t('Source')],
    ['problems', l10n.t('Problems')],
  ].map(([className, header]) => `<th scope="col" class="${className}">${escapeHtml(header!)}</th>`);
  return `<table class="units">
<caption class="visually-hidden">${escapeHtml(caption)}</caption>
<thead><tr>${headers.join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function rowClasses(unit: UnitView): string[] {
  return ['unit', ...unitClasses(unit)];
}

function renderUnitRow(unit: UnitView, lang: string | null, rightToLeft: boolean): string {
  const sourceIdNote =
    unit.sourceId !== null && unit.sourceId !== unit.id
      ? `<span class="source-id">${escapeHtml(l10n.t('source: {0}', unit.sourceId))}</span>`
      : '';
  const revealTitle = escapeHtml(l10n.t('Show unit {0} in the editor', unit.id));
  const idText = escapeHtml(unit.id) || escapeHtml(l10n.t('(no ID)'));
  const idButton = `<button type="button" class="reveal" title="${revealTitle}">${idText}</button>`;
  const idCell = `<th scope="row" class="id">${idButton}${sourceIdNote}</th>`;
  const targetAttributes = `${lang ? ` lang="${lang}"` : ''}${rightToLeft ? ' dir="rtl"' : ''}`;
  const unitId = `data-unit-id="${escapeHtml(unit.id)}"`;
  const targetCell = `<td class="target" ${unitId} data-role="target"${targetAttributes}>${renderSide(unit.target)}</td>`;
  const sourceCell =
    unit.source === null
      ? `<td class="source missing" ${unitId} data-role="source">${noteSpan(l10n.t('no source'))}</td>`
      : `<td class="source" ${unitId} data-role="source" lang="en-US">${renderSide(unit.source)}</td>`;
  const problems =
    unit.problems.length > 0
      ? `<ul class="problems">${unit.problems.map((problem) => renderProblem(problem, false)).join('')}</ul>`
      : `<span class="visually-hidden">${escapeHtml(l10n.t('none'))}</span>`;
  return `<tr class="${rowClasses(unit).join(' ')}" data-unit-index="${unit.index}">${idCell}${targetCell}${sourceCell}<td class="problems">${problems}</td></tr>`;
}

function renderSide(text: string): string {
  return text.trim() === '' ? noteSpan(l10n.t('empty')) : renderUnitText(text);
}

function noteSpan(text: string): string {
  return `<span class="note">${escapeHtml(text)}</span>`;
}

function renderProblem(problem: UnitProblem, withLine: boolean): string {
  const lineText = l10n.t('line {0}', problem.range.start.line + 1);
  const line = withLine ? ` <span class="line">${escapeHtml(lineText)}</span>` : '';
  const severity = `<span class="severity">${escapeHtml(severityLabel(problem.severity))}</span>`;
  const rule = `<code class="rule">${escapeHtml(problem.code)}</code>`;
  const className = `problem severity-${escapeHtml(problem.severity)}`;
  return `<li class="${className}">${severity} ${rule} ${escapeHtml(problem.message)}${line}</li>`;
}
