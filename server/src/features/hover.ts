/** The English source (or the translation) of the unit under the mouse. */
import { ResponseError, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerSession } from '../session';

export function registerHover(session: ServerSession): ServerCapabilities {
  session.connection.onHover(
    session.guarded('Hover', null, (params, token) => {
      const request = session.positionRequest(params);
      if (request instanceof ResponseError) return request;
      return request.document ? session.service.getHover(request.document, request.position, token) : null;
    }),
  );
  return { hoverProvider: true };
}
