/**
 * What every feature of the language server shares: the connection, the open documents parsed once per version,
 * the configuration that applies to each document, and the guard that keeps a failing handler from taking the
 * server down. Features register their own handlers (see features/); this class only answers their questions.
 */
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

export type Handler<P, R> = (params: P, token: CancellationToken) => R | ResponseError<void> | Promise<R | ResponseError<void>>;

export class ServerSession {
  readonly documents = new TextDocuments(TextDocument);
  readonly models: DocumentModels;
  readonly configFiles: WorkspaceConfigFiles;
  readonly workspaceIndex: WorkspaceIndex;
  clientCapabilities: ClientCapabilities = {};
  /** The workspace folders' URIs, spelled as `normalizeUri` spells them. */
  folders: string[] = [];
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot answer `workspace/configuration`. */
  pushedSettings: BilingualDocsSettings = DEFAULT_SETTINGS;
  private readonly settingsByDocument = new Map<string, Promise<BilingualDocsSettings>>();
  private readonly reportedProblems = new Set<string>();
  private readonly configurationListeners: (() => void)[] = [];
  private readonly configFileListeners: ((file: ConfigFileResult) => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly service: LanguageService,
    parseText: (text: string) => BilingualDocument,
    private readonly fileSystem: WorkspaceFileSystem,
    /** The dictionaries the service checks with, loaded by the spelling feature as documents need them. */
    readonly spellers?: Spellers,
  ) {
    this.models = new DocumentModels(parseText, service.check);
    this.configFiles = new WorkspaceConfigFiles(fileSystem);
    this.workspaceIndex = new WorkspaceIndex(fileSystem);
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
      message: `Bilingual Docs configuration: ${fresh.join('; ')}.`,
    });
  }

  /** The settings or the configuration files changed: forget what was read and let every feature react. */
  configurationChanged(): void {
    this.settingsByDocument.clear();
    this.reportedProblems.clear();
    for (const listener of this.configurationListeners) listener();
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

  settingsFor(uri: string): Promise<BilingualDocsSettings> {
    if (!this.pullsConfiguration()) return Promise.resolve(this.pushedSettings);
    let settings = this.settingsByDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'bilingualDocs' }).then(
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
      this.settingsByDocument.set(uri, settings);
    }
    return settings;
  }

  /**
   * The `.bilingual-docs.json` that applies to the document decides alone, exactly as it does for the CLI in CI,
   * so the editor never shows what CI would not; the `bilingualDocs.rules` setting applies where there is none.
   * An untitled document has no folder, so no file applies to it.
   */
  async configFor(uri: string): Promise<BilingualDocsConfig> {
    const file = isUntitled(uri) ? undefined : await this.configFiles.forDocument(uri, this.folders);
    if (file) this.reportConfigurationProblems(file.problems);
    if (file?.uri) for (const listener of this.configFileListeners) listener(file);
    const settings = await this.settingsFor(uri);
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
    return document ? this.models.checked(document, config) : undefined;
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
  positionRequest(params: unknown): { readonly document?: ParsedDocument; readonly position: Position } | ResponseError<void> {
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
