/**
 * The language server in a browser's Web Worker (vscode.dev, github.dev, code-server's web worker extension
 * host): the same server as on Node, talking over the worker's messages and reading the workspace's files and the
 * spelling dictionaries through the client.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { clientFileSystem } from '../clientFileSystem';
import { clientDictionaryLoader } from '../clientDictionaries';
import { Spellers } from '../core/spelling/spellers';

/** The worker's own scope, which receives and posts the client's messages. */
const workerScope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(workerScope), new BrowserMessageWriter(workerScope));
// Dictionaries in text form (fi, ru, tr, uk) are decoded on this worker's thread, with no cache between sessions.
const spellers = new Spellers(clientDictionaryLoader(connection));
startServer(connection, { fileSystem: clientFileSystem(connection), spellers });
