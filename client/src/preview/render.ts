/**
 * Preview Bilingual's content: the article's facts, then the article (article.ts) or the table of units, as an
 * HTML string built from the language server's PreviewResult. Pure (no `vscode`), so it is tested in memory.
 *
 * Everything from the article is escaped here or rendered by markdown.ts; nothing is inserted raw. The page adds
 * no markup of its own to the rows; it only toggles classes for the cursor and the filter.
 */
import type { PreviewResult, UnitProblem, UnitView } from '../../../shared/protocol';
import type { Severity } from '../../../shared/protocol';
import { describeTranslationType } from '../../../shared/translationType';
import { countOf } from '../summaryText';
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

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  hint: 'Hint',
};

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
<p class="notice">This document holds no bilingual span markup, so there is nothing to preview.</p>`;
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
  const translationType = summary.translationType
    ? `<abbr title="${escapeHtml(describeTranslationType(summary.translationType))}">${escapeHtml(summary.translationType)}</abbr>`
    : 'not set';
  const facts: [string, string][] = [
    ['Locale', summary.locale ? escapeHtml(summary.locale) : 'not set'],
    ['Translation', translationType],
    ['Units', String(summary.unitCount)],
    ['Problems', String(summary.problemCount)],
  ];
  const items = facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('');
  return `<dl class="facts" aria-label="${countOf(summary.unitCount, 'unit')}, ${countOf(summary.problemCount, 'problem')}">${items}</dl>`;
}

function renderOtherProblems(problems: readonly UnitProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems.map((problem) => renderProblem(problem, true)).join('');
  return `<section class="other-problems" aria-labelledby="other-problems-heading">
<h2 id="other-problems-heading">Problems outside units (${problems.length})</h2>
<ul class="problems">${items}</ul>
</section>`;
}

function renderUnitTable(result: PreviewResult, lang: string | null): string {
  const targetHeader = lang ? `Target (${lang})` : 'Target';
  const rows = result.units.map((unit) => renderUnitRow(unit, lang, result.rightToLeft)).join('\n');
  return `<table class="units">
<caption class="visually-hidden">Units of the article: ID, target, source and problems</caption>
<thead><tr><th scope="col" class="id">ID</th><th scope="col" class="target">${escapeHtml(targetHeader)}</th><th scope="col" class="source">Source</th><th scope="col" class="problems">Problems</th></tr></thead>
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
      ? `<span class="source-id">source: ${escapeHtml(unit.sourceId)}</span>`
      : '';
  const idCell = `<th scope="row" class="id"><button type="button" class="reveal" title="Show unit ${escapeHtml(unit.id)} in the editor">${escapeHtml(unit.id) || '(no ID)'}</button>${sourceIdNote}</th>`;
  const targetAttributes = `${lang ? ` lang="${lang}"` : ''}${rightToLeft ? ' dir="rtl"' : ''}`;
  const unitId = `data-unit-id="${escapeHtml(unit.id)}"`;
  const targetCell = `<td class="target" ${unitId} data-role="target"${targetAttributes}>${renderSide(unit.target)}</td>`;
  const sourceCell =
    unit.source === null
      ? `<td class="source missing" ${unitId} data-role="source"><span class="note">no source</span></td>`
      : `<td class="source" ${unitId} data-role="source" lang="en-US">${renderSide(unit.source)}</td>`;
  const problems =
    unit.problems.length > 0
      ? `<ul class="problems">${unit.problems.map((problem) => renderProblem(problem, false)).join('')}</ul>`
      : `<span class="visually-hidden">none</span>`;
  return `<tr class="${rowClasses(unit).join(' ')}" data-unit-index="${unit.index}">${idCell}${targetCell}${sourceCell}<td class="problems">${problems}</td></tr>`;
}

function renderSide(text: string): string {
  return text.trim() === '' ? `<span class="note">empty</span>` : renderUnitText(text);
}

function renderProblem(problem: UnitProblem, withLine: boolean): string {
  const line = withLine ? ` <span class="line">line ${problem.range.start.line + 1}</span>` : '';
  return `<li class="problem severity-${escapeHtml(problem.severity)}"><span class="severity">${escapeHtml(SEVERITY_LABELS[problem.severity] ?? problem.severity)}</span> <code class="rule">${escapeHtml(problem.code)}</code> ${escapeHtml(problem.message)}${line}</li>`;
}
