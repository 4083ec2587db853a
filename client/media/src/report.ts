/**
 * The QA report page in VS Code: the page is the server's, rendered and escaped there; this script only turns a
 * click on a link to an article's line into a message, for the extension to open the article at that line.
 */
import type { OpenPlaceMessage } from '../../src/report/reportMessages';

interface VsCodeApi {
  postMessage(message: OpenPlaceMessage): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-line]');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  const hash = href.lastIndexOf('#');
  const uri = hash >= 0 ? href.slice(0, hash) : href;
  vscode.postMessage({ type: 'open', uri, line: Number(link.dataset['line']) });
});
