/**
 * The words Preview Bilingual's page script shows itself (counts, empty filters, the source panel's heading). The
 * page has no access to the extension's translations, so the extension sends them with the page; `{0}` in a
 * template is filled in by the page (client/media/src/pageText.ts).
 */
import * as l10n from '@vscode/l10n';

export interface PreviewPageText {
  readonly noUnits: string;
  readonly noProblems: string;
  readonly noUntranslated: string;
  /** `{0}`: the number of units. */
  readonly unitsShownOne: string;
  readonly unitsShown: string;
  /** `{0}` of `{1}` units shown. */
  readonly unitsShownOfAll: string;
  /** `{0}`: the unit's ID. */
  readonly sourceOfUnit: string;
}

export function previewPageText(): PreviewPageText {
  return {
    noUnits: l10n.t('The article has no units.'),
    noProblems: l10n.t('No unit has a problem.'),
    noUntranslated: l10n.t('No unit is untranslated.'),
    unitsShownOne: l10n.t('1 unit'),
    unitsShown: l10n.t('{0} units'),
    unitsShownOfAll: l10n.t('{0} of {1} units'),
    sourceOfUnit: l10n.t('Source of unit {0}'),
  };
}
