/**
 * Consistency across units: an index of the translated units of one locale, keyed by their source and by their
 * target, from which `inconsistent-target` (one source translated several ways) and `inconsistent-source` (one
 * translation standing for several sources) are found. The index holds units of any number of documents, each
 * under a key the caller chooses (a path, a URI), so the same code serves one article (the rules' own check), the
 * files given to the CLI and the language server's workspace (consistencyIndex.ts): documents are set and removed
 * one at a time and the findings of a document are made from the groups its units belong to only.
 *
 * Texts are compared as written, markup included, after collapsing runs of whitespace and dropping invisible
 * format characters (direction marks, zero-width spaces); case counts. For `inconsistent-source` the sources of
 * one translation count as one when they differ only in case, punctuation or spacing (`Number of streams` and
 * `Number of streams.`): a translation may well ignore such differences.
 */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument, TextSpan } from './model';
import { isBlank, unitPairs } from './rules/translation/unitText';
import { isWordCode } from './rules/translation/prose';

export const INCONSISTENT_TARGET = 'inconsistent-target';
export const INCONSISTENT_SOURCE = 'inconsistent-source';
export type ConsistencyCode = typeof INCONSISTENT_TARGET | typeof INCONSISTENT_SOURCE;

/** One translated unit as the index keeps it. */
export interface IndexedUnit {
  /** The key of the document it is in. */
  readonly document: string;
  readonly unitIndex: number;
  readonly id: string;
  /** Source and target with whitespace collapsed: what groups compare. */
  readonly source: string;
  readonly target: string;
  /** The target as written, for the fix that takes it over; empty where no fix is offered (see indexedUnitsOf). */
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

/** Whitespace other than single spaces: most texts have none, and are then compared as they are. */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** A source as `inconsistent-source` tells sources apart: letters, marks and digits only, ASCII in lower case. */
function looseKey(text: string): string {
  let key = '';
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    const kept = isWordCode(code) && !(code >= 0x41 && code <= 0x5a);
    if (kept) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) key += text.slice(from, i);
    from = -1;
    if (code >= 0x41 && code <= 0x5a) key += String.fromCharCode(code | 0x20);
  }
  return key;
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

/** Quotes in messages show at most this many characters. */
const SHOWN = 60;

/**
 * The units of a document that take part: both halves present and not blank, the source with a letter. Without
 * `withFixText` the units carry no target as written (the CLI, which offers no fixes, sends every unit of a
 * repository from its workers to one index).
 */
export function indexedUnitsOf(document: BilingualDocument, key: string, withFixText = true): IndexedUnit[] {
  const units: IndexedUnit[] = [];
  for (const pair of unitPairs(document)) {
    if (isBlank(pair.target) || isBlank(pair.source) || !hasLetter(pair.source)) continue;
    units.push({
      document: key,
      unitIndex: pair.unit.index,
      id: pair.unit.id.value,
      source: collapseWhitespace(pair.source),
      target: collapseWhitespace(pair.target),
      rawTarget: withFixText ? pair.target : '',
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

/** The first three of a list, and how many more there are. */
function andMore(shown: readonly string[], total: number): string {
  return total > shown.length ? l10n.t('{0} and {1} more', shown.join(', '), total - shown.length) : shown.join(', ');
}

function unitsWord(count: number): string {
  return count === 1 ? l10n.t('1 other unit') : l10n.t('{0} other units', count);
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
      addTo(this.byTarget, unit.target, unit.source, unit);
    }
    this.documents.set(key, units);
  }

  removeDocument(key: string): void {
    const units = this.documents.get(key);
    if (!units) return;
    const seen = new Set<string>();
    for (const unit of units) {
      const pairKey = `${unit.source}\u0000${unit.target}`;
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      removeFrom(this.bySource, unit.source, unit.target, key);
      removeFrom(this.byTarget, unit.target, unit.source, key);
    }
    this.documents.delete(key);
  }

  get documentKeys(): IterableIterator<string> {
    return this.documents.keys();
  }

  /** The documents with a unit in a group (by source or by target) that one of these units belongs to. */
  documentsInGroupsOf(units: readonly IndexedUnit[], into: Set<string> = new Set()): Set<string> {
    for (const unit of units) {
      for (const group of [this.bySource.get(unit.source), this.byTarget.get(unit.target)]) {
        for (const variant of group?.values() ?? []) for (const other of variant) into.add(other.document);
      }
    }
    return into;
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
   * The findings of every document, made from the groups with more than one variant only: most units of a
   * repository are in none, and are not looked at (the CLI asks this once, after indexing every file).
   */
  findingsByDocument(into: Map<string, ConsistencyFinding[]> = new Map()): Map<string, ConsistencyFinding[]> {
    const add = (finding: ConsistencyFinding | undefined): void => {
      if (!finding) return;
      const findings = into.get(finding.unit.document);
      if (findings) findings.push(finding);
      else into.set(finding.unit.document, [finding]);
    };
    for (const variants of this.bySource.values()) {
      if (variants.size < 2) continue;
      for (const units of variants.values()) for (const unit of units) add(this.inconsistentTarget(unit));
    }
    for (const variants of this.byTarget.values()) {
      if (variants.size < 2) continue;
      for (const units of variants.values()) for (const unit of units) add(this.inconsistentSource(unit));
    }
    return into;
  }

  /**
   * A unit whose target is not its source's most frequent translation (on a tie, every unit of the tied ones is
   * reported too), with the units of the other translations as related locations and one fix per translation.
   */
  private inconsistentTarget(unit: IndexedUnit): ConsistencyFinding | undefined {
    const variants = this.bySource.get(unit.source);
    if (!variants || variants.size < 2) return undefined;
    const others = otherVariants(variants, unit.target, (first) => first.target);
    if (!others) return undefined;
    const related = relatedUnits(others, (target, other) =>
      l10n.t('Translated {0} in unit {1}.', quoted(target), other.id),
    );
    const alternatives = others
      .filter(([, units]) => units[0]!.rawTarget !== '')
      .map(([, units]) => ({ rawTarget: units[0]!.rawTarget, count: units.length }));
    const shown = others.slice(0, 3).map(([target, units]) => `${quoted(target)} (${unitsWord(units.length)})`);
    return {
      code: INCONSISTENT_TARGET,
      unit,
      message: l10n.t(
        'The source {0} of unit {1} is translated otherwise elsewhere: {2}.',
        quoted(unit.source),
        unit.id,
        andMore(shown, others.length),
      ),
      related,
      alternatives,
    };
  }

  /** A unit whose target stands for several sources, reported unless its source is the target's most frequent. */
  private inconsistentSource(unit: IndexedUnit): ConsistencyFinding | undefined {
    const exactVariants = this.byTarget.get(unit.target);
    if (!exactVariants || exactVariants.size < 2) return undefined;
    const variants = looseVariants(exactVariants);
    if (variants.size < 2) return undefined;
    const others = otherVariants(variants, looseKey(unit.source), (first) => first.source);
    if (!others) return undefined;
    const related = relatedUnits(
      others,
      (source, other) => l10n.t('The same translation of {0} in unit {1}.', quoted(source), other.id),
    );
    const shown = others.slice(0, 3).map(([source]) => quoted(source));
    return {
      code: INCONSISTENT_SOURCE,
      unit,
      message: l10n.t(
        'The translation {0} of unit {1} also stands for other sources: {2}.',
        quoted(unit.target),
        unit.id,
        andMore(shown, others.length),
      ),
      related,
      alternatives: [],
    };
  }

  /**
   * The groups the rule of `code` reports from: a source with its several translations (inconsistent-target), or a
   * translation with its several sources (inconsistent-source), the variants most used first.
   */
  groups(code: ConsistencyCode): ConsistencyGroup[] {
    const groups: ConsistencyGroup[] = [];
    const byText = code === INCONSISTENT_TARGET ? this.bySource : this.byTarget;
    for (const [text, exactVariants] of byText) {
      if (exactVariants.size < 2) continue;
      const variants = code === INCONSISTENT_TARGET ? exactVariants : looseVariants(exactVariants);
      if (variants.size < 2) continue;
      const textOf = (first: IndexedUnit) => (code === INCONSISTENT_TARGET ? first.target : first.source);
      const ordered = [...variants.values()]
        .map((units) => ({ text: textOf(units[0]!), units }))
        .sort((a, b) => b.units.length - a.units.length);
      groups.push({ code, text, variants: ordered });
    }
    return groups;
  }
}

/** Units sharing one text (a source or a target) that the other text splits into several variants. */
export interface ConsistencyGroup {
  readonly code: ConsistencyCode;
  readonly text: string;
  readonly variants: readonly { readonly text: string; readonly units: readonly IndexedUnit[] }[];
}

/** A translation's sources with those that differ only in case, punctuation or spacing counted as one. */
function looseVariants(exactVariants: ReadonlyMap<string, readonly IndexedUnit[]>): Map<string, IndexedUnit[]> {
  const variants = new Map<string, IndexedUnit[]>();
  for (const [source, units] of exactVariants) {
    const loose = looseKey(source);
    const merged = variants.get(loose);
    if (merged) merged.push(...units);
    else variants.set(loose, [...units]);
  }
  return variants;
}

type Variant = readonly [text: string, units: readonly IndexedUnit[]];

/**
 * The variants of a group other than the unit's own (`ownKey`), most frequent first, each named by the text of its
 * first unit; undefined when the unit's own variant is the group's most frequent one and no other ties with it.
 */
function otherVariants(
  variants: ReadonlyMap<string, readonly IndexedUnit[]>,
  ownKey: string,
  textOf: (first: IndexedUnit) => string,
): Variant[] | undefined {
  const own = variants.get(ownKey)!.length;
  let most = 0;
  for (const units of variants.values()) most = Math.max(most, units.length);
  const tie = [...variants.values()].filter((units) => units.length === most).length > 1;
  if (own === most && !tie) return undefined;
  return [...variants.entries()]
    .filter(([key]) => key !== ownKey)
    .map(([, units]): Variant => [textOf(units[0]!), units])
    .sort((a, b) => b[1].length - a[1].length);
}

/** The units of the other variants as related locations, at most MAX_RELATED of them. */
function relatedUnits(
  others: readonly Variant[],
  message: (text: string, other: IndexedUnit) => string,
): RelatedUnit[] {
  const related: RelatedUnit[] = [];
  for (const [text, units] of others) {
    for (const other of units) {
      if (related.length >= MAX_RELATED) return related;
      related.push({
        document: other.document,
        unitIndex: other.unitIndex,
        span: other.targetSpan,
        message: message(text, other),
      });
    }
  }
  return related;
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

  /** The index the document is in, for the rules' `acrossDocuments`; undefined when it is in none. */
  indexOf(key: string): ConsistencyIndex | undefined {
    const locale = this.localeOf.get(key);
    return locale === undefined ? undefined : this.indexes.get(locale);
  }

  /** The documents of the locale with a unit in a group that one of these units belongs to. */
  documentsInGroupsOf(locale: string, units: readonly IndexedUnit[], into: Set<string> = new Set()): Set<string> {
    return this.indexes.get(locale)?.documentsInGroupsOf(units, into) ?? into;
  }

  /** The findings of every document of every locale (see `ConsistencyIndex.findingsByDocument`). */
  findingsByDocument(): Map<string, ConsistencyFinding[]> {
    const findings = new Map<string, ConsistencyFinding[]>();
    for (const index of this.indexes.values()) index.findingsByDocument(findings);
    return findings;
  }

  /** Each locale's groups of the rule of `code` (see `ConsistencyIndex.groups`). */
  groups(code: ConsistencyCode): { readonly locale: string; readonly groups: ConsistencyGroup[] }[] {
    return [...this.indexes].map(([locale, index]) => ({ locale, groups: index.groups(code) }));
  }
}
