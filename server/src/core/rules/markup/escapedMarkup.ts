import type { Rule } from '../rule';
import { readerFindings, type ProblemOf } from './readerFindings';

function abbreviate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

function message(problem: ProblemOf<'escaped-markup'>): string {
  return `This tag's quotes are HTML-escaped (&quot;), so Markdown shows it as text: ${abbreviate(problem.tag)}`;
}

export const escapedMarkup: Rule = {
  code: 'escaped-markup',
  name: 'HTML-escaped unit markup',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'The unit markup was HTML-escaped on its way through a tool: `<span data-ttu-id=&quot;…&quot;>` or `class=&quot;sxs-lookup&quot;`. The published page then shows the tags as text. The quick fix turns each `&quot;` inside the tag back into `"` and touches nothing else.',
  check: (document) => readerFindings(document, 'escaped-markup', message),
};
