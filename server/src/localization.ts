/**
 * The language server speaks the user's language: the client's `initialize` says it (`InitializeParams.locale`,
 * VS Code's display language), and every message the server and the core word with `l10n.t` (@vscode/l10n) is
 * looked up in that language's bundle. The bundles are part of the bundle esbuild makes (JSON imports), so the
 * browser's Web Worker needs no file access; English, the messages as written, needs none.
 */
import * as l10n from '@vscode/l10n';
import de from '../l10n/bundle.l10n.de.json';
import es from '../l10n/bundle.l10n.es.json';
import fr from '../l10n/bundle.l10n.fr.json';
import ja from '../l10n/bundle.l10n.ja.json';
import zhCn from '../l10n/bundle.l10n.zh-cn.json';

export type MessageBundle = Readonly<Record<string, string>>;
export type MessageBundles = Readonly<Record<string, MessageBundle>>;

/** The translations the server ships, by lower-case language tag. */
export const SERVER_BUNDLES: MessageBundles = { de, es, fr, ja, 'zh-cn': zhCn };

/** The bundle for a locale: its own (`zh-cn`), else its language's (`de-at` → `de`); none for English. */
export function bundleFor(locale: string | undefined, bundles: MessageBundles): MessageBundle | undefined {
  if (!locale) return undefined;
  const tag = locale.toLowerCase();
  return bundles[tag] ?? bundles[tag.split('-')[0]!];
}

let languageInUse = 'en';

/** From now on, messages come in the locale's language, or in English when there is no bundle for it. */
export function useLocale(locale: string | undefined, bundles: MessageBundles = SERVER_BUNDLES): void {
  const bundle = bundleFor(locale, bundles);
  l10n.config({ contents: { ...bundle } });
  languageInUse = bundle && locale ? locale : 'en';
}

/** The language the server's messages are in now, as a `lang` attribute names it (`de-AT`, `en`). */
export function messageLanguage(): string {
  return languageInUse;
}
