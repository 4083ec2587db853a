/**
 * The language server's wiring: a session that keeps the open documents (parsed once per version) and their
 * configuration, and one file per feature under features/ that registers its own handlers and says which
 * capabilities it brings. Every handler answers bad input with an error or an empty result and never takes the
 * server down.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { BilingualDocument } from './core/model';
import { parse } from './core/parse';
import { ruleDocPath } from './core/rules';
import { registerCodeActions } from './features/codeActions';
import { registerConfiguration } from './features/configuration';
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
import { registerSpelling } from './features/spelling';
import { Spellers } from './core/spelling/spellers';
import { nodeDictionaryCache, nodeDictionaryLoader } from './dictionaryFiles';
import { VERSION } from './cli/version';
import { createLanguageService } from './languageService';
import { filePathOf, ServerSession } from './session';
import { guardConnection } from './connectionGuard';

export interface ServerOptions {
  /** The installed package's root folder; rule pages are at `<packageRoot>/docs/rules/<code>.md`. */
  readonly packageRoot: string;
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
];

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => filePathOf(uri) ?? []);
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const dictionaries = nodeDictionaryLoader(join(options.packageRoot, 'dist/dictionaries'));
  const spellers = options.spellers ?? new Spellers(dictionaries, nodeDictionaryCache(VERSION));
  const service = createLanguageService({
    ruleDocumentationLink: (code) => pathToFileURL(join(options.packageRoot, ruleDocPath(code))).href,
    spellers: spellers.lookup,
  });
  let initialized = false;
  const guarded = guardConnection(connection, () => initialized);
  const session = new ServerSession(guarded, service, options.parse ?? parse, spellers);
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const register of FEATURES) Object.assign(capabilities, register(session));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.clientCapabilities = params.capabilities ?? {};
    session.folders = workspaceFolderPaths(params);
    initialized = true;
    return { capabilities, serverInfo: { name: 'bilingual-docs-language-server' } };
  });

  session.documents.listen(guarded);
  connection.listen();
}
