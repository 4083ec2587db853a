/** Highlights the other half of the unit under the cursor. */
import { ResponseError, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerSession } from '../session';

export function registerDocumentHighlights(session: ServerSession): ServerCapabilities {
  session.connection.onDocumentHighlight(
    session.guarded('Document highlights', [], (params, token) => {
      const request = session.positionRequest(params);
      if (request instanceof ResponseError) return request;
      const { document, position } = request;
      return document ? session.service.getDocumentHighlights(document, position, token) : [];
    }),
  );
  return { documentHighlightProvider: true };
}
