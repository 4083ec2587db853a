/**
 * Loads the spelling dictionary of each open document's locale, off the request path: the rules stay synchronous
 * and check without it until it is loaded, then every open document is checked again and its diagnostics
 * published anew. A dictionary that cannot be loaded is said once, and its locale stays unchecked.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import { dictionaryLanguage } from '../core/spelling/dictionaries';
import { errorText, type ServerSession } from '../session';

export function registerSpelling(session: ServerSession): ServerCapabilities {
  const { documents, spellers } = session;
  if (!spellers) return {};

  const loadFor = (uri: string): void => {
    const locale = session.parsedDocument(uri)?.model.locale;
    if (locale === undefined || dictionaryLanguage(locale) === undefined || spellers.isStarted(locale)) return;
    spellers
      .load(locale)
      .then((speller) => {
        const failure = spellers.takeFailure(locale);
        if (failure) session.reportConfigurationProblems([failure]);
        if (!speller) return;
        session.findingsChanged();
      })
      .catch((error: unknown) =>
        session.connection.console.error(`Loading the ${locale} dictionary failed: ${errorText(error)}`),
      );
  };

  documents.onDidOpen((event) => loadFor(event.document.uri));
  documents.onDidChangeContent((event) => loadFor(event.document.uri));
  return {};
}
