/**
 * The preview page around the content: the Content-Security-Policy, the stylesheet, the nonce'd page script and
 * the controls that do not change with the document. Pure, so the policy is tested in memory.
 */
import { escapeHtml } from './markdown';
import { PREVIEW_LAYOUTS, type PreviewLayout } from './messages';

/** How the layouts are named in the page's control and in "Change Preview Layout…". */
export const LAYOUT_LABELS: Readonly<Record<PreviewLayout, string>> = {
  columns: 'Article, source beside each block',
  interleaved: 'Article, source under each unit',
  target: 'Article, source of the selected unit in a panel',
  units: 'Table of units',
};

export interface ShellParameters {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh for every page; only the script carrying it may run. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The previewed document's URI, kept in the page's state so the preview survives a reload. */
  readonly documentUri: string;
  readonly title: string;
  readonly layout: PreviewLayout;
}

/**
 * Nothing by default; styles, images and fonts only from the extension's own media folders; scripts only with the
 * page's nonce, so no inline handler, `javascript:` URL or injected `<script>` can ever run.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
}

/** The `<head>` of a webview page of this extension: its policy, its stylesheet and its title. */
export function webviewHead(parameters: { cspSource: string; nonce: string; styleUri: string; title: string }): string {
  const { cspSource, nonce, styleUri, title } = parameters;
  return `<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>`;
}

export function renderPreviewShell(parameters: ShellParameters): string {
  const { cspSource, nonce, scriptUri, styleUri, documentUri, title, layout } = parameters;
  const layoutOptions = PREVIEW_LAYOUTS.map(
    (value) => `<option value="${value}"${value === layout ? ' selected' : ''}>${escapeHtml(LAYOUT_LABELS[value])}</option>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en" data-layout="${escapeHtml(layout)}">
${webviewHead({ cspSource, nonce, styleUri, title })}
<body data-document-uri="${escapeHtml(documentUri)}">
<div class="toolbar" role="toolbar" aria-label="Preview controls">
<label for="layout">Layout</label>
<select id="layout">
${layoutOptions}
</select>
<label for="filter">Show</label>
<select id="filter">
<option value="all">All units</option>
<option value="problems">Units with problems</option>
<option value="untranslated">Untranslated units</option>
</select>
<span id="visible-count" role="status" aria-live="polite"></span>
</div>
<p id="message" class="message" role="alert" hidden></p>
<p id="filter-empty" class="notice" role="status" hidden></p>
<main id="content" aria-busy="true"><p class="notice">Loading the preview…</p></main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
