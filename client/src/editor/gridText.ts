/**
 * The words the Bilingual Editor's grid shows (controls, column headers, badges, what it announces to screen
 * readers). The page has no access to the extension's translations, so the extension sends them with the page;
 * `{0}`, `{1}` in a template are filled in by the page (client/media/src/pageText.ts).
 */
import * as l10n from '@vscode/l10n';
import type { MarkupRole, Severity } from '../../../shared/protocol';
import { severityLabel } from '../summaryText';

export interface GridPageText {
  readonly show: string;
  readonly filterAll: string;
  readonly filterUntranslated: string;
  readonly filterProblems: string;
  readonly filterEdited: string;
  readonly contextRows: string;
  readonly find: string;
  readonly findIn: string;
  readonly inTargets: string;
  readonly inSources: string;
  readonly inIds: string;
  readonly previousMatch: string;
  readonly nextMatch: string;
  readonly closeFind: string;
  readonly reading: string;
  readonly columnId: string;
  readonly columnSource: string;
  readonly columnTarget: string;
  readonly columnStatus: string;
  /** `{0}`: the article's locale. */
  readonly targetOfLocale: string;
  /** `{0}`: the source language. */
  readonly sourceOfLanguage: string;
  /** `{0}`: the file name. */
  readonly title: string;
  readonly noLocale: string;
  readonly translationTypeNotSet: string;
  /** Counts of the toolbar; `{0}`: the number, already formatted for the display language. */
  readonly unitsOne: string;
  readonly units: string;
  readonly untranslatedCount: string;
  readonly withProblemsCount: string;
  readonly sourceWords: string;
  readonly targetWords: string;
  readonly editedCount: string;
  readonly noUnitMatches: string;
  /** `{0}` of `{1}`: the unit's number and the number of units. */
  readonly revealUnit: string;
  readonly unitLabel: string;
  readonly noSource: string;
  readonly targetRole: string;
  readonly badgeUntranslated: string;
  readonly badgeEdited: string;
  /** `{0}`: why the unit cannot be edited. */
  readonly badgeReadOnly: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly markupRoles: Readonly<Record<MarkupRole, string>>;
  readonly editCancelled: string;
  /** `{0}`: the unit's number. */
  readonly unitNumber: string;
  readonly wrappedToFirstProblem: string;
  readonly wrappedToLastProblem: string;
  readonly wrappedToFirstUntranslated: string;
  readonly wrappedToLastUntranslated: string;
  readonly noProblemUnitShown: string;
  readonly noUntranslatedUnitShown: string;
  readonly lastUnit: string;
  readonly sourceCopied: string;
  readonly noResults: string;
  /** `{0}` of `{1}` matches. */
  readonly matchOf: string;
  readonly matchesFound: string;
  readonly rowsShownOne: string;
  readonly rowsShown: string;
  /** `{0}`: the unit's number; `{1}`: why. */
  readonly notSaved: string;
}

export function gridPageText(): GridPageText {
  return {
    show: l10n.t('Show'),
    filterAll: l10n.t('All units'),
    filterUntranslated: l10n.t('Untranslated units'),
    filterProblems: l10n.t('Units with problems'),
    filterEdited: l10n.t('Units edited since opened'),
    contextRows: l10n.t('Context rows'),
    find: l10n.t('Find'),
    findIn: l10n.t('Find in'),
    inTargets: l10n.t('in targets'),
    inSources: l10n.t('in sources'),
    inIds: l10n.t('in IDs'),
    previousMatch: l10n.t('Previous match'),
    nextMatch: l10n.t('Next match'),
    closeFind: l10n.t('Close find'),
    reading: l10n.t('Reading the article…'),
    columnId: l10n.t('ID'),
    columnSource: l10n.t('Source'),
    columnTarget: l10n.t('Target'),
    columnStatus: l10n.t('Status'),
    targetOfLocale: l10n.t('Target ({0})'),
    sourceOfLanguage: l10n.t('Source ({0})'),
    title: l10n.t('Bilingual Editor: {0}'),
    noLocale: l10n.t('no locale'),
    translationTypeNotSet: l10n.t('translation type not set'),
    unitsOne: l10n.t('1 unit'),
    units: l10n.t('{0} units'),
    untranslatedCount: l10n.t('{0} untranslated'),
    withProblemsCount: l10n.t('{0} with problems'),
    sourceWords: l10n.t('{0} source words'),
    targetWords: l10n.t('{0} target words'),
    editedCount: l10n.t('{0} edited'),
    noUnitMatches: l10n.t('No unit matches this filter.'),
    revealUnit: l10n.t('Unit {0} of {1}: show in the text editor'),
    unitLabel: l10n.t('Unit {0} of {1}, source:'),
    noSource: l10n.t('(no source)'),
    targetRole: l10n.t('target'),
    badgeUntranslated: l10n.t('Untranslated'),
    badgeEdited: l10n.t('Edited'),
    badgeReadOnly: l10n.t('Read-only: {0}'),
    severities: {
      error: severityLabel('error'),
      warning: severityLabel('warning'),
      info: severityLabel('info'),
      hint: severityLabel('hint'),
    },
    markupRoles: {
      tag: l10n.t('tag'),
      entity: l10n.t('character reference'),
      code: l10n.t('inline code'),
      link: l10n.t('link markup'),
      image: l10n.t('image markup'),
      emphasis: l10n.t('emphasis marker'),
      include: l10n.t('include'),
      break: l10n.t('line break'),
      other: l10n.t('markup'),
    },
    editCancelled: l10n.t('Edit cancelled.'),
    unitNumber: l10n.t('Unit {0}.'),
    wrappedToFirstProblem: l10n.t('Wrapped round to unit {0}, the first unit with a problem.'),
    wrappedToLastProblem: l10n.t('Wrapped round to unit {0}, the last unit with a problem.'),
    wrappedToFirstUntranslated: l10n.t('Wrapped round to unit {0}, the first untranslated unit.'),
    wrappedToLastUntranslated: l10n.t('Wrapped round to unit {0}, the last untranslated unit.'),
    noProblemUnitShown: l10n.t('No unit with a problem in the units shown.'),
    noUntranslatedUnitShown: l10n.t('No untranslated unit in the units shown.'),
    lastUnit: l10n.t('This is the last unit.'),
    sourceCopied: l10n.t('Source copied into the target. Commit to keep it, Escape to cancel.'),
    noResults: l10n.t('No results'),
    matchOf: l10n.t('{0} of {1}'),
    matchesFound: l10n.t('{0} found'),
    rowsShownOne: l10n.t('1 row shown.'),
    rowsShown: l10n.t('{0} rows shown.'),
    notSaved: l10n.t('Unit {0} was not saved: {1}'),
  };
}
