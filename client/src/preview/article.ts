/**
 * Article mode of Preview Bilingual: the whole article rendered as Markdown, as it will be published, with each
 * unit's target in place and its source beside the block, under the unit, or kept for the source panel.
 *
 * The units are placed by the ranges the language server reported (no second reading of the bilingual markup
 * here): each unit's markup is swapped for a marker before markdown-it reads the article, and the marker is
 * rendered as the unit. Everything from the article is escaped or rebuilt from an allowlist: raw HTML keeps only
 * bare structural and formatting tags, links get no live `href` (links.ts), and an image loads only when the
 * caller resolves it to a webview URI (local images); remote images are never fetched.
 */
import * as l10n from '@vscode/l10n';
import MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { LineIndex } from '../../../server/src/core/lineIndex';
import type { PreviewResult, UnitProblem, UnitView } from '../../../shared/protocol';
import { severityLabel } from '../summaryText';
import { isFollowableLink } from './links';
import {
  escapeHtml,
  plainTextOf,
  rawHtml,
  renderImage,
  renderLinkTo,
  renderUnitText,
  type ImageResolver,
} from './markdown';

export type ArticleLayout = 'columns' | 'interleaved' | 'target';

export interface ArticleOptions {
  readonly layout: ArticleLayout;
  /** The article's locale as a safe `lang` value, or null when it has none. */
  readonly targetLanguage: string | null;
  readonly rightToLeft: boolean;
  /** The language of the sources: the English of the source repository unless told otherwise. */
  readonly sourceLanguage?: string;
  readonly resolveImage?: ImageResolver;
}

export const DEFAULT_SOURCE_LANGUAGE = 'en-US';

const MARKER_OPEN = '\uE000';
const MARKER_CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;
const MARKER_CHARACTERS = /[\uE000\uE001]/g;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

type Side = 'target' | 'source' | 'both';

interface ArticleEnvironment {
  side: Side;
  readonly units: ReadonlyMap<number, UnitView>;
  /** Each unit's markup as in the file, shown as is where the marker lands in code. */
  readonly rawMarkup: ReadonlyMap<number, string>;
  /** Units rendered on the current side, to list those the article never shows (inside a comment, say). */
  readonly shown: Set<number>;
  /** For each `<a>` the article opened in raw HTML: whether it became a link (true) or was dropped (false). */
  readonly anchors: boolean[];
  readonly targetAttributes: string;
  readonly sourceLanguage: string;
  readonly resolveImage: ImageResolver | undefined;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The classes a unit's target carries in every mode: problems by worst severity, untranslated. */
export function unitClasses(unit: UnitView): string[] {
  const classes: string[] = [];
  if (unit.problems.length > 0) {
    const worst = unit.problems.reduce((found, problem) =>
      (SEVERITY_RANK[problem.severity] ?? 3) < (SEVERITY_RANK[found.severity] ?? 3) ? problem : found,
    );
    classes.push('has-problems', `severity-${escapeHtml(worst.severity)}`);
  }
  if (unit.untranslated) classes.push('untranslated');
  return classes;
}

/** The English side: its language, and left to right whatever the article's direction. */
function sourceAttributes(env: ArticleEnvironment): string {
  return ` lang="${escapeHtml(env.sourceLanguage)}" dir="ltr"`;
}

function renderSide(text: string, env: ArticleEnvironment): string {
  return text.trim() === '' ? noteSpan(l10n.t('empty')) : renderUnitText(text, env.resolveImage);
}

function noteSpan(text: string): string {
  return `<span class="note">${escapeHtml(text)}</span>`;
}

function renderTarget(unit: UnitView, env: ArticleEnvironment): string {
  const classes = ['unit-target', ...unitClasses(unit)].join(' ');
  const identity = `data-unit-id="${escapeHtml(unit.id)}" data-unit-index="${unit.index}" data-role="target"`;
  const text = renderSide(unit.target, env);
  return `<span class="${classes}" ${identity}${env.targetAttributes} tabindex="0">${text}</span>`;
}

function renderSource(unit: UnitView, env: ArticleEnvironment): string {
  const attributes = `data-unit-id="${escapeHtml(unit.id)}" data-unit-index="${unit.index}" data-role="source"`;
  const source =
    unit.source === null
      ? `<span class="unit-source missing" ${attributes}>${noteSpan(l10n.t('no source'))}</span>`
      : `<span class="unit-source" ${attributes}${sourceAttributes(env)}>${renderSide(unit.source, env)}</span>`;
  return source + renderUnitProblems(unit.index, unit.problems);
}

function renderUnitProblems(index: number, problems: readonly UnitProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems
    .map((problem) => {
      const severity = `<span class="severity">${escapeHtml(severityLabel(problem.severity))}</span>`;
      const text = `<code class="rule">${escapeHtml(problem.code)}</code> ${escapeHtml(problem.message)}`;
      return `<span class="problem severity-${escapeHtml(problem.severity)}">${severity} ${text}</span>`;
    })
    .join('');
  return `<span class="unit-problems" data-unit-index="${index}" lang="en">${items}</span>`;
}

function renderUnit(index: number, env: ArticleEnvironment): string {
  const unit = env.units.get(index);
  if (!unit) return '';
  env.shown.add(index);
  if (env.side === 'target') return renderTarget(unit, env);
  if (env.side === 'source') return renderSource(unit, env);
  return renderTarget(unit, env) + renderSource(unit, env);
}

/** Article text as HTML: escaped, with each marker rendered as its unit. */
function withUnits(text: string, env: ArticleEnvironment, escape: (text: string) => string = escapeHtml): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(MARKER)) {
    html += escape(text.slice(at, match.index));
    html += renderUnit(Number(match[1]), env);
    at = match.index + match[0].length;
  }
  return html + escape(text.slice(at));
}

const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Text between the tags of raw HTML, where the article writes `&nbsp;` or `&amp;` as HTML: a well-formed character
 * reference is kept (in text it can only ever be text), everything else is escaped.
 */
function escapeKeepingEntities(text: string): string {
  return text.replace(/[&<>"'`]/g, (character, at: number) =>
    character === '&' && ENTITY.test(text.slice(at, at + 40)) ? '&' : escapeHtml(character),
  );
}

/** For attributes (alt text, titles): each marker as the words of its unit's target (or source, on that side). */
function plainWithUnits(text: string, env: ArticleEnvironment): string {
  return text.replace(MARKER, (_marker, index: string) => {
    const unit = env.units.get(Number(index));
    if (!unit) return '';
    return plainTextOf(env.side === 'source' ? (unit.source ?? '') : unit.target);
  });
}

/** For code: each marker as the unit's markup exactly as in the file. */
function rawWithUnits(text: string, env: ArticleEnvironment): string {
  return text.replace(MARKER, (_marker, index: string) => env.rawMarkup.get(Number(index)) ?? '');
}

/** Raw HTML tags kept (bare, without the article's attributes) so tables and lists written in HTML still read. */
const ALLOWED_HTML = new Set([
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'p', 'div', 'blockquote', 'pre', 'code', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'kbd', 'br',
  'hr', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'wbr',
]);
const VOID_HTML = new Set(['br', 'hr', 'col', 'wbr']);
/** A tag at a `<`: no branch reaches past the next `<` or `>`, so a failed try costs only the way to it. */
const HTML_TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b((?:[^<>"']|"[^"<>]*"|'[^'<>]*')*)>/y;

interface HtmlTag {
  readonly start: number;
  readonly end: number;
  /** Absent for a comment. */
  readonly name?: string;
  readonly closing: boolean;
  readonly attributes: string;
}

/** The comments and tags of raw HTML, in order, found in one pass (a comment never closed runs to the end). */
function htmlTags(content: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (let at = content.indexOf('<'); at >= 0; at = content.indexOf('<', at)) {
    if (content.startsWith('<!--', at)) {
      const close = content.indexOf('-->', at + 4);
      const end = close < 0 ? content.length : close + 3;
      tags.push({ start: at, end, closing: false, attributes: '' });
      at = end;
      continue;
    }
    HTML_TAG.lastIndex = at;
    const tag = HTML_TAG.exec(content);
    if (!tag) {
      at++;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    tags.push({ start: at, end: HTML_TAG.lastIndex, name, closing: tag[1] === '/', attributes: tag[3] ?? '' });
    at = HTML_TAG.lastIndex;
  }
  return tags;
}
const NUMERIC_ATTRIBUTE = /\b(colspan|rowspan|start)\s*=\s*["']?(\d{1,4})\b/gi;
const HREF_ATTRIBUTE = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function keptAttributes(name: string, attributes: string): string {
  let kept = '';
  for (const [, attribute, value] of attributes.matchAll(NUMERIC_ATTRIBUTE)) {
    const lower = attribute!.toLowerCase();
    if ((lower === 'start' && name === 'ol') || (lower !== 'start' && (name === 'td' || name === 'th'))) {
      kept += ` ${lower}="${Number(value)}"`;
    }
  }
  return kept;
}

function renderAnchorTag(closing: boolean, attributes: string, env: ArticleEnvironment): string {
  if (closing) return env.anchors.pop() === true ? '</a>' : '';
  const href = HREF_ATTRIBUTE.exec(attributes);
  const destination = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
  const followable = destination !== '' && isFollowableLink(destination);
  env.anchors.push(followable);
  return followable ? renderLinkTo(destination, null) : '';
}

function renderHtml(content: string, env: ArticleEnvironment): string {
  let html = '';
  let at = 0;
  for (const { start, end, name, closing, attributes } of htmlTags(content)) {
    html += withUnits(content.slice(at, start), env, escapeKeepingEntities);
    at = end;
    if (name === undefined) continue; // a comment: not published
    if (name === 'a') html += renderAnchorTag(closing, attributes, env);
    else if (!ALLOWED_HTML.has(name)) html += rawHtml(plainWithUnits(content.slice(start, end), env));
    else if (closing) html += VOID_HTML.has(name) ? '' : `</${name}>`;
    else html += `<${name}${keptAttributes(name, attributes)}>`;
  }
  return html + withUnits(content.slice(at), env, escapeKeepingEntities);
}

/** How many kept HTML elements the content leaves open (negative when it closes more than it opens). */
function htmlDepthChange(content: string): number {
  let depth = 0;
  for (const { name, closing } of htmlTags(content)) {
    if (name === undefined || !ALLOWED_HTML.has(name) || VOID_HTML.has(name)) continue;
    depth += closing ? -1 : 1;
  }
  return depth;
}

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*(?:\r?\n|$)/i;
/** The title a docs alert shows, as the published site shows it: `[!NOTE]` → Note. */
function alertTitle(alert: string): string {
  switch (alert) {
    case 'note':
      return l10n.t('Note');
    case 'tip':
      return l10n.t('Tip');
    case 'important':
      return l10n.t('Important');
    case 'caution':
      return l10n.t('Caution');
    default:
      return l10n.t('Warning');
  }
}

/** Docs alerts: a block quote opening with `[!NOTE]` (or TIP, IMPORTANT, CAUTION, WARNING) is a titled note. */
function markAlerts(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [quote, paragraph, inline, paragraphClose] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    if (quote.type !== 'blockquote_open' || paragraph.type !== 'paragraph_open' || inline.type !== 'inline') continue;
    const alert = ALERT.exec(inline.content);
    if (!alert) continue;
    quote.meta = { alert: alert[1]!.toLowerCase() };
    inline.content = inline.content.slice(alert[0].length);
    if (inline.content.trim() === '') {
      paragraph.hidden = true;
      paragraphClose.hidden = true;
    }
  }
}

const INCLUDE = /\[!INCLUDE\s*\[([^\]\n]*)\]\(([^)\s]*)\)\]/iy;

/** `[!INCLUDE[title](path)]`: the docs build pastes the file there; the preview names it as a link. */
function readInclude(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  INCLUDE.lastIndex = state.pos;
  const include = INCLUDE.exec(state.src);
  if (!include) return false;
  if (!silent) state.push('docs_include', '', 0).meta = { title: include[1], href: include[2] };
  state.pos += include[0].length;
  return true;
}

function renderInclude(token: Token, env: ArticleEnvironment): string {
  const { title, href } = token.meta as { title: string; href: string };
  const name = title.trim() === '' ? escapeHtml(href) : withUnits(title, env);
  const label = `<span class="include-label">${escapeHtml(l10n.t('Include:'))}</span> ${name}`;
  return isFollowableLink(href)
    ? `${renderLinkTo(href, l10n.t('Opens the included file'))}${label}</a>`
    : `<span class="include">${label} (${escapeHtml(href)})</span>`;
}

function renderCode(content: string, env: ArticleEnvironment): string {
  return escapeHtml(rawWithUnits(content, env));
}

function createArticleRenderer(): MarkdownIt {
  const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false, breaks: false });
  markdown.validateLink = isFollowableLink;
  markdown.core.ruler.after('block', 'docs_alerts', markAlerts);
  markdown.inline.ruler.before('link', 'docs_include', readInclude);

  const rules = markdown.renderer.rules;
  rules.text = (tokens, index, _options, env: ArticleEnvironment) => withUnits(tokens[index]!.content, env);
  rules.code_inline = (tokens, index, _options, env: ArticleEnvironment) =>
    `<code>${renderCode(tokens[index]!.content, env)}</code>`;
  rules.code_block = (tokens, index, _options, env: ArticleEnvironment) =>
    `<pre><code>${renderCode(tokens[index]!.content, env)}</code></pre>\n`;
  rules.fence = (tokens, index, _options, env: ArticleEnvironment) => {
    const token = tokens[index]!;
    const language = /^[\w+#.-]+/.exec(token.info.trim())?.[0];
    const languageClass = language ? ` class="language-${escapeHtml(language)}"` : '';
    return `<pre><code${languageClass}>${renderCode(token.content, env)}</code></pre>\n`;
  };
  rules.html_block = (tokens, index, _options, env: ArticleEnvironment) => renderHtml(tokens[index]!.content, env);
  rules.html_inline = (tokens, index, _options, env: ArticleEnvironment) => renderHtml(tokens[index]!.content, env);
  rules.image = (tokens, index, options, env: ArticleEnvironment) => {
    const token = tokens[index]!;
    const alt = plainWithUnits(markdown.renderer.renderInlineAsText(token.children ?? [], options, env), env);
    const title = token.attrGet('title');
    return renderImage(token.attrGet('src') ?? '', alt, title && plainWithUnits(title, env), env.resolveImage);
  };
  rules.link_open = (tokens, index, _options, env: ArticleEnvironment) => {
    const title = tokens[index]!.attrGet('title');
    return renderLinkTo(tokens[index]!.attrGet('href') ?? '', title && plainWithUnits(title, env));
  };
  rules.link_close = () => '</a>';
  rules['docs_include'] = (tokens, index, _options, env: ArticleEnvironment) => renderInclude(tokens[index]!, env);
  const alignedCell: NonNullable<typeof rules.td_open> = (tokens, index) => {
    const token = tokens[index]!;
    const align = /text-align:(left|center|right)/.exec(token.attrGet('style') ?? '')?.[1];
    return `<${token.tag}${align ? ` class="align-${align}"` : ''}>`;
  };
  rules.td_open = alignedCell;
  rules.th_open = alignedCell;
  rules.blockquote_open = (tokens, index) => {
    const alert = (tokens[index]!.meta as { alert?: string } | null)?.alert;
    if (alert === undefined) return '<blockquote>\n';
    return `<blockquote class="alert alert-${alert}"><p class="alert-title">${escapeHtml(alertTitle(alert))}</p>\n`;
  };
  return markdown;
}

const renderer = createArticleRenderer();

interface MarkedArticle {
  /** The article's body with every placed unit's markup replaced by its marker. */
  readonly text: string;
  readonly rawMarkup: ReadonlyMap<number, string>;
}

/**
 * The body of the article (front matter is not published) with each unit the server reported replaced by a
 * marker. A unit that overlaps the one before it, or stands in the front matter, gets no marker.
 */
function markUnits(text: string, units: readonly UnitView[]): MarkedArticle {
  const lines = new LineIndex(text);
  const frontMatter = FRONT_MATTER.exec(text);
  let at = frontMatter ? frontMatter[0].length : 0;
  let marked = '';
  const rawMarkup = new Map<number, string>();
  for (const unit of units) {
    const start = lines.offsetAt(unit.unitRange.start);
    const end = lines.offsetAt(unit.unitRange.end);
    if (start < at || end < start) continue;
    marked += text.slice(at, start).replace(MARKER_CHARACTERS, '\uFFFD') + MARKER_OPEN + unit.index + MARKER_CLOSE;
    rawMarkup.set(unit.index, text.slice(start, end));
    at = end;
  }
  return { text: marked + text.slice(at).replace(MARKER_CHARACTERS, '\uFFFD'), rawMarkup };
}

/**
 * The article's top-level blocks, the unit of alignment in two columns. Blocks that an HTML element spans (a
 * table written in HTML with blank lines in it) stay together, so each column holds whole elements.
 */
function topLevelBlocks(tokens: readonly Token[]): Token[][] {
  const blocks: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  let htmlDepth = 0;
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (token.type === 'html_block') htmlDepth += htmlDepthChange(token.content);
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline') htmlDepth += htmlDepthChange(child.content);
    }
    if (depth === 0 && htmlDepth <= 0) {
      blocks.push(current);
      current = [];
      htmlDepth = 0;
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function renderArticle(text: string, result: PreviewResult, options: ArticleOptions): string {
  const { layout } = options;
  const marked = markUnits(text, result.units);
  const lang = options.targetLanguage ? ` lang="${escapeHtml(options.targetLanguage)}"` : '';
  const targetAttributes = `${lang}${result.rightToLeft ? ' dir="rtl"' : ''}`;
  const env: ArticleEnvironment = {
    side: 'both',
    units: new Map(result.units.map((unit) => [unit.index, unit])),
    rawMarkup: marked.rawMarkup,
    shown: new Set(),
    anchors: [],
    targetAttributes,
    sourceLanguage: options.sourceLanguage ?? DEFAULT_SOURCE_LANGUAGE,
    resolveImage: options.resolveImage,
  };
  const tokens = renderer.parse(marked.text, env);
  const render = (block: Token[], side: Side): string => {
    env.side = side;
    env.anchors.length = 0;
    return renderer.renderer.render(block, renderer.options, env);
  };
  const blocks = topLevelBlocks(tokens).map((block) => {
    if (layout === 'columns') {
      const target = `<div class="target-side"${targetAttributes}>${render(block, 'target')}</div>`;
      const source = `<div class="source-side"${sourceAttributes(env)}>${render(block, 'source')}</div>`;
      return `<div class="block">${target}${source}</div>`;
    }
    return `<div class="block"${targetAttributes}>${render(block, 'both')}</div>`;
  });
  const unshown = result.units.filter((unit) => !env.shown.has(unit.index));
  const columnHeadings =
    layout === 'columns'
      ? `<div class="column-headings" aria-hidden="true"><div>${escapeHtml(
          options.targetLanguage ? l10n.t('Target ({0})', options.targetLanguage) : l10n.t('Target'),
        )}</div><div>${escapeHtml(l10n.t('Source ({0})', env.sourceLanguage))}</div></div>`
      : '';
  const sourcePanel =
    layout === 'target'
      ? `<aside id="source-panel" class="source-panel" aria-label="${escapeHtml(l10n.t('Source of the selected unit'))}"` +
        ` aria-live="polite"><p class="note">` +
        `${escapeHtml(l10n.t('Select a unit (click it, or Tab to it) to see its source here.'))}</p></aside>`
      : '';
  return [
    `<div class="article layout-${layout}" data-layout="${layout}">`,
    columnHeadings,
    blocks.join('\n'),
    renderUnshown(unshown, layout, env),
    `</div>`,
    sourcePanel,
  ].join('\n');
}

/** Units whose place the published article does not show (a unit inside an HTML comment): listed, not lost. */
function renderUnshown(units: readonly UnitView[], layout: ArticleLayout, env: ArticleEnvironment): string {
  if (units.length === 0) return '';
  const items = units.map((unit) => {
    if (layout !== 'columns') {
      env.side = 'both';
      return `<div class="unshown-unit"${env.targetAttributes}>${renderUnit(unit.index, env)}</div>`;
    }
    env.side = 'target';
    const target = renderUnit(unit.index, env);
    env.side = 'source';
    const source = `<div class="source-side"${sourceAttributes(env)}>${renderUnit(unit.index, env)}</div>`;
    return `<div class="unshown-unit"><div class="target-side"${env.targetAttributes}>${target}</div>${source}</div>`;
  });
  const titleText = l10n.t('Units the published article does not show ({0})', units.length);
  const title = `<p id="unshown-title" class="note">${escapeHtml(titleText)}</p>`;
  return `<section class="unshown" aria-labelledby="unshown-title">${title}${items.join('')}</section>`;
}
