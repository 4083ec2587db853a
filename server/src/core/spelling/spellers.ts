/**
 * The spellers of one host (a language server, a CLI worker thread, a browser worker), loaded through the host's
 * loader on first need and kept.
 */
import * as l10n from '@vscode/l10n';
import type { DictionaryLoader, Speller } from './speller';
import { loadSpeller } from './loadSpeller';
import { dictionaryLanguage } from './dictionaries';

/**
 * Each language is loaded once however many locales
 * (`pt-br`, `de-de`, `de-at`) and documents ask. A dictionary that fails to load is reported once and the locale
 * stays unchecked.
 */
export class Spellers {
  private readonly loaded = new Map<string, Speller>();
  private readonly loading = new Map<string, Promise<Speller | undefined>>();
  private readonly failures = new Map<string, string>();

  constructor(private readonly loader: DictionaryLoader) {}

  /** The speller of a locale if it is loaded; synchronous, for the checker. */
  readonly lookup = (locale: string): Speller | undefined => {
    const language = dictionaryLanguage(locale);
    return language === undefined ? undefined : this.loaded.get(language);
  };

  /** Loads the locale's dictionary unless it is loaded or has none; resolves once it can be looked up. */
  load(locale: string): Promise<Speller | undefined> {
    const language = dictionaryLanguage(locale);
    if (language === undefined) return Promise.resolve(undefined);
    const ready = this.loaded.get(language);
    if (ready) return Promise.resolve(ready);
    let pending = this.loading.get(language);
    if (!pending) {
      pending = loadSpeller(language, this.loader).then(
        (speller) => {
          if (speller) this.loaded.set(language, speller);
          return speller;
        },
        (error: Error) => {
          const failure = l10n.t('The {0} spelling dictionary could not be loaded: {1}', language, error.message);
          this.failures.set(language, failure);
          return undefined;
        },
      );
      this.loading.set(language, pending);
    }
    return pending;
  }

  /** Whether a load for the locale's language was started (done or not), so callers know whether to wait. */
  isStarted(locale: string): boolean {
    const language = dictionaryLanguage(locale);
    return language !== undefined && this.loading.has(language);
  }

  /** Why the locale's dictionary could not be loaded, the first time it is asked; then undefined, to say it once. */
  takeFailure(locale: string): string | undefined {
    const language = dictionaryLanguage(locale);
    const failure = language === undefined ? undefined : this.failures.get(language);
    if (failure !== undefined) this.failures.set(language!, '');
    return failure || undefined;
  }
}
