/**
 * Starts the Bilingual Docs language server (dist/server.js, over Node IPC) for Markdown files and answers its
 * `workspace/configuration` requests for `bilingualDocs` with exactly the settings the server reads.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  ResponseError,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, type BilingualDocsSettings } from '../../shared/protocol';
import { RestartPolicy } from './restartPolicy';

export const CLIENT_ID = 'bilingualDocs';
export const SETTINGS_SECTION = 'bilingualDocs';

/** The settings the server needs, from the editor's `bilingualDocs.*` for one document (or the window). */
export function serverSettingsFor(scopeUri: string | undefined): BilingualDocsSettings {
  const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  return {
    rules: configuration.get<BilingualDocsSettings['rules']>('rules', DEFAULT_SETTINGS.rules),
    diagnosticsDelay: configuration.get<number>('diagnosticsDelay', DEFAULT_SETTINGS.diagnosticsDelay),
  };
}

/**
 * Restarts a server whose connection closed and says so once per session; gives up (saying so) when it keeps
 * dying. Read/write errors are logged and ridden out, as the default handler does for the first few.
 */
class ServerErrorHandler implements ErrorHandler {
  private readonly policy = new RestartPolicy();

  constructor(private readonly outputChannel: vscode.LogOutputChannel) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    return { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.onConnectionClosed();
    if (decision === 'give-up') {
      return {
        action: CloseAction.DoNotRestart,
        message:
          'The Bilingual Docs language server stopped five times in three minutes and will not be restarted. ' +
          'Run "Bilingual Docs: Restart Language Server" to try again; the "Bilingual Docs" output has the details.',
      };
    }
    if (decision === 'restart-and-tell') {
      void vscode.window
        .showWarningMessage('The Bilingual Docs language server stopped unexpectedly and was restarted.', 'Show Output')
        .then((choice) => choice && this.outputChannel.show(true));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel,
    errorHandler: new ServerErrorHandler(outputChannel),
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (answers instanceof ResponseError) return answers;
          return params.items.map((item, index) => (item.section === SETTINGS_SECTION ? serverSettingsFor(item.scopeUri) : answers[index]));
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Bilingual Docs', serverOptions, clientOptions);
}
