/**
 * "Bilingual Docs: Show QA Report" and "Save QA Report As…": the language server builds the report of the
 * workspace, or of the folders and files chosen in the explorer, with the same code as `bilingual-docs report`;
 * the extension shows it in a webview (whose script only posts the links clicked, opened here at their line) or
 * writes it where the user chooses, with links relative to that place.
 */
import * as vscode from 'vscode';
import { ReportRequest, type ReportParams, type ReportResult } from '../../../shared/protocol';
import type { ServerRequests } from '../serverRequests';
import { newNonce } from '../webviewNonce';
import { isOpenPlaceMessage } from './reportMessages';

export const REPORT_VIEW_TYPE = 'bilingualDocs.report';

/** What the panel shows while the first report is made: no script, no style, nothing to fetch. */
const WAITING_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><title>QA Report</title></head>' +
  '<body><p>Checking the articles…</p></body></html>';

/** What a report panel was given, for the real-VS-Code tests to wait on instead of time. */
export interface ReportShown {
  readonly panel: vscode.WebviewPanel;
  readonly files: number;
  readonly problems: number;
}

/** The explorer passes the resource clicked and every one selected; the palette passes nothing. */
function chosenUris(clicked: unknown, selected: unknown): vscode.Uri[] {
  if (Array.isArray(selected) && selected.every((item) => item instanceof vscode.Uri)) return selected;
  return clicked instanceof vscode.Uri ? [clicked] : [];
}

function summaryOf(result: ReportResult): string {
  const files = result.files === 1 ? '1 file' : `${result.files} files`;
  const problems = result.problems === 1 ? '1 problem' : `${result.problems} problems`;
  return `${files}, ${problems}`;
}

export class ReportPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** What the panel shows (none: the workspace), for "Save QA Report As…"; undefined until it shows a report. */
  private shownUris: vscode.Uri[] | undefined;
  private readonly rendered = new vscode.EventEmitter<ReportShown>();
  readonly onDidShow = this.rendered.event;
  private readonly disposables: vscode.Disposable[] = [this.rendered];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly requests: ServerRequests,
  ) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.commands.registerCommand('bilingualDocs.showReport', (clicked?: unknown, selected?: unknown) =>
        this.show(chosenUris(clicked, selected)),
      ),
      vscode.commands.registerCommand('bilingualDocs.saveReport', (clicked?: unknown, selected?: unknown) => {
        const uris = chosenUris(clicked, selected);
        return this.save(uris.length > 0 ? uris : (this.shownUris ?? []));
      }),
    );
  }

  /** Builds the report of the URIs (none: the workspace) and shows it; undefined when cancelled or failed. */
  async show(uris: vscode.Uri[]): Promise<ReportShown | undefined> {
    const panel = this.panelFor();
    const webview = panel.webview;
    const page = {
      nonce: newNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'media', 'report.js')).toString(),
    };
    if (this.shownUris === undefined) webview.html = WAITING_PAGE;
    const result = await this.build({ uris: uris.map((uri) => uri.toString()), webview: page });
    if (!result) {
      if (this.shownUris === undefined) panel.dispose();
      return undefined;
    }
    this.shownUris = uris;
    webview.html = result.html;
    panel.reveal(undefined, true);
    const shown = { panel, files: result.files, problems: result.problems };
    this.rendered.fire(shown);
    return shown;
  }

  /** Asks where to save the report of the URIs, then writes it there; the saved file's URI, or undefined. */
  async save(uris: vscode.Uri[]): Promise<vscode.Uri | undefined> {
    const folder = uris[0] ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = folder ? vscode.Uri.joinPath(folder, 'bilingual-docs-report.html') : undefined;
    const target = await vscode.window.showSaveDialog({
      defaultUri,
      filters: { HTML: ['html', 'htm'] },
      saveLabel: 'Save Report',
      title: 'Save QA Report As',
    });
    if (!target) return undefined;
    const linksFrom = vscode.Uri.joinPath(target, '..').toString();
    const result = await this.build({ uris: uris.map((uri) => uri.toString()), linksFrom });
    if (!result) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
    vscode.window.setStatusBarMessage(`Saved the QA report (${summaryOf(result)}).`, 5000);
    return target;
  }

  private build(params: ReportParams): Promise<ReportResult | undefined> {
    const progress = {
      location: vscode.ProgressLocation.Notification,
      title: 'Bilingual Docs QA report',
      cancellable: true,
    };
    return Promise.resolve(
      vscode.window.withProgress(progress, async (report, token) => {
        report.report({ message: 'Checking the articles…' });
        try {
          const result = await this.requests.send(ReportRequest, params, token);
          return token.isCancellationRequested || !result ? undefined : result;
        } catch (error) {
          if (!token.isCancellationRequested) {
            void vscode.window.showErrorMessage(`The QA report could not be made: ${(error as Error).message}`);
          }
          return undefined;
        }
      }),
    );
  }

  private panelFor(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'QA Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'media')],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    this.disposables.push(
      panel,
      panel.webview.onDidReceiveMessage((message: unknown) => this.open(message)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.shownUris = undefined;
      }),
    );
    return panel;
  }

  private async open(message: unknown): Promise<void> {
    if (!isOpenPlaceMessage(message)) return;
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(message.uri, true);
    } catch {
      return;
    }
    const position = new vscode.Position(message.line, 0);
    await vscode.window.showTextDocument(uri, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preview: true,
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
