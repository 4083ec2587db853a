/** The extension on a Node extension host (desktop VS Code, a remote or code-server's): the server is a process. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type BilingualDocsApi } from '../extension';
import { CLIENT_ID, CLIENT_NAME } from '../languageClient';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): Promise<BilingualDocsApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options));
}
