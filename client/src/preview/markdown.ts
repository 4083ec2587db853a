/**
 * A unit's text (target or source) as safe inline HTML for the preview.
 *
 * The text is untrusted. markdown-it reads it as inline Markdown; every piece of raw HTML it finds is shown as
 * escaped code except a handful of formatting tags that translators meet in real articles (`<br/>`, `<strong>`,
 * `<b>`, `<em>`, `<i>`, `<sup>`, `<sub>`), which are written back in their bare canonical form, never with the
 * attributes the article gave them, and closed at the end of the cell. Links get no live `href` (see links.ts);
 * images show their alt text and are never fetched, unless the caller resolves a local image to a webview URI.
 */
import * as l10n from '@vscode/l10n';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { isFollowableLink } from './links';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => HTML_ESCAPES[character]!);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const FORMATTING_TAG = /^<(\/?)(strong|b|em|i|sup|sub|br)\s*(\/?)>$/i;
const VOID_TAGS = new Set(['br']);

/**
 * The webview URI of an image the article names, or null when it must not be loaded (remote, absolute, data:).
 * Without a resolver no image is ever loaded.
 */
export type ImageResolver = (source: string) => string | null;

interface RenderEnvironment {
  /** Formatting tags opened in this cell and not closed yet, innermost last. */
  readonly openTags: string[];
  readonly resolveImage?: ImageResolver;
}

function createRenderer(): MarkdownIt {
  const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false, breaks: false });
  markdown.validateLink = isFollowableLink;

  const rules = markdown.renderer.rules;
  rules.html_inline = (tokens, index, _options, env: RenderEnvironment) => renderRawHtml(tokens[index]!.content, env);
  rules.image = (tokens, index, options, env: RenderEnvironment) => {
    const alt = markdown.renderer.renderInlineAsText(tokens[index]!.children ?? [], options, env);
    return renderImage(tokens[index]!.attrGet('src') ?? '', alt, tokens[index]!.attrGet('title'), env.resolveImage);
  };
  rules.link_open = (tokens, index) => renderLinkOpen(tokens[index]!);
  rules.link_close = () => '</a>';
  return markdown;
}

/** An image loads only when the resolver gives it a webview URI; otherwise its alt text stands in its place. */
export function renderImage(
  source: string,
  alt: string,
  title: string | null,
  resolveImage: ImageResolver | undefined,
): string {
  const resolved = resolveImage?.(source) ?? null;
  if (resolved !== null) {
    return `<img src="${escapeHtml(resolved)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
  }
  const label = resolveImage ? l10n.t('Image (not loaded):') : l10n.t('Image:');
  return `<span class="image-alt"><span class="image-label">${escapeHtml(label)}</span> ${escapeHtml(alt)}</span>`;
}

export function renderLinkOpen(token: Token): string {
  return renderLinkTo(token.attrGet('href') ?? '', token.attrGet('title'));
}

/** A link the page reports back to the extension on click or Enter; it has no `href` a browser could follow. */
export function renderLinkTo(destination: string, title: string | null): string {
  const tooltip = title ? `${title} (${destination})` : destination;
  return `<a class="link" role="link" tabindex="0" data-href="${escapeHtml(destination)}" title="${escapeHtml(tooltip)}">`;
}

export function rawHtml(content: string): string {
  return `<code class="raw-html">${escapeHtml(content)}</code>`;
}

function renderRawHtml(content: string, env: RenderEnvironment): string {
  const tag = FORMATTING_TAG.exec(content);
  if (!tag) return rawHtml(content);
  const name = tag[2]!.toLowerCase();
  const closing = tag[1] === '/';
  if (VOID_TAGS.has(name)) return closing ? rawHtml(content) : `<${name}>`;
  if (!closing) {
    env.openTags.push(name);
    return `<${name}>`;
  }
  const openAt = env.openTags.lastIndexOf(name);
  if (openAt < 0) return rawHtml(content);
  return env.openTags.splice(openAt).reverse().map((open) => `</${open}>`).join('');
}

const renderer = createRenderer();

/** Inline Markdown of one side of a unit, as HTML that cannot run anything or load anything but resolved images. */
export function renderUnitText(text: string, resolveImage?: ImageResolver): string {
  const env: RenderEnvironment = resolveImage ? { openTags: [], resolveImage } : { openTags: [] };
  const html = renderer.renderInline(text, env);
  return html + env.openTags.reverse().map((open) => `</${open}>`).join('');
}

/** A unit's text read aloud or shown in a notification: the words, without Markdown or HTML. */
export function plainTextOf(text: string): string {
  const env: RenderEnvironment = { openTags: [] };
  const inline = renderer.parseInline(text, env)[0]?.children ?? [];
  return wordsOf(inline).replace(/\s+/g, ' ').trim();
}

function wordsOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'image':
          return wordsOf(token.children ?? []);
        case 'softbreak':
        case 'hardbreak':
          return ' ';
        case 'html_inline':
          return /^<br\s*\/?>$/i.test(token.content) ? ' ' : '';
        default:
          return '';
      }
    })
    .join('');
}
