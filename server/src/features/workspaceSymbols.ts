/** Go to Symbol in Workspace: a unit by its ID, in open documents and in the workspace's other articles. */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { IndexedFile } from '../languageService';
import { normalizeUri } from '../fileSystem';
import { invalidParams, type ServerSession } from '../session';

export function registerWorkspaceSymbols(session: ServerSession): ServerCapabilities {
  session.connection.onWorkspaceSymbol(
    session.guarded('Workspace symbols', [], async (params, token) => {
      const query = (params as { query?: unknown } | null | undefined)?.query;
      if (typeof query !== 'string') return invalidParams('Expected params.query to be a string');
      if (query.trim() === '') return [];
      const open: IndexedFile[] = session.documents.all().map((document) => session.models.indexed(document));
      const openUris = new Set(open.map((file) => normalizeUri(file.uri)));
      const closed = await session.workspaceIndex.filesUnder(session.folders, openUris, token);
      if (!closed) return [];
      return session.service.findWorkspaceSymbols(query, [...open, ...closed], token);
    }),
  );
  return { workspaceSymbolProvider: true };
}
