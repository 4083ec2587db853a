/**
 * The language server's wiring: a session that keeps the open documents (parsed once per version) and their
 * configuration, and one file per feature under features/ that registers its own handlers and says which
 * capabilities it brings. Every handler answers bad input with an error or an empty result and never takes the
 * server down.
 */
import type { Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { BilingualDocument } from './core/model';
import { parse } from './core/parse';
import { ruleDocPath } from './core/rules';
import { registerCodeActions } from './features/codeActions';
import { registerConfiguration } from './features/configuration';
import { registerConfigFileDiagnostics } from './features/configFileDiagnostics';
import { registerDefinition } from './features/definition';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentHighlights } from './features/documentHighlights';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerEditorModel } from './features/editorModel';
import { registerHover } from './features/hover';
import { registerLookupRanges } from './features/lookupRanges';
import { registerPreview } from './features/preview';
import { registerUnitAt } from './features/unitAt';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { registerWorkspaceConsistency } from './features/workspaceConsistency';
import { childUri, normalizeUri, type WorkspaceFileSystem } from './fileSystem';
import { registerSpelling } from './features/spelling';
import { registerReport } from './features/report';
import type { Spellers } from './core/spelling/spellers';
import { createLanguageService } from './languageService';
import { ServerSession } from './session';
import { guardConnection } from './connectionGuard';

export interface ServerOptions {
  /**
   * The installed package's root folder as a URI; rule pages are at `<packageRoot>/docs/rules/<code>.md`. When
   * absent (the browser's Web Worker does not know where it was loaded from), the client's `initialize` says it
   * as `initializationOptions.packageRoot`.
   */
  readonly packageRoot?: string;
  /** Where the workspace's files are read: `fs` on Node, the client in the browser. */
  readonly fileSystem: WorkspaceFileSystem;
  /** The reader; the core's `parse` unless a test needs another. */
  readonly parse?: (text: string) => BilingualDocument;
  /** The dictionaries; those of `<packageRoot>/dist/dictionaries` unless a test gives others. */
  readonly spellers?: Spellers;
}

/** Each feature registers its handlers and returns the capabilities it brings. */
const FEATURES: readonly ((session: ServerSession) => ServerCapabilities)[] = [
  registerConfiguration,
  registerDiagnostics,
  registerHover,
  registerDefinition,
  registerDocumentHighlights,
  registerDocumentSymbols,
  registerCodeActions,
  registerWorkspaceSymbols,
  registerUnitAt,
  registerPreview,
  registerLookupRanges,
  registerEditorModel,
  registerSpelling,
  registerReport,
  registerConfigFileDiagnostics,
  registerWorkspaceConsistency,
];

function workspaceFolderUris(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(normalizeUri);
}

function packageRootOf(params: InitializeParams): string | undefined {
  const root = (params.initializationOptions as { packageRoot?: unknown } | null | undefined)?.packageRoot;
  return typeof root === 'string' ? root : undefined;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  let packageRoot = options.packageRoot;
  const service = createLanguageService({
    ruleDocumentationLink: (code) => (packageRoot === undefined ? undefined : childUri(packageRoot, ruleDocPath(code))),
    ...(options.spellers ? { spellers: options.spellers.lookup } : {}),
  });
  let initialized = false;
  const guarded = guardConnection(connection, () => initialized);
  const session = new ServerSession(guarded, service, options.parse ?? parse, options.fileSystem, options.spellers);
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const register of FEATURES) Object.assign(capabilities, register(session));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.clientCapabilities = params.capabilities ?? {};
    session.folders = workspaceFolderUris(params);
    packageRoot ??= packageRootOf(params);
    initialized = true;
    return { capabilities, serverInfo: { name: 'bilingual-docs-language-server' } };
  });

  session.documents.listen(guarded);
  connection.listen();
}
