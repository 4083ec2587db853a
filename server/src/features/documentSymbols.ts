/** The outline: headings with their units. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { invalidParams, textDocumentUriOf, type ServerSession } from '../session';

export function registerDocumentSymbols(session: ServerSession): ServerCapabilities {
  session.connection.onDocumentSymbol(
    session.guarded('Document symbols', [], (params, token) => {
      const uri = textDocumentUriOf(params);
      if (uri === undefined) return invalidParams('Expected params.textDocument.uri to be a string');
      const document = session.parsedDocument(uri);
      return document ? session.service.getDocumentSymbols(document, token) : [];
    }),
  );
  return { documentSymbolProvider: { label: 'Bilingual units' } };
}
