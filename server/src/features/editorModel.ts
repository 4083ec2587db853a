/**
 * `bilingualDocs/editorModel`: everything the Bilingual Editor shows for one version of a document; and
 * `bilingualDocs/editorUnitFixes`: all the fixes of one unit's problems, those made only on request included.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { EditorModelRequest, EditorUnitFixesRequest } from '../../../shared/protocol';
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
  session.connection.onRequest(
    EditorUnitFixesRequest,
    session.guarded('Editor unit fixes', null, async (params: unknown) => {
      const uri = uriOf(params);
      const { version, unitIndex } = (params ?? {}) as { version?: unknown; unitIndex?: unknown };
      if (uri === undefined || !Number.isInteger(version) || !Number.isInteger(unitIndex)) {
        return invalidParams('Expected params.uri (a string), params.version and params.unitIndex (integers)');
      }
      const checked = await session.checkedDocument(uri);
      // Fixes are edits of one version: for another one they could land anywhere.
      if (!checked || checked.version !== version) return null;
      return session.service.getEditorUnitFixes(checked, unitIndex as number);
    }),
  );
  return {};
}
