/**
 * Text from an article (its locale, a link, a unit's words) put into VS Code's own UI. The status bar renders
 * `$(name)` as an icon and notifications render `[text](command:…)` as a link that runs a command when clicked, so
 * text a file chose must lose both meanings before it is shown there.
 */

/** `$(name)` shown as written, not as an icon: VS Code reads `\$(` as the characters themselves. */
export function withoutIcons(text: string): string {
  return text.split('$(').join('\\$(');
}

/**
 * Text for a notification: no icons, and no `[text](target)` link, which notifications render and open on click
 * (commands included). VS Code has no escape for those links, so a space parts `](`; the words read the same.
 */
export function notificationText(text: string): string {
  return withoutIcons(text).split('](').join('] (');
}
