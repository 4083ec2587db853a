import * as l10n from '@vscode/l10n';
import { readSuppressions, type SuppressionProblem } from '../../suppressions';
import type { Finding, Rule } from '../rule';

function message(problem: SuppressionProblem): string {
  switch (problem.kind) {
    case 'unknown-directive':
      return l10n.t(
        '"{0}" is not a bilingual-docs directive; use disable-file, disable, enable, disable-next-unit, ' +
          'disable-unit or spelling-ignore.',
        problem.written,
      );
    case 'no-words':
      return l10n.t(
        'bilingual-docs-spelling-ignore needs the words to accept, as in ' +
          '<!-- bilingual-docs-spelling-ignore pilveteenus -->.',
      );
    case 'no-unit-id':
      return l10n.t(
        'bilingual-docs-disable-unit needs the ID of the unit, as in ' +
          '<!-- bilingual-docs-disable-unit 646d1-104 untranslated -->.',
      );
    case 'unknown-code':
      return problem.suggestion === undefined
        ? l10n.t(
          '"{0}" is not a rule code, so this comment does not suppress it; `bilingual-docs rules` lists the codes.',
          problem.written,
        )
        : l10n.t(
          '"{0}" is not a rule code, so this comment does not suppress it; did you mean "{1}"?',
          problem.written,
          problem.suggestion,
        );
    case 'no-next-unit':
      return l10n.t('No unit follows this bilingual-docs-disable-next-unit comment, so it suppresses nothing.');
    case 'unknown-unit-id':
      return l10n.t('No unit of this article has the ID "{0}", so this comment suppresses nothing.', problem.unitId);
  }
}

/** The findings of suppression comments already read (the checker reads them once, to filter the other rules). */
export function suppressionFindings(problems: readonly SuppressionProblem[]): Finding[] {
  return problems.map((problem) => ({ message: message(problem), span: problem.span }));
}

export const suppressionInvalid: Rule = {
  code: 'suppression-invalid',
  docs: 'docs/rules/suppression-invalid.md',
  name: 'Suppression comment does nothing',
  category: 'suppression',
  defaultSeverity: 'warning',
  description:
    'Reports a bilingual-docs suppression comment that cannot do what it says: an unknown directive, an unknown ' +
    'rule code, a unit ID that no unit of the article has, or a disable-next-unit comment with no unit after it. ' +
    'Fix the comment; this finding cannot itself be suppressed by a comment.',
  check(document, context) {
    if (!context.knownRuleCodes) return [];
    return suppressionFindings(readSuppressions(document, context.knownRuleCodes).problems);
  },
};
