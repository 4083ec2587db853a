/**
 * Bilingual Docs in VS Code. The client stays thin: it starts the language server and shows what the server
 * answers: diagnostics and hovers (standard LSP), Preview Bilingual, the status bar item, the dimmed source
 * halves and the commands (custom requests of protocol.ts). On Markdown without bilingual markup the server
 * reports `hasMarkup: false` and nothing here shows.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type MarkdownIt from 'markdown-it';
import { StatusNotification, type DocumentSummary } from '../../shared/protocol';
import { bilingualMarkdownItPlugin, isBuiltinShowSource, type BuiltinShowSource } from './builtinPreview';
import { registerCopyTargetWithoutMarkup } from './commands/copyTargetWithoutMarkup';
import { registerPreviewCommands } from './commands/preview';
import { registerProblemUnitNavigation } from './commands/problemUnitNavigation';
import { registerShowSourceAtCursor } from './commands/showSourceAtCursor';
import { registerContextKeys } from './contextKeys';
import { BilingualEditorProvider } from './editor/bilingualEditor';
import type { GridRendered } from './editor/gridSession';
import { languageClientOptions, type LanguageClientFactory } from './languageClient';
import { PreviewManager } from './preview/previewManager';
import { ReportPanels, type ReportShown } from './report/reportCommands';
import type { PreviewRendered } from './preview/previewPanel';
import { ServerRequests } from './serverRequests';
import { registerSourceDecorations } from './sourceDecorations';
import { registerStatusBar } from './statusBar';
import { DocumentSummaries } from './summaries';
import { answerWorkspaceFileRequests } from './workspaceFiles';
import { answerDictionaryRequests } from './dictionaryFiles';

/** What `activate` returns, for the real-VS-Code tests to wait on events instead of time. */
export interface BilingualDocsApi {
  readonly client: BaseLanguageClient;
  /** The latest summary the server sent for a document. */
  summaryOf(uri: vscode.Uri): DocumentSummary | undefined;
  /** Fires with a document's URI when the server has published its diagnostics and summary. */
  readonly onDidChangeSummary: vscode.Event<string>;
  /** Fires when a Preview Bilingual panel has been sent new content. */
  readonly onDidRenderPreview: vscode.Event<PreviewRendered>;
  /** The Bilingual Editors: for tests that drive a grid through its message path and wait on its rows. */
  readonly bilingualEditor: BilingualEditorProvider;
  /** Fires when a Bilingual Editor grid has been sent rows. */
  readonly onDidRenderGrid: vscode.Event<GridRendered>;
  /** Fires when a QA report panel has been given its page. */
  readonly onDidShowReport: vscode.Event<ReportShown>;
  /** VS Code's Markdown extension calls this (`markdown.markdownItPlugins`) to let its preview read the markup. */
  extendMarkdownIt(markdown: MarkdownIt): MarkdownIt;
}

const SHOW_SOURCE_SETTING = 'bilingualDocs.builtinPreview.showSource';

function builtinShowSource(): BuiltinShowSource {
  const value = vscode.workspace.getConfiguration().get<string>(SHOW_SOURCE_SETTING);
  return isBuiltinShowSource(value) ? value : 'hidden';
}

/**
 * VS Code's Markdown extension keeps rendered tokens per document version, so a changed setting would show only
 * after the next edit; its refresh command drops that cache and renders the open previews again.
 */
function refreshBuiltinPreviewsOnSettingChange(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(SHOW_SOURCE_SETTING)) return;
    void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
  });
}

let client: BaseLanguageClient | undefined;

/**
 * The modules without `vscode` (the preview's and the grid's HTML, the summary's words) translate with
 * `@vscode/l10n`; they read the same bundle VS Code loaded for the display language (none for English).
 */
function useDisplayLanguage(): void {
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
}

/** Activates the extension with the platform's language client (node/main.ts, browser/main.ts). */
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: LanguageClientFactory,
): Promise<BilingualDocsApi> {
  useDisplayLanguage();
  const outputChannel = vscode.window.createOutputChannel('Bilingual Docs', { log: true });
  client = createClient(languageClientOptions(context, outputChannel));
  const summaries = new DocumentSummaries();
  const requests = new ServerRequests(client);
  const previews = new PreviewManager(context.extensionUri, requests, summaries, context.globalState);
  const bilingualEditor = new BilingualEditorProvider(context.extensionUri, requests, summaries);
  const reports = new ReportPanels(context.extensionUri, requests);

  context.subscriptions.push(
    outputChannel,
    summaries,
    previews,
    bilingualEditor,
    bilingualEditor.register(),
    client.onNotification(StatusNotification, (summary) => {
      requests.invalidate(summary.uri);
      summaries.update(summary);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => requests.invalidate(document.uri.toString())),
    registerContextKeys(summaries),
    registerStatusBar(summaries),
    registerSourceDecorations(requests, summaries),
    registerPreviewCommands(previews),
    registerShowSourceAtCursor(requests),
    registerProblemUnitNavigation(requests),
    registerCopyTargetWithoutMarkup(requests),
    reports,
    reports.register(),
    answerWorkspaceFileRequests(client),
    answerDictionaryRequests(client, context.extensionUri),
    vscode.commands.registerCommand('bilingualDocs.restartServer', restartServer),
    refreshBuiltinPreviewsOnSettingChange(),
  );

  try {
    await client.start();
  } catch (error) {
    outputChannel.error(
      `The Bilingual Docs language server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The Bilingual Docs language server did not start. The "Bilingual Docs" output has the details.'),
    );
  }

  return {
    client,
    summaryOf: (uri) => summaries.get(uri),
    onDidChangeSummary: summaries.onDidChange,
    onDidRenderPreview: previews.onDidRender,
    extendMarkdownIt: (markdown) => bilingualMarkdownItPlugin(markdown, builtinShowSource),
    bilingualEditor,
    onDidRenderGrid: bilingualEditor.onDidRender,
    onDidShowReport: reports.onDidShow,
  };
}

async function restartServer(): Promise<void> {
  await client?.stop();
  await client?.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
