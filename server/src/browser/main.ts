/**
 * The language server in a browser's Web Worker (vscode.dev, github.dev, code-server's web worker extension
 * host): the same server as on Node, talking over the worker's messages and reading the workspace's files
 * through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { clientFileSystem } from '../clientFileSystem';

/** The worker's own scope, which receives and posts the client's messages. */
const workerScope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(workerScope), new BrowserMessageWriter(workerScope));
startServer(connection, { fileSystem: clientFileSystem(connection) });
