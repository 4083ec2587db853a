/**
 * The model of a bilingual article: what `parse(text)` returns and what every feature reads.
 *
 * All places are UTF-16 offsets into the text exactly as the editor holds it (a leading BOM is not part of it),
 * `start` inclusive and `end` exclusive, so `text.slice(span.start, span.end)` is always the thing itself.
 * Offsets convert to LSP positions through `document.lines` (see lineIndex.ts).
 */
import type { LineIndex } from './lineIndex';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** `<prefix>-<n>` is one segmented sentence; `<prefix>-p<n>` a merged paragraph; anything else is malformed. */
export type UnitKind = 'numbered' | 'paragraph' | 'malformed';

export interface UnitId {
  /** The ID as written in the attribute, with `&quot;` escaping and surrounding whitespace removed. */
  readonly value: string;
  /** Where the attribute value stands in the text (between its quotes). */
  readonly span: TextSpan;
  readonly kind: UnitKind;
  /** The hex prefix (`646d1`), absent when malformed. */
  readonly prefix?: string;
  /** The number after the prefix (`104` of `646d1-104`, `108` of `646d1-p108`), absent when malformed. */
  readonly number?: number;
}

/** The `sxs-lookup` half of a unit: `<span class="sxs-lookup"><span data-stu-id="…">SOURCE</span></span>`. */
export interface LookupSpan {
  /** `<span class="sxs-lookup">`. */
  readonly openTag: TextSpan;
  /** The lookup's own `</span>`; absent when it is never closed. */
  readonly closeTag?: TextSpan;
  /** `<span data-stu-id="…">`; absent when the lookup holds no source span. */
  readonly sourceOpenTag?: TextSpan;
  /** The source span's `</span>`; absent when it is never closed. */
  readonly sourceCloseTag?: TextSpan;
  /** The `data-stu-id`; absent when the lookup holds no source span. */
  readonly sourceId?: UnitId;
  /** The raw source text between the source span's tags (empty span at the open tag's end when missing). */
  readonly source: TextSpan;
  /** From the lookup's open tag to its close tag (or as far as it could be read). */
  readonly span: TextSpan;
}

export interface Unit {
  /** 0-based place in document order. */
  readonly index: number;
  readonly id: UnitId;
  /** `<span data-ttu-id="…">`. */
  readonly targetOpenTag: TextSpan;
  /** The target's `</span>`; absent when it is never closed. */
  readonly targetCloseTag?: TextSpan;
  /** The raw target text between the target's tags, exactly as in the file. */
  readonly target: TextSpan;
  /** The lookup that follows the target; absent when the target has none (`missing-source`). */
  readonly lookup?: LookupSpan;
  /** The whole unit: from the target's open tag to the end of its lookup (or of whatever was read). */
  readonly span: TextSpan;
}

/** The codes of problems the reader itself finds; each is reported by the rule of the same code. */
export type MarkupProblemCode =
  | 'missing-source'
  | 'orphan-source'
  | 'unclosed-span'
  | 'escaped-markup'
  | 'unit-in-code'
  | 'unbalanced-fence'
  | 'front-matter-invalid';

export interface TextEdit {
  readonly span: TextSpan;
  readonly newText: string;
}

/**
 * What the reader found, with the facts the rule of the same code words its message from: the messages are the
 * rules' own (rules/markup/*.ts), the reader only says what it saw.
 */
/** The three spans of a unit: the target, the `sxs-lookup` span, and the source span inside the lookup. */
export type UnitPart = 'target' | 'lookup' | 'source';

export type MarkupProblemDetail =
  | { readonly code: 'missing-source'; readonly shape: 'no-lookup' | 'empty-lookup'; readonly unitId: string }
  | { readonly code: 'orphan-source'; readonly spanKind: 'lookup' | 'source'; readonly sourceId: string | undefined }
  | { readonly code: 'unclosed-span'; readonly shape: 'inner'; readonly part: UnitPart; readonly unitId: string }
  | { readonly code: 'unclosed-span'; readonly shape: UnitPart; readonly unitId: string }
  | { readonly code: 'unclosed-span'; readonly shape: 'stray-close' }
  | { readonly code: 'escaped-markup'; readonly tag: string }
  | { readonly code: 'unit-in-code'; readonly openingLine: number; readonly fenceClosed: boolean }
  | { readonly code: 'unbalanced-fence'; readonly shape: 'inside-block'; readonly openingLine: number }
  | {
      readonly code: 'unbalanced-fence';
      readonly shape: 'never-closed';
      readonly openingLine: number;
      readonly lineCount: number;
    }
  | { readonly code: 'front-matter-invalid'; readonly reason: string };

export type MarkupProblem = MarkupProblemDetail & {
  readonly span: TextSpan;
  /** The unit the problem belongs to, when it belongs to one. */
  readonly unitIndex?: number;
  /** A mechanical repair, when the reader knows one for sure (for example unescaping `&quot;` in a tag). */
  readonly fix?: { readonly edits: readonly TextEdit[] };
};

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line (its line break included). */
  readonly span: TextSpan;
  /** The YAML between the delimiters. */
  readonly yamlSpan: TextSpan;
  /** The parsed fields; empty when the YAML does not parse. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Set when the YAML does not parse: the YAML reader's own words, which `front-matter-invalid` quotes. */
  readonly error?: { readonly reason: string; readonly span: TextSpan };
}

export interface Heading {
  readonly level: number;
  /** The heading's text, with unit markup reduced to the target text. */
  readonly title: string;
  /** The whole heading line(s). */
  readonly span: TextSpan;
}

/** A region the reader treats as code: units written inside it are not units. */
export interface CodeRegion {
  readonly kind: 'fence' | 'inline';
  readonly span: TextSpan;
}

/** An `sxs-lookup` (or a bare `data-stu-id` span) with no target span before it. */
export interface OrphanSource {
  readonly lookup: LookupSpan;
}

export interface BilingualDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly frontMatter?: FrontMatter;
  /** `ms.contentlocale` as written, when it is a string. */
  readonly locale?: string;
  /** `ms.translationtype` as written (`HT` human, `MT` machine), when it is a string. */
  readonly translationType?: string;
  readonly units: readonly Unit[];
  readonly orphanSources: readonly OrphanSource[];
  readonly headings: readonly Heading[];
  readonly codeRegions: readonly CodeRegion[];
  /** Problems found while reading, in document order. */
  readonly problems: readonly MarkupProblem[];
  /**
   * True when the text holds bilingual span markup at all (a unit, a lookup, or escaped unit markup).
   * Features stay silent on Markdown without it.
   */
  readonly hasMarkup: boolean;
}

export function sliceOf(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}
