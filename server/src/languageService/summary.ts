/** The short account of a document behind `bilingualDocs/status`: what it is and how many problems it has. */
import type { DocumentSummary } from '../../../shared/protocol';
import type { BilingualDocument } from '../core/model';
import type { Severity } from '../core/rules/rule';
import type { CheckedDocument } from './types';

/** The front matter's `title`, else the first heading's text. */
function documentTitle(model: BilingualDocument): string | null {
  const title = model.frontMatter?.data['title'];
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  const heading = model.headings[0]?.title.trim();
  return heading ? heading : null;
}

export function getSummary(document: CheckedDocument): DocumentSummary {
  const { model } = document;
  const problemsBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const diagnostic of document.diagnostics) problemsBySeverity[diagnostic.severity]++;
  return {
    uri: document.uri,
    version: document.version,
    hasMarkup: model.hasMarkup,
    title: documentTitle(model),
    locale: model.locale ?? null,
    translationType: model.translationType ?? null,
    unitCount: model.units.length,
    problemCount: document.diagnostics.length,
    problemsBySeverity,
  };
}
