/** `bilingualDocs/unitAt`: the unit under a position, for "Show Source of Unit at Cursor" and the preview. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { UnitAtRequest } from '../../../shared/protocol';
import { isPosition } from '../languageService/positions';
import { invalidParams, uriOf, type ServerSession } from '../session';

export function registerUnitAt(session: ServerSession): ServerCapabilities {
  session.connection.onRequest(
    UnitAtRequest,
    session.guarded('Unit at cursor', null, async (params: unknown, token) => {
      const uri = uriOf(params);
      const position = (params as { position?: unknown } | null | undefined)?.position;
      if (uri === undefined) return invalidParams('Expected params.uri to be a string');
      if (!isPosition(position)) {
        return invalidParams('Expected params.position to be {line, character} with non-negative integers');
      }
      const checked = await session.checkedDocument(uri);
      return checked ? session.service.getUnitAt(checked, position, token) : null;
    }),
  );
  return {};
}
