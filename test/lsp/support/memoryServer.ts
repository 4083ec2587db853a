/**
 * The language server in this process, over in-memory streams, for tests that give it what the Node entry cannot
 * (other message bundles, test dictionaries): `startServer` as the entries call it, and a protocol client.
 */
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerOptions } from '../../../server/src/server';
import type { WorkspaceFileSystem } from '../../../server/src/fileSystem';

/** A workspace with no files: the server finds no configuration file and no other articles. */
const EMPTY_WORKSPACE: WorkspaceFileSystem = {
  stat: () => Promise.resolve(undefined),
  readDirectory: () => Promise.resolve([]),
  readText: (uri) => Promise.reject(new Error(`no file ${uri}`)),
};

export interface MemoryClientOptions extends Partial<ServerOptions> {
  /** `InitializeParams.locale`; absent for a client that says none. */
  readonly locale?: string;
  /** What the client answers for the `bilingualDocs` settings. */
  readonly settings?: unknown;
}

export class MemoryLanguageClient {
  private readonly notifications: { readonly method: string; readonly params: unknown }[] = [];
  private readonly waiters: {
    readonly method: string;
    readonly matches: (params: unknown) => boolean;
    readonly resolve: (params: unknown) => void;
  }[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly streams: readonly PassThrough[],
  ) {
    connection.onUnhandledNotification(({ method, params }) => {
      this.notifications.push({ method, params });
      for (const waiter of [...this.waiters]) {
        if (waiter.method !== method || !waiter.matches(params)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
  }

  static async start(options: MemoryClientOptions = {}): Promise<MemoryLanguageClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { locale, settings, ...serverOptions } = options;
    startServer(serverConnection, { packageRoot: 'file:///package', fileSystem: EMPTY_WORKSPACE, ...serverOptions });
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const client = new MemoryLanguageClient(connection, [toServer, toClient]);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => settings ?? null),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      ...(locale === undefined ? {} : { locale }),
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The first notification of a method, received already or still to come, whose params match. */
  waitFor<P>(method: string, matches: (params: P) => boolean = () => true): Promise<P> {
    const seen = this.notifications.find((entry) => entry.method === method && matches(entry.params as P));
    if (seen) return Promise.resolve(seen.params as P);
    return new Promise((resolve) => {
      this.waiters.push({
        method,
        matches: (params: unknown) => matches(params as P),
        resolve: (params: unknown) => resolve(params as P),
      });
    });
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const published = this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) =>
      params.uri === uri,
    );
    const textDocument = { uri, languageId: 'markdown', version: 1, text };
    await this.connection.sendNotification('textDocument/didOpen', { textDocument });
    return published;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  stop(): void {
    this.connection.dispose();
    for (const stream of this.streams) stream.end();
  }
}
