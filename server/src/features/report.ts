/** `bilingualDocs/report`: the QA report of workspace folders or files, as `bilingual-docs report` writes it. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { ReportRequest, type ReportParams } from '../../../shared/protocol';
import { invalidParams, type ServerSession } from '../session';
import { workspaceReport } from '../workspaceReport';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function reportParams(params: unknown): ReportParams | string {
  const { uris, webview, linksFrom } = (params ?? {}) as { uris?: unknown; webview?: unknown; linksFrom?: unknown };
  if (!isStringList(uris)) return 'Expected params.uris to be a list of URIs';
  if (linksFrom !== undefined && typeof linksFrom !== 'string') return 'Expected params.linksFrom to be a URI';
  if (webview === undefined) return { uris, ...(linksFrom !== undefined ? { linksFrom } : {}) };
  const page = webview as { nonce?: unknown; cspSource?: unknown; scriptUri?: unknown } | null;
  const { nonce, cspSource, scriptUri } = page ?? {};
  if (typeof nonce !== 'string' || !/^[A-Za-z0-9+/=]+$/.test(nonce)) return 'Expected params.webview.nonce in base64';
  // VS Code's source holds quoted keywords and spaces ('self' https://…); a `;` would add a directive of its own.
  if (typeof cspSource !== 'string' || /[;\r\n]/.test(cspSource) || typeof scriptUri !== 'string') {
    return 'Expected params.webview to hold a cspSource and a scriptUri';
  }
  return { uris, webview: { nonce, cspSource, scriptUri } };
}

export function registerReport(session: ServerSession): ServerCapabilities {
  session.connection.onRequest(
    ReportRequest,
    session.guarded('Report', null, async (params: unknown, token) => {
      const read = reportParams(params);
      if (typeof read === 'string') return invalidParams(read);
      return (await workspaceReport(session, read, token)) ?? null;
    }),
  );
  return {};
}
