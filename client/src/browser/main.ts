/**
 * The extension on a web worker extension host (vscode.dev, github.dev, code-server's browser host): the server
 * runs in a Web Worker started from dist/browser/server.js, a fresh one at each (re)start.
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { activateWith, type BilingualDocsApi } from '../extension';
import { CLIENT_ID, CLIENT_NAME } from '../languageClient';

export { deactivate } from '../extension';

/**
 * The URL a worker can be started from: the bundle's own where the host allows it (`http(s):`, as on vscode.dev);
 * elsewhere (a `vscode-remote:` extension, as in code-server, where `new Worker(<that URL>)` throws "Creating
 * workers from remote extensions is currently not supported") a `blob:` URL of the bundle's text, read with
 * `vscode.workspace.fs`.
 */
async function serverWorkerUrl(extensionUri: vscode.Uri): Promise<string> {
  const serverUri = vscode.Uri.joinPath(extensionUri, 'dist/browser/server.js');
  if (['http', 'https', 'file'].includes(serverUri.scheme)) return serverUri.toString(true);
  const code = await vscode.workspace.fs.readFile(serverUri);
  return URL.createObjectURL(new Blob([new TextDecoder().decode(code)], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<BilingualDocsApi> {
  const workerUrl = await serverWorkerUrl(context.extensionUri);
  let worker: Worker | undefined;
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  // Transports rather than the Worker itself, so a restart gets a new worker and the stopped one is ended.
  const startServer = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(workerUrl);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, startServer, options));
}
