/** Quick fixes for the problems under the cursor and the file's fix-all. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND, QUICK_FIX_KIND } from '../languageService';
import { isPosition } from '../languageService/positions';
import { invalidParams, textDocumentUriOf, type ServerSession } from '../session';

export function registerCodeActions(session: ServerSession): ServerCapabilities {
  session.connection.onCodeAction(
    session.guarded('Code actions', [], async (params, token) => {
      const uri = textDocumentUriOf(params);
      if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
      if (!isPosition(params?.range?.start) || !isPosition(params.range.end)) {
        return invalidParams('Expected params.range to be a range');
      }
      const checked = await session.checkedDocument(uri);
      if (!checked || token.isCancellationRequested) return [];
      const requested = params.context?.only;
      const only = Array.isArray(requested) ? requested.filter((kind): kind is string => typeof kind === 'string') : undefined;
      return session.service.getCodeActions(checked, { range: params.range, ...(only ? { only } : {}) }, token);
    }),
  );
  return { codeActionProvider: { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] } };
}
