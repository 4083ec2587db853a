/**
 * The language client's options on every platform: Markdown documents, the `workspace/configuration` answers for
 * `bilingualDocs` with exactly the settings the server reads, and the restart policy. How the server starts is
 * the platform's (node/main.ts: a Node process; browser/main.ts: a Web Worker).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ResponseError,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { DEFAULT_SETTINGS, type BilingualDocsSettings } from '../../shared/protocol';
import { RestartPolicy } from './restartPolicy';

export const CLIENT_ID = 'bilingualDocs';
export const CLIENT_NAME = 'Bilingual Docs';

/**
 * Where Markdown is checked: files on disk and untitled ones, and the virtual file systems of github.dev and
 * vscode.dev (`vscode-vfs`) and of a remote or web host (`vscode-remote`). Not `git:` and the like, which show
 * old versions of the same files in diffs and would report their problems twice.
 */
const CHECKED_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

/** Makes the platform's client for the options; the extension starts it. */
export type LanguageClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;
export const SETTINGS_SECTION = 'bilingualDocs';

/** The settings the server needs, from the editor's `bilingualDocs.*` for one document (or the window). */
export function serverSettingsFor(scopeUri: string | undefined): BilingualDocsSettings {
  const configuration = vscode.workspace.getConfiguration(
    SETTINGS_SECTION,
    scopeUri ? vscode.Uri.parse(scopeUri) : undefined,
  );
  const words = configuration.get<BilingualDocsSettings['words']>('words');
  return {
    rules: plain(configuration.get<BilingualDocsSettings['rules']>('rules', DEFAULT_SETTINGS.rules)),
    diagnosticsDelay: configuration.get<number>('diagnosticsDelay', DEFAULT_SETTINGS.diagnosticsDelay),
    ...(words === undefined ? {} : { words: plain(words) }),
  };
}

/**
 * A setting's value as plain data. VS Code hands out object settings behind a Proxy, which a Web Worker's
 * `postMessage` cannot clone: in the browser the connection to the server broke on the first settings answer that
 * held one (`bilingualDocs.words`).
 */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
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
        message: [
          vscode.l10n.t(
            'The Bilingual Docs language server stopped five times in three minutes and will not be restarted.',
          ),
          vscode.l10n.t(
            'Run "Bilingual Docs: Restart Language Server" to try again; the "Bilingual Docs" output has the details.',
          ),
        ].join(' '),
      };
    }
    if (decision === 'restart-and-tell') {
      const showOutput = vscode.l10n.t('Show Output');
      void vscode.window
        .showWarningMessage(
          vscode.l10n.t('The Bilingual Docs language server stopped unexpectedly and was restarted.'),
          showOutput,
        )
        .then((choice) => choice === showOutput && this.outputChannel.show(true));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

export function languageClientOptions(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
): LanguageClientOptions {
  return {
    documentSelector: CHECKED_SCHEMES.map((scheme) => ({ language: 'markdown', scheme })),
    initializationOptions: { packageRoot: context.extensionUri.toString() },
    synchronize: { configurationSection: [SETTINGS_SECTION, 'files.exclude'] },
    outputChannel,
    errorHandler: new ServerErrorHandler(outputChannel),
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (answers instanceof ResponseError) return answers;
          return params.items.map((item, index) =>
            item.section === SETTINGS_SECTION ? serverSettingsFor(item.scopeUri) : answers[index],
          );
        },
      },
    },
  };
}
