/** `bilingualDocs/lookupRanges`: where the `sxs-lookup` halves stand, for dimming the source in the editor. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { LookupRangesRequest } from '../../../shared/protocol';
import { invalidParams, uriOf, type ServerSession } from '../session';

export function registerLookupRanges(session: ServerSession): ServerCapabilities {
  session.connection.onRequest(
    LookupRangesRequest,
    session.guarded('Lookup ranges', null, (params: unknown, token) => {
      const uri = uriOf(params);
      if (uri === undefined) return invalidParams('Expected params.uri to be a string');
      const document = session.parsedDocument(uri);
      return document ? session.service.getLookupRanges(document, token) : null;
    }),
  );
  return {};
}
