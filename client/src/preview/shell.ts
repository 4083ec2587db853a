/**
 * The preview page around the content: the Content-Security-Policy, the stylesheet, the nonce'd page script and
 * the controls that do not change with the document. Pure, so the policy is tested in memory.
 */
import * as l10n from '@vscode/l10n';
import { escapeHtml } from './markdown';
import { PREVIEW_LAYOUTS, type PreviewLayout } from './messages';
import { previewPageText } from './pageText';

/** How the layouts are named in the page's control and in "Change Preview Layout…". */
export function layoutLabel(layout: PreviewLayout): string {
  switch (layout) {
    case 'columns':
      return l10n.t('Article, source beside each block');
    case 'interleaved':
      return l10n.t('Article, source under each unit');
    case 'target':
      return l10n.t('Article, source of the selected unit in a panel');
    case 'units':
      return l10n.t('Table of units');
  }
}

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
  /** VS Code's display language (`vscode.env.language`): the language of the page's own words. */
  readonly uiLanguage: string;
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
  const { cspSource, nonce, scriptUri, styleUri, documentUri, title, layout, uiLanguage } = parameters;
  const option = (value: string, label: string, selected = false) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const layoutOptions = PREVIEW_LAYOUTS.map((value) => option(value, layoutLabel(value), value === layout)).join('\n');
  const pageText = escapeHtml(JSON.stringify(previewPageText()));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLanguage)}" data-layout="${escapeHtml(layout)}">
${webviewHead({ cspSource, nonce, styleUri, title })}
<body data-document-uri="${escapeHtml(documentUri)}" data-page-text="${pageText}">
<div class="toolbar" role="toolbar" aria-label="${escapeHtml(l10n.t('Preview controls'))}">
<label for="layout">${escapeHtml(l10n.t('Layout'))}</label>
<select id="layout">
${layoutOptions}
</select>
<label for="filter">${escapeHtml(l10n.t('Show'))}</label>
<select id="filter">
${option('all', l10n.t('All units'))}
${option('problems', l10n.t('Units with problems'))}
${option('untranslated', l10n.t('Untranslated units'))}
</select>
<span id="visible-count" role="status" aria-live="polite"></span>
</div>
<p id="message" class="message" role="alert" hidden></p>
<p id="filter-empty" class="notice" role="status" hidden></p>
<main id="content" aria-busy="true"><p class="notice">${escapeHtml(l10n.t('Loading the preview…'))}</p></main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
