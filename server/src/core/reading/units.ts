/**
 * Assembles units from the span tags in document order:
 *
 *   <span data-ttu-id="X">TARGET</span><span class="sxs-lookup"><span data-stu-id="X">SOURCE</span></span>
 *
 * The unit tags (target, lookup, source) anchor the reading; plain `<span>`s inside a target or a source are
 * matched by depth. Real articles carry bare `<span>`s that are never closed (copied from the English), which
 * would make a depth-counting reader see every later unit as nested; so when depth finds no closer before the
 * next unit tag, the last `</span>`s before it close the unit and the inner `<span>` is reported instead.
 * Each tag is visited a bounded number of times, so the cost is linear.
 */
import type { LookupSpan, MarkupProblem, OrphanSource, TextSpan, Unit, UnitId, UnitPart } from '../model';
import { readUnitId } from '../unitIds';
import type { SpanTagToken } from './spanTokens';
import { CLOSING_SPAN, LOOKUP_OPENING, type CanonicalUnit } from './htmlTags';

/** `unit` is a whole canonical unit the scanner read at once; the others are single tags. */
type TagKind = 'unit' | 'target' | 'lookup' | 'source' | 'plain' | 'close';

function kindOf(token: SpanTagToken): TagKind {
  if (token.closing) return 'close';
  if (token.unit) return 'unit';
  if (token.ttuId) return 'target';
  if (token.stuId) return 'source';
  const classes = token.className;
  if (classes && /(?:^|\s)sxs-lookup(?:\s|$)/.test(classes)) return 'lookup';
  return 'plain';
}

function idOf(token: SpanTagToken, attribute: 'ttuId' | 'stuId'): UnitId {
  const found = token[attribute];
  return readUnitId(found?.value ?? '', found?.valueSpan ?? { start: token.span.end, end: token.span.end });
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

function isUnitTag(kind: TagKind): boolean {
  return kind === 'unit' || kind === 'target' || kind === 'lookup' || kind === 'source';
}

/** The unit its six tags would give when read one by one (test/core/fastPaths.test.ts holds the two readings equal). */
function canonicalUnit(text: string, index: number, span: TextSpan, read: CanonicalUnit): Unit {
  const targetOpenTag = { start: span.start, end: read.targetValueEnd + 2 };
  const targetCloseTag = { start: read.targetCloseStart, end: read.targetCloseStart + CLOSING_SPAN.length };
  const lookupOpenTag = { start: targetCloseTag.end, end: targetCloseTag.end + LOOKUP_OPENING.length };
  const sourceOpenTag = { start: lookupOpenTag.end, end: read.sourceValueEnd + 2 };
  const sourceCloseTag = { start: read.sourceCloseStart, end: read.sourceCloseStart + CLOSING_SPAN.length };
  const lookupCloseTag = { start: sourceCloseTag.end, end: span.end };
  const sourceValueSpan = { start: read.sourceValueStart, end: read.sourceValueEnd };
  const targetValueSpan = { start: read.targetValueStart, end: read.targetValueEnd };
  const lookup: LookupSpan = {
    openTag: lookupOpenTag,
    closeTag: lookupCloseTag,
    sourceOpenTag,
    sourceCloseTag,
    sourceId: readUnitId(text.slice(sourceValueSpan.start, sourceValueSpan.end), sourceValueSpan),
    source: { start: sourceOpenTag.end, end: sourceCloseTag.start },
    span: { start: lookupOpenTag.start, end: span.end },
  };
  return {
    index,
    id: readUnitId(text.slice(targetValueSpan.start, targetValueSpan.end), targetValueSpan),
    targetOpenTag,
    targetCloseTag,
    target: { start: targetOpenTag.end, end: targetCloseTag.start },
    lookup,
    span,
  };
}

export interface UnitReading {
  readonly units: Unit[];
  readonly orphanSources: OrphanSource[];
  readonly problems: MarkupProblem[];
}

interface Closers {
  /** Indexes of the closing tags found, in order (fewer than asked when the text runs out of them). */
  readonly closers: number[];
  /** Plain `<span>`s inside that nothing closes. */
  readonly unclosedInner: number[];
}

export function readUnits(text: string, tokens: readonly SpanTagToken[]): UnitReading {
  const kinds: TagKind[] = tokens.map(kindOf);
  const count = tokens.length;
  // For every place, the next unit tag (target, lookup or source) at or after it.
  const nextUnitTag = new Int32Array(count + 1).fill(count);
  for (let i = count - 1; i >= 0; i--) {
    nextUnitTag[i] = isUnitTag(kinds[i]!) ? i : nextUnitTag[i + 1]!;
  }

  const units: Unit[] = [];
  const orphanSources: OrphanSource[] = [];
  const problems: MarkupProblem[] = [];
  const spanOf = (index: number): TextSpan => tokens[index]!.span;
  const startOf = (index: number): number => (index < count ? spanOf(index).start : text.length);

  /**
   * The first `wanted` closing tags at depth 0 in `[from, to)`. When depth finds fewer (inner `<span>`s took the
   * unit's own closers), the last `wanted` closing tags of the range instead, and the plain opens left unmatched
   * before the first of them.
   */
  function findClosers(from: number, to: number, wanted: number): Closers {
    const open: number[] = [];
    const closers: number[] = [];
    for (let i = from; i < to && closers.length < wanted; i++) {
      const kind = kinds[i]!;
      if (kind === 'plain') open.push(i);
      else if (kind === 'close') {
        if (open.length > 0) open.pop();
        else closers.push(i);
      }
    }
    if (closers.length === wanted) return { closers, unclosedInner: [] };
    const closes: number[] = [];
    for (let i = to - 1; i >= from && closes.length < wanted; i--) if (kinds[i] === 'close') closes.unshift(i);
    if (closes.length <= closers.length) return { closers, unclosedInner: open };
    const stack: number[] = [];
    for (let i = from; i < closes[0]!; i++) {
      const kind = kinds[i]!;
      if (kind === 'plain') stack.push(i);
      else if (kind === 'close' && stack.length > 0) stack.pop();
    }
    return { closers: closes, unclosedInner: stack };
  }

  function reportUnclosedInner(inner: readonly number[], part: UnitPart, unitId: string, unitIndex?: number): void {
    for (const index of inner) {
      problems.push({ code: 'unclosed-span', shape: 'inner', part, unitId, span: spanOf(index), unitIndex });
    }
  }

  /** Reads a lookup opened at `at` (an `sxs-lookup` span, or a bare source span); returns it and where to go on. */
  function readLookup(at: number, unitIndex: number | undefined, unitId: string): { lookup: LookupSpan; next: number } {
    const openTag = tokens[at]!.span;
    const bareSource = kinds[at] === 'source';
    const sourceAt = bareSource ? at : at + 1;
    const hasSource =
      sourceAt < count &&
      kinds[sourceAt] === 'source' &&
      (bareSource || isBlank(text, openTag.end, spanOf(sourceAt).start));

    if (!hasSource) {
      const end = nextUnitTag[at + 1]!;
      const { closers, unclosedInner } = findClosers(at + 1, end, 1);
      reportUnclosedInner(unclosedInner, 'lookup', unitId, unitIndex);
      const closeTag = closers[0] !== undefined ? spanOf(closers[0]) : undefined;
      problems.push({ code: 'missing-source', shape: 'empty-lookup', unitId, span: openTag, unitIndex });
      if (!closeTag) problems.push({ code: 'unclosed-span', shape: 'lookup', unitId, span: openTag, unitIndex });
      const lookup: LookupSpan = {
        openTag,
        closeTag,
        source: { start: openTag.end, end: openTag.end },
        span: { start: openTag.start, end: closeTag?.end ?? openTag.end },
      };
      return { lookup, next: closers[0] !== undefined ? closers[0] + 1 : at + 1 };
    }

    const sourceTag = tokens[sourceAt]!;
    const sourceId = idOf(sourceTag, 'stuId');
    const end = nextUnitTag[sourceAt + 1]!;
    const { closers, unclosedInner } = findClosers(sourceAt + 1, end, bareSource ? 1 : 2);
    reportUnclosedInner(unclosedInner, 'source', unitId, unitIndex);
    const sourceCloseTag = closers[0] !== undefined ? spanOf(closers[0]) : undefined;
    const lookupCloseTag = !bareSource && closers[1] !== undefined ? spanOf(closers[1]) : undefined;
    if (!sourceCloseTag) {
      problems.push({ code: 'unclosed-span', shape: 'source', unitId, span: sourceTag.span, unitIndex });
    }
    if (!bareSource && !lookupCloseTag) {
      problems.push({ code: 'unclosed-span', shape: 'lookup', unitId, span: openTag, unitIndex });
    }
    const sourceEnd = sourceCloseTag ? sourceCloseTag.start : startOf(end);
    const lookup: LookupSpan = {
      openTag,
      closeTag: lookupCloseTag,
      sourceOpenTag: sourceTag.span,
      sourceCloseTag,
      sourceId,
      source: { start: sourceTag.span.end, end: Math.max(sourceTag.span.end, sourceEnd) },
      span: {
        start: openTag.start,
        end: lookupCloseTag?.end ?? sourceCloseTag?.end ?? Math.max(sourceTag.span.end, sourceEnd),
      },
    };
    const last = closers.length > 0 ? closers[closers.length - 1]! : sourceAt;
    return { lookup, next: last + 1 };
  }

  function readUnit(at: number): number {
    const openTag = spanOf(at);
    const id = idOf(tokens[at]!, 'ttuId');
    const index = units.length;
    const unitId = id.value;
    const end = nextUnitTag[at + 1]!;
    const { closers, unclosedInner } = findClosers(at + 1, end, 1);
    reportUnclosedInner(unclosedInner, 'target', unitId, index);
    const closeTag = closers[0] !== undefined ? spanOf(closers[0]) : undefined;
    if (!closeTag) problems.push({ code: 'unclosed-span', shape: 'target', unitId, span: openTag, unitIndex: index });
    const targetEnd = closeTag ? closeTag.start : startOf(end);
    const target = { start: openTag.end, end: Math.max(openTag.end, targetEnd) };
    const afterTarget = closeTag ? closeTag.end : target.end;

    let lookup: LookupSpan | undefined;
    let next = closers[0] !== undefined ? closers[0] + 1 : at + 1;
    if (end < count && kinds[end] === 'lookup' && next === end && isBlank(text, afterTarget, startOf(end))) {
      const read = readLookup(end, index, unitId);
      lookup = read.lookup;
      next = read.next;
    } else {
      const span = { start: openTag.start, end: afterTarget };
      problems.push({ code: 'missing-source', shape: 'no-lookup', unitId, span, unitIndex: index });
    }
    units.push({
      index,
      id,
      targetOpenTag: openTag,
      targetCloseTag: closeTag,
      target,
      lookup,
      span: { start: openTag.start, end: lookup ? lookup.span.end : afterTarget },
    });
    return next;
  }

  const openOutside: number[] = [];
  let i = 0;
  while (i < count) {
    const kind = kinds[i]!;
    if (kind === 'unit') {
      const token = tokens[i]!;
      units.push(canonicalUnit(text, units.length, token.span, token.unit!));
      i++;
    } else if (kind === 'target') {
      i = readUnit(i);
    } else if (kind === 'lookup' || kind === 'source') {
      const read = readLookup(i, undefined, 'this source');
      orphanSources.push({ lookup: read.lookup });
      const { span, sourceId } = read.lookup;
      problems.push({ code: 'orphan-source', spanKind: kind, sourceId: sourceId?.value, span });
      i = read.next;
    } else if (kind === 'plain') {
      openOutside.push(i);
      i++;
    } else {
      if (openOutside.length > 0) openOutside.pop();
      else problems.push({ code: 'unclosed-span', shape: 'stray-close', span: spanOf(i) });
      i++;
    }
  }
  return { units, orphanSources, problems };
}
