/**
 * What every feature of the language server shares: the connection, the open documents parsed once per version,
 * the configuration that applies to each document, and the guard that keeps a failing handler from taking the
 * server down. Features register their own handlers (see features/); this class only answers their questions.
 */
import * as l10n from '@vscode/l10n';
import {
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type BilingualDocsSettings } from '../../shared/protocol';
import { EMPTY_CONFIG, mergeConfigs, withWords, type BilingualDocsConfig } from './core/config';
import type { Spellers } from './core/spelling/spellers';
import type { BilingualDocument } from './core/model';
import { DocumentModels } from './documentModels';
import type { WorkspaceFileSystem } from './fileSystem';
import type { CheckedDocument, LanguageService, ParsedDocument } from './languageService';
import { isPosition } from './languageService/positions';
import { readSettings } from './settings';
import { WorkspaceConfigFiles, type ConfigFileResult } from './workspaceConfigFiles';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceConsistency } from './consistencyIndex';
import { EXCLUDES_NOTHING, excludeMatcher, type ExcludeMatcher } from './excludeGlobs';
import { normalizeUri } from './fileSystem';

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The `textDocument.uri` of LSP params, or undefined when it is not a string. */
export function textDocumentUriOf(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** The `uri` of this project's own requests (`{uri}` params), or undefined when it is not a string. */
export function uriOf(params: unknown): string | undefined {
  const uri = (params as { uri?: unknown } | null | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

function isUntitled(uri: string): boolean {
  return uri.startsWith('untitled:');
}

export type Handler<P, R> = (
  params: P,
  token: CancellationToken,
) => R | ResponseError<void> | Promise<R | ResponseError<void>>;

export class ServerSession {
  readonly documents = new TextDocuments(TextDocument);
  readonly models: DocumentModels;
  readonly configFiles: WorkspaceConfigFiles;
  readonly workspaceIndex: WorkspaceIndex;
  /** Every unit of the workspace's articles, open or not, for the consistency rules across files. */
  readonly consistency: WorkspaceConsistency;
  clientCapabilities: ClientCapabilities = {};
  /** The workspace folders' URIs, spelled as `normalizeUri` spells them. */
  folders: string[] = [];
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot answer `workspace/configuration`. */
  pushedSettings: BilingualDocsSettings = DEFAULT_SETTINGS;
  private readonly settingsByDocument = new Map<string, Promise<BilingualDocsSettings>>();
  private readonly reportedProblems = new Set<string>();
  private readonly configurationListeners: (() => void)[] = [];
  private readonly configurationSourceListeners: (() => void)[] = [];
  private readonly initializedListeners: (() => void)[] = [];
  private readonly watchedFileListeners: ((uri: string, deleted: boolean) => void)[] = [];
  private readonly configFileListeners: ((file: ConfigFileResult) => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly service: LanguageService,
    parseText: (text: string) => BilingualDocument,
    /** The workspace's files (`fs` on Node, the client in the browser), read by URI. */
    readonly fileSystem: WorkspaceFileSystem,
    /** The dictionaries the service checks with, loaded by the spelling feature as documents need them. */
    readonly spellers?: Spellers,
  ) {
    this.models = new DocumentModels(parseText, service.check);
    this.configFiles = new WorkspaceConfigFiles(fileSystem);
    this.workspaceIndex = new WorkspaceIndex(fileSystem);
    this.consistency = new WorkspaceConsistency({
      fileSystem,
      parse: parseText,
      configFor: (uri) => this.configFor(uri, this.folderOf(uri)),
    });
  }

  /** The client said `initialized`: features that start work of their own (the workspace's index) start it. */
  initialized(): void {
    for (const listener of this.initializedListeners) listener();
  }

  onInitialized(listener: () => void): void {
    this.initializedListeners.push(listener);
  }

  /** A watched file (an article, a configuration file) changed on disk. */
  watchedFileChanged(uri: string, deleted: boolean): void {
    for (const listener of this.watchedFileListeners) listener(uri, deleted);
  }

  onWatchedFileChanged(listener: (uri: string, deleted: boolean) => void): void {
    this.watchedFileListeners.push(listener);
  }

  /** Called when settings, configuration files or folders change; not when only a dictionary was loaded. */
  onConfigurationSourcesChanged(listener: () => void): void {
    this.configurationSourceListeners.push(listener);
  }

  /** The workspace folder a resource is in, if any. */
  folderOf(uri: string): string | undefined {
    const key = normalizeUri(uri);
    return this.folders.find((folder) => key.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
  }

  /** The open document with this URI however the client spells it; undefined when it is not open. */
  openUriOf(key: string): string | undefined {
    const exact = this.documents.get(key);
    if (exact) return exact.uri;
    return this.documents.all().find((document) => normalizeUri(document.uri) === key)?.uri;
  }

  /** What `files.exclude` hides in a folder; nothing when the client cannot be asked. */
  async filesExcludeFor(folder: string): Promise<ExcludeMatcher> {
    if (!this.pullsConfiguration()) return EXCLUDES_NOTHING;
    try {
      const item = { scopeUri: folder, section: 'files.exclude' };
      const setting: unknown = await this.connection.workspace.getConfiguration(item);
      return excludeMatcher(setting);
    } catch (error) {
      this.connection.console.error(`Could not read files.exclude: ${String(error)}`);
      return EXCLUDES_NOTHING;
    }
  }

  pullsConfiguration(): boolean {
    return this.clientCapabilities.workspace?.configuration === true;
  }

  /** Tells the user about configuration problems, each one once (until the configuration changes). */
  reportConfigurationProblems(problems: readonly string[]): void {
    const fresh = problems.filter((problem) => !this.reportedProblems.has(problem));
    if (fresh.length === 0) return;
    for (const problem of fresh) this.reportedProblems.add(problem);
    this.connection.console.warn(fresh.join('\n'));
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: l10n.t('Bilingual Docs configuration: {0}.', fresh.join('; ')),
    });
  }

  /** The settings or the configuration files changed: forget what was read and let every feature react. */
  configurationChanged(): void {
    this.settingsByDocument.clear();
    this.reportedProblems.clear();
    for (const listener of this.configurationListeners) listener();
    for (const listener of this.configurationSourceListeners) listener();
  }

  /** What the rules find changed without the configuration changing (a dictionary was loaded): check again. */
  findingsChanged(): void {
    this.models.forgetFindings();
    for (const listener of this.configurationListeners) listener();
  }

  onConfigurationChanged(listener: () => void): void {
    this.configurationListeners.push(listener);
  }

  /** A `.bilingual-docs.json` applied to a document, with its problems (each time it applies). */
  onConfigFileApplied(listener: (file: ConfigFileResult) => void): void {
    this.configFileListeners.push(listener);
  }

  forgetDocument(uri: string): void {
    this.models.drop(uri);
    this.settingsByDocument.delete(uri);
  }

  /** The settings for a resource; without one, those of the workspace (for settings that apply to it all). */
  settingsFor(uri: string | undefined): Promise<BilingualDocsSettings> {
    if (!this.pullsConfiguration()) return Promise.resolve(this.pushedSettings);
    let settings = this.settingsByDocument.get(uri ?? '');
    if (!settings) {
      const item = uri === undefined ? { section: 'bilingualDocs' } : { scopeUri: uri, section: 'bilingualDocs' };
      settings = this.connection.workspace.getConfiguration(item).then(
        (raw: unknown) => {
          const read = readSettings(raw);
          this.reportConfigurationProblems(read.problems);
          return read.settings;
        },
        (error: unknown) => {
          this.connection.console.error(`Could not read the bilingualDocs settings: ${String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.settingsByDocument.set(uri ?? '', settings);
    }
    return settings;
  }

  /**
   * The `.bilingual-docs.json` that applies to the document decides alone, exactly as it does for the CLI in CI,
   * so the editor never shows what CI would not; the `bilingualDocs.rules` setting applies where there is none.
   * An untitled document has no folder, so no file applies to it. Files that are not open read the settings of
   * their folder (`settingsScope`), so that indexing a workspace asks the client once per folder, not per file.
   */
  async configFor(uri: string, settingsScope: string | undefined = uri): Promise<BilingualDocsConfig> {
    const file = isUntitled(uri) ? undefined : await this.configFiles.forDocument(uri, this.folders);
    if (file) this.reportConfigurationProblems(file.problems);
    if (file?.uri) for (const listener of this.configFileListeners) listener(file);
    const settings = await this.settingsFor(settingsScope);
    const personalWords: BilingualDocsConfig = { rules: {}, ...(settings.words ? { words: settings.words } : {}) };
    // Word lists add up: the user's own words count wherever the repository's file decides the severities.
    if (file?.path) return withWords(file.config, [file.config, personalWords]);
    return mergeConfigs(EMPTY_CONFIG, { rules: settings.rules }, personalWords);
  }

  /** Where the workspace word list goes for a document: the `.bilingual-docs.json` that applies, if one does. */
  async configFileUriFor(uri: string): Promise<string | undefined> {
    return isUntitled(uri) ? undefined : (await this.configFiles.forDocument(uri, this.folders)).uri;
  }

  /** A workspace file's text, through the server's file system (`fs` on Node, the client in the browser). */
  readText(uri: string): Promise<string> {
    return this.fileSystem.readText(uri);
  }

  /** The open document parsed; undefined when it is not open. */
  parsedDocument(uri: string): ParsedDocument | undefined {
    const document = this.documents.get(uri);
    return document ? this.models.parsed(document) : undefined;
  }

  /** The open document checked under its configuration; undefined when it is not open (or closed meanwhile). */
  async checkedDocument(uri: string): Promise<CheckedDocument | undefined> {
    if (!this.documents.get(uri)) return undefined;
    const config = await this.configFor(uri);
    const document = this.documents.get(uri);
    if (!document) return undefined;
    // Its units join the workspace's index first, so that it is checked across the locale's other articles.
    this.consistency.updateOpen(uri, document.version, this.models.parsed(document).model, config);
    return this.models.checked(document, config, this.consistency.checkFor(uri));
  }

  /**
   * Wraps a handler so that a failure is logged and answered with the fallback; a `ResponseError` the handler
   * returns (bad parameters) goes to the client as an error response.
   */
  guarded<P, R>(name: string, fallback: R, handler: Handler<P, R>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
      try {
        if (token.isCancellationRequested) return fallback;
        return await handler(params, token);
      } catch (error) {
        this.connection.console.error(`${name} failed: ${errorText(error)}`);
        return fallback;
      }
    };
  }

  /** The open document and position of a `TextDocumentPositionParams`, or why they are not usable. */
  positionRequest(
    params: unknown,
  ): { readonly document?: ParsedDocument; readonly position: Position } | ResponseError<void> {
    const uri = textDocumentUriOf(params);
    const position = (params as { position?: unknown } | null | undefined)?.position;
    if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
    if (!isPosition(position)) {
      return invalidParams('Expected params.position to be {line, character} with non-negative integers');
    }
    const document = this.parsedDocument(uri);
    return document ? { document, position } : { position };
  }
}
