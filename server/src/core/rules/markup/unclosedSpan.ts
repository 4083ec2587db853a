import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { readerFindings, unitLabel, type ProblemOf } from './readerFindings';

function message(problem: ProblemOf<'unclosed-span'>): string {
  if (problem.shape === 'stray-close') return l10n.t('This </span> closes nothing.');
  const unit = unitLabel(problem.unitId);
  if (problem.shape === 'inner') {
    switch (problem.part) {
      case 'target':
        return l10n.t(
          'A <span> inside the target of {0} is never closed; the unit\'s own </span> is read as its end.',
          unit,
        );
      case 'lookup':
        return l10n.t(
          'A <span> inside the sxs-lookup span of {0} is never closed; the unit\'s own </span> is read as its end.',
          unit,
        );
      case 'source':
        return l10n.t(
          'A <span> inside the source of {0} is never closed; the unit\'s own </span> is read as its end.',
          unit,
        );
    }
  }
  switch (problem.shape) {
    case 'target':
      return l10n.t('The target span of {0} is never closed.', unit);
    case 'lookup':
      return l10n.t('The sxs-lookup span of {0} is never closed.', unit);
    case 'source':
      return l10n.t('The source span of {0} is never closed.', unit);
  }
}

export const unclosedSpan: Rule = {
  code: 'unclosed-span',
  docs: 'docs/rules/unclosed-span.md',
  name: 'Unclosed or stray span',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'A span of a unit is never closed, a `<span>` inside a target or source is never closed (often a bare `<span>` copied from the English), or a `</span>` closes nothing. Browsers then nest the rest of the article wrongly and tools misread every unit after it.',
  check: (document) => readerFindings(document, 'unclosed-span', message),
};
