/** Quick fixes for the problems under the cursor and the file's fix-all. */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { CodeAction } from 'vscode-languageserver-types';
import { FIX_ALL_KIND, QUICK_FIX_KIND, type CheckedDocument } from '../languageService';
import { wordListAction } from './wordList';
import { isPosition } from '../languageService/positions';
import { invalidParams, textDocumentUriOf, type ServerSession } from '../session';

/** Puts "Add to the workspace word list" before each "Ignore … in this article" of a spelling finding. */
async function withWordListActions(
  session: ServerSession,
  checked: CheckedDocument,
  actions: CodeAction[],
): Promise<CodeAction[]> {
  const result: CodeAction[] = [];
  for (const action of actions) {
    const diagnostic = action.diagnostics?.[0];
    const ignored = (action.data as { ignoresWord?: unknown } | undefined)?.ignoresWord;
    if (typeof ignored === 'string' && diagnostic?.code === 'spelling') {
      const addition = await wordListAction(session, checked, diagnostic, ignored);
      if (addition) result.push(addition);
    }
    result.push(action);
  }
  return result;
}

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
      const only = Array.isArray(requested)
        ? requested.filter((kind): kind is string => typeof kind === 'string')
        : undefined;
      const actions = session.service.getCodeActions(
        checked,
        { range: params.range, ...(only ? { only } : {}) },
        token,
      );
      return withWordListActions(session, checked, actions);
    }),
  );
  return { codeActionProvider: { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND] } };
}
