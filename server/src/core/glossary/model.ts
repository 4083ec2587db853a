/**
 * A glossary as the rules use it: source terms (English) with their target terms by locale. Read from TBX
 * (tbx.ts) or CSV/TSV (delimited.ts) by the pure readers here; the files themselves are read by the hosts.
 */

/**
 * What a target term is: `preferred` and `admitted` are approved translations, `forbidden` must not be used (TBX
 * `deprecated`), `do-not-translate` keeps the source term as it is.
 */
export type TermStatus = 'preferred' | 'admitted' | 'forbidden' | 'do-not-translate';

export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'forbidden', 'do-not-translate'];

export interface GlossaryTarget {
  /** The target term; for `do-not-translate` the source term itself. */
  readonly term: string;
  /** Lower-case BCP 47 tag (`et-ee`, or `et` for every Estonian locale); empty for every locale. */
  readonly locale: string;
  readonly status: TermStatus;
}

export interface GlossaryEntry {
  readonly source: string;
  readonly targets: readonly GlossaryTarget[];
  readonly note?: string;
  /** The glossary file as the configuration names it (`terms/et-EE.csv`), for messages. */
  readonly file: string;
  /** 1-based line of the entry in its file. */
  readonly line: number;
}

export interface GlossaryReadResult {
  readonly entries: readonly GlossaryEntry[];
  /**
   * What is wrong with the file, each a sentence naming the file and, where there is one, the line. A file that
   * cannot be read as a glossary at all has no entries; otherwise the entries that could be read still apply.
   */
  readonly problems: readonly string[];
}

/** The largest glossary file read, in UTF-16 code units: far above real term bases, low enough never to stall. */
export const MAX_GLOSSARY_LENGTH = 20_000_000;
