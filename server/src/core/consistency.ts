/**
 * Consistency across units: an index of the translated units of one locale, keyed by their source and by their
 * target, from which `inconsistent-target` (one source translated several ways) and `inconsistent-source` (one
 * translation standing for several sources) are found. The index holds units of any number of documents, each
 * under a key the caller chooses (a path, a URI), so the same code serves one article (the rules' own check), the
 * files given to the CLI and, later, the language server's workspace: documents are set and removed one at a time
 * and the findings of a document are made from the groups its units belong to only.
 *
 * Texts are compared as written, markup included, after collapsing runs of whitespace and dropping invisible
 * format characters (direction marks, zero-width spaces); case counts. For `inconsistent-source` the sources of
 * one translation count as one when they differ only in case, punctuation or spacing (`Number of streams` and
 * `Number of streams.`): a translation may well ignore such differences.
 */
import type { BilingualDocument, TextSpan } from './model';
import { isBlank, unitPairs } from './rules/translation/unitText';

export const INCONSISTENT_TARGET = 'inconsistent-target';
export const INCONSISTENT_SOURCE = 'inconsistent-source';
export type ConsistencyCode = typeof INCONSISTENT_TARGET | typeof INCONSISTENT_SOURCE;

/** One translated unit as the index keeps it. */
export interface IndexedUnit {
  /** The key of the document it is in. */
  readonly document: string;
  readonly unitIndex: number;
  readonly id: string;
  /**
   * What groups compare: the source and target with whitespace collapsed, and the source in lower case without
   * punctuation or spaces; or, in a compact unit, a hash of each (see `indexedUnitsOf`).
   */
  readonly source: string;
  readonly target: string;
  readonly looseSource: string;
  /** Source and target as messages quote them (whitespace collapsed; a compact unit keeps what a quote shows). */
  readonly shownSource: string;
  readonly shownTarget: string;
  /** The target as written, for the fix that takes it over; empty in a compact unit, which offers no fix. */
  readonly rawTarget: string;
  /** Where the target stands in its document. */
  readonly targetSpan: TextSpan;
}

export interface RelatedUnit {
  readonly document: string;
  readonly unitIndex: number;
  readonly span: TextSpan;
  readonly message: string;
}

export interface ConsistencyFinding {
  readonly code: ConsistencyCode;
  readonly unit: IndexedUnit;
  readonly message: string;
  readonly related: readonly RelatedUnit[];
  /** For inconsistent-target: each other translation, with how many units use it (most used first). */
  readonly alternatives: readonly { readonly rawTarget: string; readonly count: number }[];
}

/** At most this many related locations per finding: enough to see the pattern, few enough to read. */
const MAX_RELATED = 20;

const WHITESPACE_RUN = /\s+/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').trim().replace(WHITESPACE_RUN, ' ');
}

/** A source as `inconsistent-source` tells sources apart: letters and digits only, in lower case. */
function looseKey(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** Whether a text has a letter: groups of numbers, symbols or markup alone say nothing about consistency. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0xc0 && /\p{L}/u.test(text[i]!)) return true;
  }
  return false;
}

/** Quotes in messages show at most this many characters; a compact unit keeps one more, to know it was cut. */
const SHOWN = 60;

/**
 * A 53-bit hash of a text (cyrb53, public domain), as a short string: two texts of the same hash are taken for
 * equal, which for the units of a repository (millions at most) happens with a chance below one in a billion.
 */
function hashKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The units of a document that take part: both halves present and not blank, the source with a letter. A compact
 * unit (for the CLI, which sends every unit of a repository from its workers to one index) holds hashes instead
 * of its texts, and only as much of them as a message quotes.
 */
export function indexedUnitsOf(document: BilingualDocument, key: string, compact = false): IndexedUnit[] {
  const units: IndexedUnit[] = [];
  for (const pair of unitPairs(document)) {
    if (isBlank(pair.target) || isBlank(pair.source) || !hasLetter(pair.source)) continue;
    const source = collapseWhitespace(pair.source);
    const target = collapseWhitespace(pair.target);
    const looseSource = looseKey(pair.source);
    units.push({
      document: key,
      unitIndex: pair.unit.index,
      id: pair.unit.id.value,
      source: compact ? hashKey(source) : source,
      target: compact ? hashKey(target) : target,
      looseSource: compact ? hashKey(looseSource) : looseSource,
      shownSource: compact ? source.slice(0, SHOWN + 1) : source,
      shownTarget: compact ? target.slice(0, SHOWN + 1) : target,
      rawTarget: compact ? '' : pair.target,
      targetSpan: pair.unit.target,
    });
  }
  return units;
}

/** Units grouped by one text (the source or the target), then by the other. */
type Groups = Map<string, Map<string, IndexedUnit[]>>;

function addTo(groups: Groups, key: string, variant: string, unit: IndexedUnit): void {
  let variants = groups.get(key);
  if (!variants) groups.set(key, (variants = new Map()));
  const units = variants.get(variant);
  if (units) units.push(unit);
  else variants.set(variant, [unit]);
}

function removeFrom(groups: Groups, key: string, variant: string, document: string): void {
  const variants = groups.get(key);
  const units = variants?.get(variant);
  if (!variants || !units) return;
  const kept = units.filter((unit) => unit.document !== document);
  if (kept.length > 0) variants.set(variant, kept);
  else variants.delete(variant);
  if (variants.size === 0) groups.delete(key);
}

function quoted(text: string, limit = SHOWN): string {
  return `'${text.length > limit ? `${text.slice(0, limit - 1)}…` : text}'`;
}

function unitsWord(count: number): string {
  return count === 1 ? '1 other unit' : `${count} other units`;
}

/** The index of one locale's units. */
export class ConsistencyIndex {
  private readonly bySource: Groups = new Map();
  private readonly byTarget: Groups = new Map();
  private readonly documents = new Map<string, readonly IndexedUnit[]>();

  /** Puts a document's units in the index, in place of what it had under that key. */
  setDocument(key: string, units: readonly IndexedUnit[]): void {
    this.removeDocument(key);
    for (const unit of units) {
      addTo(this.bySource, unit.source, unit.target, unit);
      addTo(this.byTarget, unit.target, unit.looseSource, unit);
    }
    this.documents.set(key, units);
  }

  removeDocument(key: string): void {
    const units = this.documents.get(key);
    if (!units) return;
    const seen = new Set<string>();
    for (const unit of units) {
      const pairKey = `${unit.source}\u0000${unit.target}\u0000${unit.looseSource}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      removeFrom(this.bySource, unit.source, unit.target, key);
      removeFrom(this.byTarget, unit.target, unit.looseSource, key);
    }
    this.documents.delete(key);
  }

  get documentKeys(): IterableIterator<string> {
    return this.documents.keys();
  }

  /** The findings about a document's units, from the groups they belong to (over every document indexed). */
  findingsFor(key: string): ConsistencyFinding[] {
    const units = this.documents.get(key) ?? [];
    const findings: ConsistencyFinding[] = [];
    for (const unit of units) {
      const targetFinding = this.inconsistentTarget(unit);
      if (targetFinding) findings.push(targetFinding);
      const sourceFinding = this.inconsistentSource(unit);
      if (sourceFinding) findings.push(sourceFinding);
    }
    return findings;
  }

  /**
   * A unit whose target is not its source's most frequent translation (on a tie, every unit of the tied ones is
   * reported too), with the units of the other translations as related locations and one fix per translation.
   */
  private inconsistentTarget(unit: IndexedUnit): ConsistencyFinding | undefined {
    const variants = this.bySource.get(unit.source);
    if (!variants || variants.size < 2) return undefined;
    const own = variants.get(unit.target)!.length;
    let most = 0;
    for (const units of variants.values()) most = Math.max(most, units.length);
    const tie = [...variants.values()].filter((units) => units.length === most).length > 1;
    if (own === most && !tie) return undefined;
    const others = [...variants.entries()]
      .filter(([target]) => target !== unit.target)
      .map(([, units]) => [units[0]!.shownTarget, units] as const)
      .sort((a, b) => b[1].length - a[1].length);
    const related: RelatedUnit[] = [];
    for (const [target, units] of others) {
      for (const other of units) {
        if (related.length >= MAX_RELATED) break;
        related.push({
          document: other.document,
          unitIndex: other.unitIndex,
          span: other.targetSpan,
          message: `Translated ${quoted(target)} in unit ${other.id}.`,
        });
      }
    }
    const alternatives = others
      .filter(([, units]) => units[0]!.rawTarget !== '')
      .map(([, units]) => ({ rawTarget: units[0]!.rawTarget, count: units.length }));
    const shown = others.slice(0, 3).map(([target, units]) => `${quoted(target)} (${unitsWord(units.length)})`);
    const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
    return {
      code: INCONSISTENT_TARGET,
      unit,
      message:
        `The source ${quoted(unit.shownSource)} of unit ${unit.id} is translated otherwise elsewhere: ` +
        `${shown.join(', ')}${more}.`,
      related,
      alternatives,
    };
  }

  /** A unit whose target stands for several sources, reported unless its source is the target's most frequent. */
  private inconsistentSource(unit: IndexedUnit): ConsistencyFinding | undefined {
    const variants = this.byTarget.get(unit.target);
    if (!variants || variants.size < 2) return undefined;
    const own = variants.get(unit.looseSource)!.length;
    let most = 0;
    for (const units of variants.values()) most = Math.max(most, units.length);
    const tie = [...variants.values()].filter((units) => units.length === most).length > 1;
    if (own === most && !tie) return undefined;
    const others = [...variants.entries()]
      .filter(([source]) => source !== unit.looseSource)
      .map(([, units]) => [units[0]!.shownSource, units] as const)
      .sort((a, b) => b[1].length - a[1].length);
    const related: RelatedUnit[] = [];
    for (const [source, units] of others) {
      for (const other of units) {
        if (related.length >= MAX_RELATED) break;
        related.push({
          document: other.document,
          unitIndex: other.unitIndex,
          span: other.targetSpan,
          message: `The same translation of ${quoted(source)} in unit ${other.id}.`,
        });
      }
    }
    const shown = others.slice(0, 3).map(([source]) => quoted(source));
    const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
    return {
      code: INCONSISTENT_SOURCE,
      unit,
      message:
        `The translation ${quoted(unit.shownTarget)} of unit ${unit.id} also stands for other sources: ` +
        `${shown.join(', ')}${more}.`,
      related,
      alternatives: [],
    };
  }
}

/** One index per locale (lower-case BCP 47 tag), as the CLI and the workspace keep them. */
export class LocaleIndexes {
  private readonly indexes = new Map<string, ConsistencyIndex>();
  private readonly localeOf = new Map<string, string>();

  setDocument(key: string, locale: string, units: readonly IndexedUnit[]): void {
    const previous = this.localeOf.get(key);
    if (previous !== undefined && previous !== locale) this.indexes.get(previous)?.removeDocument(key);
    let index = this.indexes.get(locale);
    if (!index) this.indexes.set(locale, (index = new ConsistencyIndex()));
    index.setDocument(key, units);
    this.localeOf.set(key, locale);
  }

  removeDocument(key: string): void {
    const locale = this.localeOf.get(key);
    if (locale === undefined) return;
    this.indexes.get(locale)?.removeDocument(key);
    this.localeOf.delete(key);
  }

  findingsFor(key: string): ConsistencyFinding[] {
    const locale = this.localeOf.get(key);
    return locale === undefined ? [] : (this.indexes.get(locale)?.findingsFor(key) ?? []);
  }
}
