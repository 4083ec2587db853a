/** Go to Definition between a target and its source. */
import { ResponseError, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerSession } from '../session';

export function registerDefinition(session: ServerSession): ServerCapabilities {
  session.connection.onDefinition(
    session.guarded('Go to definition', [], (params, token) => {
      const request = session.positionRequest(params);
      if (request instanceof ResponseError) return request;
      return request.document ? session.service.getDefinition(request.document, request.position, token) : [];
    }),
  );
  return { definitionProvider: true };
}
