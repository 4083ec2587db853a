import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function abbreviate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

function message(problem: ProblemOf<'escaped-markup'>): string {
  const shown = abbreviate(problem.tag);
  return l10n.t('This tag\'s quotes are HTML-escaped (&quot;), so Markdown shows it as text: {0}', shown);
}

function fixTitle(): string {
  return l10n.t('Unescape the tag (&quot; → ")');
}

export const escapedMarkup: Rule = {
  code: 'escaped-markup',
  docs: 'docs/rules/escaped-markup.md',
  name: 'HTML-escaped unit markup',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'The unit markup was HTML-escaped on its way through a tool: `<span data-ttu-id=&quot;…&quot;>` or `class=&quot;sxs-lookup&quot;`. The published page then shows the tags as text. The quick fix turns each `&quot;` inside the tag back into `"` and touches nothing else.',
  check: (document) => readerFindings(document, 'escaped-markup', message, fixTitle),
};
