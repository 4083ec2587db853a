/**
 * A real LSP client for the protocol tests and the benchmark: it starts `dist/server.js --stdio`, talks JSON-RPC
 * to it, answers the server's own requests (configuration, registrations) and lets a test wait on notifications
 * by what they say, never by time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type InitializeResult,
  type PublishDiagnosticsParams,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../../../shared/protocol';
import { REPOSITORY_ROOT } from './documents';

export const SERVER = join(REPOSITORY_ROOT, 'dist/server.js');

export interface ClientOptions {
  /** The workspace folder, as a file URI. */
  readonly rootUri?: string;
  /** What the client answers to `workspace/configuration` for section `bilingualDocs`; null means unset. */
  settings?: unknown;
  /** What it answers for other sections (`files.exclude`); null for a section not named here. */
  sections?: Record<string, unknown>;
  /** Whether the client shows diagnostics' related information and work done progress (both off unless said). */
  readonly relatedInformation?: boolean;
  readonly workDoneProgress?: boolean;
  /** Options for node before the server's script (`--require guard.js`). */
  readonly nodeArguments?: readonly string[];
  /** The server's script, when not SERVER (a benchmark bundled elsewhere than the tests). */
  readonly serverScript?: string;
  /** The server's environment, when not this process's (a benchmark's empty dictionary cache). */
  readonly env?: NodeJS.ProcessEnv;
  /** False to start the server without `initialize`, for a test of what it does before. */
  readonly initialize?: boolean;
  /** The display language the client says it has in `initialize` (VS Code sends its own). */
  readonly locale?: string;
}

interface Waiter {
  readonly method: string;
  readonly matches: (params: unknown) => boolean;
  readonly resolve: (params: unknown) => void;
}

export class StdioLanguageClient {
  private readonly received: { readonly method: string; readonly params: unknown }[] = [];
  private readonly waiters: Waiter[] = [];
  readonly stderr: string[] = [];
  private readonly exited: Promise<number | null>;
  initializeResult?: InitializeResult;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly options: ClientOptions,
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    // No notification has a handler of its own, so every one arrives here.
    connection.onUnhandledNotification(({ method, params }) => this.receive(method, params));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(({ section }) => {
        if (section === undefined || section === 'bilingualDocs') return this.options.settings ?? null;
        return this.options.sections?.[section] ?? null;
      }),
    );
    // `$/progress` is routed by its token: each token the server creates gets a handler that records its reports.
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      connection.onProgress(WorkDoneProgress.type, token, (value) => this.receive('$/progress', { token, value }));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.listen();
  }

  private receive(method: string, params: unknown): void {
    this.received.push({ method, params });
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && waiter.matches(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }

  static async start(options: ClientOptions = {}): Promise<StdioLanguageClient> {
    const child = spawn(
      process.execPath,
      [...(options.nodeArguments ?? []), options.serverScript ?? SERVER, '--stdio'],
      { stdio: 'pipe', env: options.env ?? process.env },
    );
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new StdioLanguageClient(child, connection, options);
    if (options.initialize !== false) await client.initialize();
    return client;
  }

  /** `initialize` with the client's capabilities, then `initialized`. */
  async initialize(): Promise<void> {
    const folder = this.options.rootUri ? [{ uri: this.options.rootUri, name: 'workspace' }] : null;
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.options.rootUri ?? null,
      workspaceFolders: folder,
      ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: {
            versionSupport: true,
            codeDescriptionSupport: true,
            ...(this.options.relatedInformation ? { relatedInformation: true } : {}),
          },
        },
        ...(this.options.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The first notification of a method, received already or still to come, whose params match. */
  waitFor<P>(method: string, matches: (params: P) => boolean = () => true): Promise<P> {
    const seen = this.received.find((entry) => entry.method === method && matches(entry.params as P));
    if (seen) return Promise.resolve(seen.params as P);
    return new Promise((resolve) =>
      this.waiters.push({
        method,
        matches: (params) => matches(params as P),
        resolve: (params) => resolve(params as P),
      }),
    );
  }

  /** The first notification of a method still to come whose params match (what came already is passed over). */
  waitForNext<P>(method: string, matches: (params: P) => boolean = () => true): Promise<P> {
    return new Promise((resolve) => {
      const waiter = { method, matches: (params: unknown) => matches(params as P) };
      this.waiters.push({ ...waiter, resolve: (params: unknown) => resolve(params as P) });
    });
  }

  /** All notifications of a method received so far. */
  receivedOf<P>(method: string): P[] {
    return this.received.filter((entry) => entry.method === method).map((entry) => entry.params as P);
  }

  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && params.version === version,
    );
  }

  status(uri: string, version: number): Promise<StatusParams> {
    return this.waitFor<StatusParams>(
      'bilingualDocs/status',
      (params) => params.uri === uri && params.version === version,
    );
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  /** Replaces the whole text, as a new version. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** `shutdown`, then `exit`; resolves with the server's exit code once its process has ended. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server however it is doing, for cleanup after a failed test. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}
