/** The words "Show Source of Unit at Cursor" says (pure, so tested in memory). */
import * as l10n from '@vscode/l10n';
import { plainTextOf } from '../preview/markdown';
import { notificationText } from '../uiText';

/** VS Code cuts notifications off at about 1000 characters; the whole source stays one click away. */
const MAX_SHOWN_LENGTH = 800;

export function sourceMessage(id: string, source: string | null): string {
  if (source === null) {
    return notificationText(l10n.t('Unit {0} has no English source: its sxs-lookup span is missing.', id));
  }
  const words = plainTextOf(source);
  if (words === '') return notificationText(l10n.t('The English source of unit {0} is empty.', id));
  const shown = words.length > MAX_SHOWN_LENGTH ? `${words.slice(0, MAX_SHOWN_LENGTH)}…` : words;
  return notificationText(l10n.t('Source of {0}: {1}', id, shown));
}
