/**
 * What a rule is. Every rule lives in a file of its own under `rules/` and exports one `Rule`; the catalog in
 * `rules/index.ts` lists them. A rule reads the parsed model and reports findings; it never parses again.
 */
import type { BilingualDocument, TextEdit, TextSpan } from '../model';
import type { Speller } from '../spelling/speller';
import type { ConsistencyIndex } from '../consistency';
import type { LocaleGlossary } from '../glossary/glossary';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as configured: a rule can also be switched off. */
export type SeverityOrOff = Severity | 'off';

export type RuleCategory = 'markup' | 'translation' | 'front-matter' | 'suppression';

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * Whether "fix all" may apply it without asking: it changes only markup or what the rule names, and there is
   * one obvious right answer.
   */
  readonly safe: boolean;
  /** The fix the user most likely wants, offered first. */
  readonly preferred?: boolean;
  /**
   * The word an "Ignore … in this article" fix accepts: the server offers "Add to the workspace word list" beside
   * it, and finds it by this mark, not by its title, which is in the user's language.
   */
  readonly ignoresWord?: string;
}

/** Another place a finding is about: in the same document, or in the document under `document` (a path, a URI). */
export interface RelatedLocation {
  readonly document?: string;
  /** The unit it is, when it is one: how a host finds it in a document it keeps no text of. */
  readonly unitIndex?: number;
  readonly span: TextSpan;
  readonly message: string;
}

export interface Finding {
  readonly message: string;
  readonly span: TextSpan;
  readonly unitIndex?: number;
  readonly fixes?: readonly Fix[];
  /**
   * Fixes that cost a search (a dictionary's suggestions), made only when the editor asks for the fixes of this
   * finding; never applied by "fix all".
   */
  readonly fixesOnRequest?: () => readonly Fix[];
  /** The other units a cross-unit finding compares this one with. */
  readonly related?: readonly RelatedLocation[];
}

export interface RuleContext {
  /**
   * The codes of the rule catalog (`KNOWN_RULE_CODES`), which suppression comments may name: a rule cannot import
   * the catalog it is part of. The checker gives them; `suppression-invalid` finds nothing without them.
   */
  readonly knownRuleCodes?: ReadonlySet<string>;
  /** Lower-case BCP 47 tag of the article (`et-ee`), when known. */
  readonly locale?: string;
  /** The dictionary of the article's locale, when it has one and it is loaded. */
  readonly speller?: Speller;
  /** Words the configuration accepts in this article's locale (`"words"` of `.bilingual-docs.json`, settings). */
  readonly words?: readonly string[];
  /** The configured glossaries compiled for this article's locale, when there are any and the locale is known. */
  readonly glossary?: LocaleGlossary;
  /**
   * For the rules that look across units: the index of the locale's units that this document is in, under `key`.
   * Without it they compare the document's units with each other.
   */
  readonly acrossDocuments?: { readonly index: ConsistencyIndex; readonly key: string };
}

export interface Rule {
  /** Stable code, used in configuration, suppressions, diagnostics and SARIF. */
  readonly code: string;
  /** Its page, a path inside the repository and the packaged extension (`docs/rules/<code>.md`). */
  readonly docs: string;
  /** A short human title. */
  readonly name: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  /** One paragraph: what fires the rule and why it matters; the rule's doc page repeats it. */
  readonly description: string;
  /** Compares units with each other (of one document, or of many through `RuleContext.acrossDocuments`). */
  readonly acrossUnits?: boolean;
  check(document: BilingualDocument, context: RuleContext): readonly Finding[];
}

/** A finding with the severity configured for its rule. */
export interface Diagnostic extends Finding {
  readonly code: string;
  readonly severity: Severity;
}
