/** `bilingualDocs/preview`: everything Preview Bilingual shows for a document. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { PreviewRequest } from '../../../shared/protocol';
import { invalidParams, uriOf, type ServerSession } from '../session';

export function registerPreview(session: ServerSession): ServerCapabilities {
  session.connection.onRequest(
    PreviewRequest,
    session.guarded('Preview', null, async (params: unknown, token) => {
      const uri = uriOf(params);
      if (uri === undefined) return invalidParams('Expected params.uri to be a string');
      const checked = await session.checkedDocument(uri);
      return checked ? session.service.getPreview(checked, token) : null;
    }),
  );
  return {};
}
