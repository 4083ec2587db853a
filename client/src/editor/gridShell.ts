/** The Bilingual Editor's page around the grid: policy, stylesheet, script, and the page's language. Pure. */
import { webviewHead } from '../preview/shell';
import { escapeHtml } from '../preview/markdown';

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
<body>
<div id="app" aria-busy="true"><p class="notice">Loading the units…</p></div>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
