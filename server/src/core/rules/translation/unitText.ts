/**
 * What the translation checks share: a unit's target and source text, their inline reading (done once per
 * unit, however many rules ask), and where a finding about a unit should point.
 */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument, TextSpan, Unit } from '../../model';
import { scanInline, type InlineScan } from './inlineMarkdown';
import { readProse, type Prose } from './prose';
import { proseWords, wordSet, type TextWord } from '../../spelling/words';

export function targetText(document: BilingualDocument, unit: Unit): string {
  return document.text.slice(unit.target.start, unit.target.end);
}

/**
 * The source text, when the unit has a source span to compare with. A lookup without a `data-stu-id` span is a
 * markup problem reported by the markup rules; the translation checks leave such units alone.
 */
export function sourceText(document: BilingualDocument, unit: Unit): string | undefined {
  const lookup = unit.lookup;
  if (!lookup?.sourceOpenTag) return undefined;
  return document.text.slice(lookup.source.start, lookup.source.end);
}

/**
 * A unit that has both halves, with its texts and their inline readings. A reading is made when a rule first asks
 * for it and kept here, so the rules that compare the two halves share one reading of each text.
 */
export class UnitPair {
  private targetReading: TextReading | undefined;
  private sourceReading: TextReading | undefined;

  constructor(
    readonly unit: Unit,
    readonly target: string,
    readonly source: string,
  ) {}

  get targetScan(): InlineScan {
    return (this.targetReading ??= readingOf(this.target)).scan;
  }

  get sourceScan(): InlineScan {
    return (this.sourceReading ??= readingOf(this.source)).scan;
  }

  /** The target as read, without markup (see prose.ts), for the checks of words and punctuation. */
  get targetProse(): Prose {
    return (this.targetReading ??= readingOf(this.target)).prose;
  }

  get sourceProse(): Prose {
    return (this.sourceReading ??= readingOf(this.source)).prose;
  }

  /** The target's words that a spelling dictionary can judge (see spelling/words.ts). */
  get targetWords(): readonly TextWord[] {
    return (this.targetReading ??= readingOf(this.target)).words;
  }

  /** The source's words, lower-cased. */
  get sourceWords(): ReadonlySet<string> {
    return (this.sourceReading ??= readingOf(this.source)).wordSet;
  }
}

const articleSourceWordsByDocument = new WeakMap<BilingualDocument, ReadonlySet<string>>();

/** The words of every source of the article, lower-cased: names and terms a target may keep from any unit. */
export function articleSourceWords(document: BilingualDocument): ReadonlySet<string> {
  let words = articleSourceWordsByDocument.get(document);
  if (!words) {
    words = new Set(unitPairs(document).flatMap((pair) => [...pair.sourceWords]));
    articleSourceWordsByDocument.set(document, words);
  }
  return words;
}

/** What is read of one unit text: its inline reading, and its prose and words when a rule first asks for them. */
class TextReading {
  private proseReading: Prose | undefined;
  private wordsRead: readonly TextWord[] | undefined;
  private wordSetRead: ReadonlySet<string> | undefined;

  constructor(
    readonly text: string,
    readonly scan: InlineScan,
  ) {}

  get prose(): Prose {
    return (this.proseReading ??= readProse(this.text, this.scan));
  }

  get words(): readonly TextWord[] {
    return (this.wordsRead ??= proseWords(this.text, this.scan));
  }

  get wordSet(): ReadonlySet<string> {
    return (this.wordSetRead ??= wordSet(this.text, this.scan));
  }
}

const pairsByDocument = new WeakMap<BilingualDocument, readonly UnitPair[]>();

/** The units that have both halves, with their texts, read once per document however many rules ask. */
export function unitPairs(document: BilingualDocument): readonly UnitPair[] {
  let pairs = pairsByDocument.get(document);
  if (!pairs) {
    const read: UnitPair[] = [];
    for (const unit of document.units) {
      const source = sourceText(document, unit);
      if (source !== undefined) read.push(new UnitPair(unit, targetText(document, unit), source));
    }
    pairs = read;
    pairsByDocument.set(document, pairs);
  }
  return pairs;
}

/**
 * Readings of unit texts seen lately, by the text itself: an edit changes one unit, so the next version of the
 * document finds every other unit's reading here. Two generations of a bounded size keep memory bounded (an entry
 * keeps its document's text alive) while the texts of the document being edited stay in.
 */
/**
 * The largest real article holds 11,600 unit texts, so one generation holds it three times over; larger maps made
 * a repository check slower and bigger (1,424 articles: 100,000 per generation took 5-15% longer, 130 MB more).
 */
const REMEMBERED_PER_GENERATION = 40_000;
let recentReadings = new Map<string, TextReading>();
let olderReadings = new Map<string, TextReading>();

function readingOf(text: string): TextReading {
  let reading = recentReadings.get(text);
  if (reading) return reading;
  reading = olderReadings.get(text) ?? new TextReading(text, scanInline(text));
  recentReadings.set(text, reading);
  if (recentReadings.size >= REMEMBERED_PER_GENERATION) {
    olderReadings = recentReadings;
    recentReadings = new Map();
  }
  return reading;
}

/** Where a finding about a unit's translation points: its target text, or its target tags when that is empty. */
export function targetLocation(unit: Unit): TextSpan {
  if (unit.target.end > unit.target.start) return unit.target;
  return { start: unit.targetOpenTag.start, end: unit.targetCloseTag?.end ?? unit.target.end };
}

/** Moves a span read inside a piece of text to document offsets. */
export function shift(span: TextSpan, by: number): TextSpan {
  return { start: span.start + by, end: span.end + by };
}

/**
 * Whitespace, no-break spaces written as entities and invisible format characters render as nothing. The
 * characters are one class and every entity starts with `&`, so each character is read one way only: alternatives
 * that overlap (U+FEFF is in `\s` too) made a run of them fail in exponential time.
 */
const BLANK = /^(?:[\s\u200b-\u200f\u2060]|&nbsp;|&#160;|&#x[aA]0;)*$/u;

/** Whether a text starting with this code unit cannot be blank: told without the expression for most texts. */
function startsVisibly(code: number): boolean {
  if (code < 0x80) return code > 0x20 && code !== 0x26; // `&` may start `&nbsp;`
  return !(
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isBlank(text: string): boolean {
  if (text.length > 0 && startsVisibly(text.charCodeAt(0))) return false;
  return BLANK.test(text);
}

/** A short, single-line quotation of unit text for messages. */
export function quote(text: string, limit = 60): string {
  const flat = text.trim().slice(0, limit * 2).replace(/\s+/g, ' ');
  return `"${flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat}"`;
}

/** `id` as users see it in messages. */
export function unitName(unit: Unit): string {
  return l10n.t('unit {0}', unit.id.value === '' ? unit.index + 1 : unit.id.value);
}

/** Indexes of `keys` that no equal key of `others` answers, counting repeats (a multiset difference). */
export function unmatchedIndexes(keys: readonly string[], others: readonly string[]): number[] {
  if (keys.length === others.length && keys.every((key, index) => key === others[index])) return [];
  const available = new Map<string, number>();
  for (const key of others) available.set(key, (available.get(key) ?? 0) + 1);
  const result: number[] = [];
  keys.forEach((key, index) => {
    const count = available.get(key) ?? 0;
    if (count > 0) available.set(key, count - 1);
    else result.push(index);
  });
  return result;
}
