/**
 * The QA report of workspace folders or files, made by the same core code as `bilingual-docs report`: each article
 * is read through the workspace's file system (or taken from the editor when it is open), checked under the
 * configuration that applies to it, compared across files per locale, and rendered by the core's page.
 */
import { messageLanguage } from './localization';
import { URI } from 'vscode-uri';
import type { CancellationToken } from 'vscode-languageserver';
import type { ReportParams, ReportResult } from '../../shared/protocol';
import { VERSION } from '../../shared/version';
import { findingsAcrossFiles } from './core/acrossFiles';
import { checkParsed, type FileReport } from './core/fileReport';
import { usesSpeller } from './core/check';
import { parse } from './core/parse';
import { QaReportBuilder } from './core/report/qaReport';
import { renderReportHtml, STANDALONE_PAGE, type ReportPage } from './core/report/reportHtml';
import { childUri, displayName, normalizeUri, type WorkspaceFileSystem } from './fileSystem';
import type { ServerSession } from './session';

/** As many files as the workspace index looks at: beyond that a report is a job for the CLI. */
const MAX_REPORT_FILES = 20_000;
const MARKDOWN_FILE = /\.(md|markdown)$/i;

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** The Markdown files at or under the URIs, each once, in a stable order; undefined when cancelled. */
async function markdownFilesUnder(
  fileSystem: WorkspaceFileSystem,
  uris: readonly string[],
  token: CancellationToken,
): Promise<string[] | undefined> {
  const files = new Set<string>();
  const pending = [...uris].reverse();
  while (pending.length > 0 && files.size < MAX_REPORT_FILES) {
    if (token.isCancellationRequested) return undefined;
    const uri = pending.pop()!;
    const stat = await fileSystem.stat(uri).catch(() => undefined);
    if (stat?.kind === 'file') {
      files.add(uri);
      continue;
    }
    if (stat?.kind !== 'directory') continue;
    const entries = await fileSystem.readDirectory(uri).catch(() => []);
    const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folders: string[] = [];
    for (const entry of sorted) {
      const child = childUri(uri, entry.name);
      if (entry.kind === 'directory' && !isSkippedFolder(entry.name)) folders.push(child);
      else if (entry.kind === 'file' && MARKDOWN_FILE.test(entry.name)) files.add(child);
    }
    pending.push(...folders.reverse());
  }
  return [...files].slice(0, MAX_REPORT_FILES);
}

/** The path of `uri` below `folder`, when it is below it. */
function pathBelow(folder: string, uri: string): string | undefined {
  const base = URI.parse(folder);
  const target = URI.parse(uri);
  if (base.scheme !== target.scheme || base.authority !== target.authority) return undefined;
  const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
  return target.path.startsWith(prefix) ? target.path.slice(prefix.length) : undefined;
}

/** How a file is named in the report: its path in its workspace folder, or in full outside any. */
function shownPath(uri: string, folders: readonly string[]): string {
  for (const folder of folders) {
    const below = pathBelow(folder, uri);
    if (below !== undefined) return folders.length > 1 ? `${URI.parse(folder).path.split('/').pop()}/${below}` : below;
  }
  return displayName(uri);
}

/** A link from a page saved in `folder` to `uri`: relative when they share a scheme and authority. */
export function relativeLink(folder: string, uri: string): string {
  const base = URI.parse(folder);
  const target = URI.parse(uri);
  if (base.scheme !== target.scheme || base.authority !== target.authority) return uri;
  const from = base.path.split('/').filter((part) => part !== '');
  const to = target.path.split('/').filter((part) => part !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].map((part) => (part === '..' ? part : encodeURIComponent(part))).join('/');
}

function pageFor(params: ReportParams): ReportPage {
  const webview = params.webview;
  const language = messageLanguage();
  if (!webview) return { ...STANDALONE_PAGE, language };
  const nonce = `'nonce-${webview.nonce}'`;
  return {
    language,
    contentSecurityPolicy: `default-src 'none'; style-src ${nonce}; script-src ${nonce} ${webview.cspSource}`,
    nonce: webview.nonce,
    scriptUri: webview.scriptUri,
  };
}

/** The report's page, or undefined when cancelled. */
export async function workspaceReport(
  session: ServerSession,
  params: ReportParams,
  token: CancellationToken,
): Promise<ReportResult | undefined> {
  const uris = (params.uris.length > 0 ? params.uris : session.folders).map(normalizeUri);
  const uriFiles = await markdownFilesUnder(session.fileSystem, uris, token);
  if (!uriFiles) return undefined;
  const folders = session.folders.length > 0 ? session.folders : uris;
  const uriOf = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const uri of uriFiles) {
    if (token.isCancellationRequested) return undefined;
    const report = await checkWorkspaceFile(session, uri, shownPath(uri, folders));
    uriOf.set(report.path, uri);
    reports.push(report);
  }
  const across = findingsAcrossFiles(reports, { groups: true });
  const linksFrom = params.linksFrom;
  const hrefOf = (path: string) => {
    const uri = uriOf.get(path) ?? path;
    return linksFrom === undefined ? uri : relativeLink(linksFrom, uri);
  };
  const builder = new QaReportBuilder(hrefOf);
  let problems = 0;
  for (const report of across.reports) {
    builder.addFile(report);
    problems += report.diagnostics.length;
  }
  builder.addGroups(across.groups);
  const scope = uris.map((uri) => shownPath(uri, folders) || displayName(uri)).join(', ');
  const report = builder.build({ scope, generatedAt: new Date().toISOString(), toolVersion: VERSION });
  return { html: renderReportHtml(report, pageFor(params)), files: reports.length, problems };
}

function emptyReport(path: string, error?: string): FileReport {
  const report = { path, locale: null, translationType: null, units: 0, hasMarkup: false, diagnostics: [] };
  return error ? { ...report, error } : report;
}

/** One article checked as the CLI checks it: its text as open in the editor, else as saved. */
async function checkWorkspaceFile(session: ServerSession, uri: string, path: string): Promise<FileReport> {
  let document = session.parsedDocument(uri)?.model;
  if (!document) {
    let text: string;
    try {
      text = (await session.readText(uri)).replace(/^\uFEFF/, '');
    } catch (error) {
      return emptyReport(path, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Most Markdown files of a repository are plain: without these words there is nothing to parse.
    if (!/data-ttu-id|sxs-lookup|data-stu-id/.test(text)) return emptyReport(path);
    document = parse(text);
  }
  const config = await session.configFor(uri);
  const spellers = session.spellers;
  if (spellers && document.locale && document.hasMarkup && usesSpeller(config)) {
    await spellers.load(document.locale);
  }
  return checkParsed(path, document, config, { spellers, acrossFiles: true, unitTexts: true });
}
