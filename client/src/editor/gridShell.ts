/** The Bilingual Editor's page around the grid: policy, stylesheet, script, the page's language and words. Pure. */
import * as l10n from '@vscode/l10n';
import { webviewHead } from '../preview/shell';
import { escapeHtml } from '../preview/markdown';
import { gridPageText } from './gridText';

export interface GridShellParameters {
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
  /** VS Code's display language (`vscode.env.language`): the language of the page's own words. */
  readonly uiLanguage: string;
}

export function renderGridShell(parameters: GridShellParameters): string {
  const { cspSource, nonce, scriptUri, styleUri, title, uiLanguage } = parameters;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLanguage)}">
${webviewHead({ cspSource, nonce, styleUri, title })}
<body data-page-text="${escapeHtml(JSON.stringify(gridPageText()))}">
<div id="app" aria-busy="true"><p class="notice">${escapeHtml(l10n.t('Loading the units…'))}</p></div>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
