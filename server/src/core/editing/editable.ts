/** Whether the Bilingual Editor may rewrite a unit's target: only when where it starts and ends is certain. */
import * as l10n from '@vscode/l10n';
import { sliceOf, type BilingualDocument, type Unit } from '../model';

const UNIT_MARKUP = /data-ttu-id|data-stu-id|sxs-lookup/;

/** Why the unit's target cannot be edited in the grid, or null when it can. */
export function targetReadOnlyReason(document: BilingualDocument, unit: Unit): string | null {
  if (!unit.targetCloseTag) {
    return l10n.t(
      'The target span is never closed, so where its text ends is a guess; close it in the text editor first.',
    );
  }
  if (UNIT_MARKUP.test(sliceOf(document.text, unit.target))) {
    return l10n.t(
      'The target holds unit markup (an escaped or misplaced unit tag); repair it in the text editor first.',
    );
  }
  return null;
}
