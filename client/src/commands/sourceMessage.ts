/** The words "Show Source of Unit at Cursor" says (pure, so tested in memory). */
import { plainTextOf } from '../preview/markdown';
import { notificationText } from '../uiText';

/** VS Code cuts notifications off at about 1000 characters; the whole source stays one click away. */
const MAX_SHOWN_LENGTH = 800;

export function sourceMessage(id: string, source: string | null): string {
  if (source === null) return notificationText(`Unit ${id} has no English source: its sxs-lookup span is missing.`);
  const words = plainTextOf(source);
  if (words === '') return notificationText(`The English source of unit ${id} is empty.`);
  const shown = words.length > MAX_SHOWN_LENGTH ? `${words.slice(0, MAX_SHOWN_LENGTH)}…` : words;
  return notificationText(`Source of ${id}: ${shown}`);
}
