/** Go to Symbol in Workspace: a unit by its ID, in open documents and in the workspace's articles on disk. */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { IndexedFile } from '../languageService';
import { filePathOf, invalidParams, type ServerSession } from '../session';

export function registerWorkspaceSymbols(session: ServerSession): ServerCapabilities {
  session.connection.onWorkspaceSymbol(
    session.guarded('Workspace symbols', [], async (params, token) => {
      const query = (params as { query?: unknown } | null | undefined)?.query;
      if (typeof query !== 'string') return invalidParams('Expected params.query to be a string');
      if (query.trim() === '') return [];
      const open: IndexedFile[] = session.documents.all().map((document) => session.models.indexed(document));
      const openPaths = new Set(open.flatMap((file) => filePathOf(file.uri) ?? []));
      const onDisk = await session.workspaceIndex.filesUnder(session.folders, openPaths, token);
      if (!onDisk) return [];
      return session.service.findWorkspaceSymbols(query, [...open, ...onDisk], token);
    }),
  );
  return { workspaceSymbolProvider: true };
}
