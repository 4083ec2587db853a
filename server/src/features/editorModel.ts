/** `bilingualDocs/editorModel`: everything the Bilingual Editor shows for one version of a document. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { EditorModelRequest } from '../../../shared/protocol';
import { invalidParams, uriOf, type ServerSession } from '../session';

export function registerEditorModel(session: ServerSession): ServerCapabilities {
  session.connection.onRequest(
    EditorModelRequest,
    session.guarded('Editor model', null, async (params: unknown, token) => {
      const uri = uriOf(params);
      if (uri === undefined) return invalidParams('Expected params.uri to be a string');
      const checked = await session.checkedDocument(uri);
      return checked ? session.service.getEditorModel(checked, token) : null;
    }),
  );
  return {};
}
