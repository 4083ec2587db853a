/**
 * The language server: LSP wiring around the language service. It keeps the open documents, parses each version
 * once, reads settings per document and `.bilingual-docs.json` from disk, and publishes debounced diagnostics
 * with a `bilingualDocs/status` summary. Every handler answers bad input with an error or an empty result and
 * never takes the server down.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { BilingualDocument } from './core/model';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, mergeConfigs, type BilingualDocsConfig } from './core/config';
import { ruleDocPath } from './core/rules';
import { parse } from './core/parse';
import { ConfigFiles, type ConfigFileResult } from './configFiles';
import { DocumentModels } from './documentModels';
import { FIX_ALL_KIND, QUICK_FIX_KIND, createLanguageService, type CheckedDocument, type IndexedFile } from './languageService';
import { isPosition } from './languageService/positions';
import { DEFAULT_SETTINGS, LookupRangesRequestMethod, PreviewRequestMethod, StatusNotificationMethod, UnitAtRequestMethod, type BilingualDocsSettings } from './protocol';
import { readSettings } from './settings';
import { WorkspaceIndex } from './workspaceIndex';

export interface ServerOptions {
  /** The installed package's root folder; rule pages are at `<packageRoot>/docs/rules/<code>.md`. */
  readonly packageRoot: string;
  /** The reader; the core's `parse` unless a test needs another. */
  readonly parse?: (text: string) => BilingualDocument;
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function uriOf(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => filePathOf(uri) ?? []);
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const parseText = options.parse ?? parse;
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService({
    ruleDocumentationLink: (code) => pathToFileURL(join(options.packageRoot, ruleDocPath(code))).href,
  });
  const models = new DocumentModels(parseText, service.check);
  const configFiles = new ConfigFiles();
  const workspaceIndex = new WorkspaceIndex();

  let clientCapabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot answer `workspace/configuration`. */
  let pushedSettings: BilingualDocsSettings = DEFAULT_SETTINGS;
  const settingsByDocument = new Map<string, Promise<BilingualDocsSettings>>();
  const reportedProblems = new Set<string>();
  const pendingDiagnostics = new Map<string, ReturnType<typeof setTimeout>>();

  const pullsConfiguration = (): boolean => clientCapabilities.workspace?.configuration === true;

  /** Tells the user about configuration problems, each one once (until the configuration changes). */
  function reportConfigurationProblems(problems: readonly string[]): void {
    const fresh = problems.filter((problem) => !reportedProblems.has(problem));
    if (fresh.length === 0) return;
    for (const problem of fresh) reportedProblems.add(problem);
    connection.console.warn(fresh.join('\n'));
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `Bilingual Docs configuration: ${fresh.join('; ')}. The rest of the configuration still applies.`,
    });
  }

  function settingsFor(uri: string): Promise<BilingualDocsSettings> {
    if (!pullsConfiguration()) return Promise.resolve(pushedSettings);
    let settings = settingsByDocument.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'bilingualDocs' }).then(
        (raw: unknown) => {
          const read = readSettings(raw);
          reportConfigurationProblems(read.problems);
          return read.settings;
        },
        (error: unknown) => {
          connection.console.error(`Could not read the bilingualDocs settings: ${String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      settingsByDocument.set(uri, settings);
    }
    return settings;
  }

  function configFileFor(uri: string): ConfigFileResult | undefined {
    const path = filePathOf(uri);
    if (path === undefined) return undefined;
    const found = configFiles.forDocument(path, folders);
    reportConfigurationProblems(found.problems);
    return found;
  }

  /**
   * The `.bilingual-docs.json` that applies to the document decides alone, exactly as it does for the CLI in CI,
   * so the editor never shows what CI would not; the `bilingualDocs.rules` setting applies where there is none.
   */
  async function configFor(uri: string): Promise<BilingualDocsConfig> {
    const file = configFileFor(uri);
    if (file?.path) return file.config;
    const settings = await settingsFor(uri);
    return mergeConfigs(EMPTY_CONFIG, { rules: settings.rules });
  }

  /** The open document checked under its configuration; undefined when it is not open (or closed meanwhile). */
  async function checkedDocument(uri: string): Promise<CheckedDocument | undefined> {
    if (!documents.get(uri)) return undefined;
    const config = await configFor(uri);
    const document = documents.get(uri);
    return document ? models.checked(document, config) : undefined;
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const checked = await checkedDocument(uri);
    // A newer version has its own run coming; a closed document has had its diagnostics cleared.
    if (!checked || checked.version !== version || documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: service.getDiagnostics(checked) });
    await connection.sendNotification(StatusNotificationMethod, service.getSummary(checked));
  }

  function runPublish(uri: string): void {
    publishDiagnostics(uri).catch((error: unknown) => connection.console.error(`Diagnostics for ${uri} failed: ${errorText(error)}`));
  }

  /** Diagnostics after the configured pause (`bilingualDocs.diagnosticsDelay`); a newer change restarts it. */
  function scheduleDiagnostics(uri: string, immediately: boolean): void {
    clearTimeout(pendingDiagnostics.get(uri));
    pendingDiagnostics.delete(uri);
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    if (immediately) {
      runPublish(uri);
      return;
    }
    settingsFor(uri)
      .then((settings) => {
        if (documents.get(uri)?.version !== version) return;
        clearTimeout(pendingDiagnostics.get(uri));
        pendingDiagnostics.set(
          uri,
          setTimeout(() => {
            pendingDiagnostics.delete(uri);
            runPublish(uri);
          }, settings.diagnosticsDelay),
        );
      })
      .catch((error: unknown) => connection.console.error(`Scheduling diagnostics for ${uri} failed: ${errorText(error)}`));
  }

  function republishAll(): void {
    for (const document of documents.all()) scheduleDiagnostics(document.uri, true);
  }

  function errorText(error: unknown): string {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }

  /**
   * Wraps a handler so that a failure is logged and answered with the fallback; a `ResponseError` the handler
   * returns (bad parameters) goes to the client as an error response.
   */
  function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | ResponseError<void> | Promise<R | ResponseError<void>>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      try {
        if (token.isCancellationRequested) return fallback;
        return await handler(params, token);
      } catch (error) {
        connection.console.error(`${name} failed: ${errorText(error)}`);
        return fallback;
      }
    };
  }

  /** The open document and position of a `TextDocumentPositionParams`, or why they are not usable. */
  function positionRequest(params: unknown): { readonly document?: TextDocument; readonly position: Position } | ResponseError<void> {
    const uri = uriOf(params);
    const position = (params as { position?: unknown } | null | undefined)?.position;
    if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
    if (!isPosition(position)) return invalidParams('Expected params.position to be {line, character} with non-negative integers');
    return { document: documents.get(uri), position };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientCapabilities = params.capabilities ?? {};
    folders = workspaceFolderPaths(params);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Bilingual units' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'bilingual-docs-language-server' },
    };
  });

  connection.onInitialized(() => {
    const workspace = clientCapabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bilingualDocs' });
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.flatMap((folder) => filePathOf(folder.uri) ?? []));
        folders = [...folders.filter((folder) => !removed.has(folder)), ...event.added.flatMap((folder) => filePathOf(folder.uri) ?? [])];
        configFiles.invalidate();
        republishAll();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    settingsByDocument.clear();
    reportedProblems.clear();
    if (!pullsConfiguration()) {
      const raw = (params?.settings as { bilingualDocs?: unknown } | null | undefined)?.bilingualDocs;
      const read = readSettings(raw);
      reportConfigurationProblems(read.problems);
      pushedSettings = read.settings;
    }
    republishAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    if (!changes.some((change) => typeof change?.uri === 'string' && change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
    configFiles.invalidate();
    reportedProblems.clear();
    republishAll();
  });

  /** Documents whose open is being handled: `onDidChangeContent` fires for an open too, right after `onDidOpen`. */
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    scheduleDiagnostics(event.document.uri, true);
  });
  documents.onDidChangeContent((event) => {
    if (justOpened.delete(event.document.uri)) return;
    scheduleDiagnostics(event.document.uri, false);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(pendingDiagnostics.get(uri));
    pendingDiagnostics.delete(uri);
    models.drop(uri);
    settingsByDocument.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(
    guarded('Hover', null, (params, token) => {
      const request = positionRequest(params);
      if (request instanceof ResponseError) return request;
      return request.document ? service.getHover(models.parsed(request.document), request.position, token) : null;
    }),
  );

  connection.onDefinition(
    guarded('Go to definition', [], (params, token) => {
      const request = positionRequest(params);
      if (request instanceof ResponseError) return request;
      return request.document ? service.getDefinition(models.parsed(request.document), request.position, token) : [];
    }),
  );

  connection.onDocumentHighlight(
    guarded('Document highlights', [], (params, token) => {
      const request = positionRequest(params);
      if (request instanceof ResponseError) return request;
      return request.document ? service.getDocumentHighlights(models.parsed(request.document), request.position, token) : [];
    }),
  );

  connection.onDocumentSymbol(
    guarded('Document symbols', [], (params, token) => {
      const uri = uriOf(params);
      if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
      const document = documents.get(uri);
      return document ? service.getDocumentSymbols(models.parsed(document), token) : [];
    }),
  );

  connection.onCodeAction(
    guarded('Code actions', [], async (params, token) => {
      const uri = uriOf(params);
      if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
      if (!isPosition(params?.range?.start) || !isPosition(params.range.end)) return invalidParams('Expected params.range to be a range');
      const checked = await checkedDocument(uri);
      if (!checked || token.isCancellationRequested) return [];
      const only = Array.isArray(params.context?.only) ? params.context.only.filter((kind): kind is string => typeof kind === 'string') : undefined;
      return service.getCodeActions(checked, { range: params.range, ...(only ? { only } : {}) }, token);
    }),
  );

  connection.onWorkspaceSymbol(
    guarded('Workspace symbols', [], async (params, token) => {
      const query = (params as { query?: unknown } | null | undefined)?.query;
      if (typeof query !== 'string') return invalidParams('Expected params.query to be a string');
      if (query.trim() === '') return [];
      const open: IndexedFile[] = documents.all().map((document) => models.indexed(document));
      const openPaths = new Set(open.flatMap((file) => filePathOf(file.uri) ?? []));
      const onDisk = await workspaceIndex.filesUnder(folders, openPaths, token);
      if (!onDisk) return [];
      return service.findWorkspaceSymbols(query, [...open, ...onDisk], token);
    }),
  );

  connection.onRequest(
    UnitAtRequestMethod,
    guarded('Unit at cursor', null, async (params: unknown, token) => {
      const { uri, position } = (params ?? {}) as { uri?: unknown; position?: unknown };
      if (typeof uri !== 'string') return invalidParams('Expected params.uri to be a string');
      if (!isPosition(position)) return invalidParams('Expected params.position to be {line, character} with non-negative integers');
      const checked = await checkedDocument(uri);
      return checked ? service.getUnitAt(checked, position, token) : null;
    }),
  );

  connection.onRequest(
    PreviewRequestMethod,
    guarded('Preview', null, async (params: unknown, token) => {
      const uri = (params as { uri?: unknown } | null | undefined)?.uri;
      if (typeof uri !== 'string') return invalidParams('Expected params.uri to be a string');
      const checked = await checkedDocument(uri);
      return checked ? service.getPreview(checked, token) : null;
    }),
  );

  connection.onRequest(
    LookupRangesRequestMethod,
    guarded('Lookup ranges', null, async (params: unknown, token) => {
      const uri = (params as { uri?: unknown } | null | undefined)?.uri;
      if (typeof uri !== 'string') return invalidParams('Expected params.uri to be a string');
      const document = documents.get(uri);
      return document ? service.getLookupRanges(models.parsed(document), token) : null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
