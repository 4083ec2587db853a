/**
 * `parse(text)`: reads a localized article into the model every feature serves from. It never throws on any
 * input, and its cost grows linearly with the text:
 *
 * 1. front matter (the `yaml` package), 2. fenced code blocks and headings (one pass over the lines),
 * 3. `&quot;`-escaped unit tags, 4. inline code spans (only on lines holding a backtick),
 * 5. span tags by CommonMark's raw-HTML grammar, read with parse5's tokenizer, 6. units from those tags.
 */
import { LineIndex } from './lineIndex';
import type { BilingualDocument, CodeRegion, Heading, MarkupProblem, TextSpan, Unit } from './model';
import { readFrontMatter } from './reading/frontMatter';
import { scanBlocks, type HeadingLine } from './reading/blocks';
import { findEscapedTags, type EscapedTag } from './reading/escapedMarkup';
import { findInlineCode } from './reading/inlineCode';
import { scanSpanTags } from './reading/htmlTags';
import { tokenizeSpanTags } from './reading/spanTokens';
import { readUnits } from './reading/units';
import { indexOfFirstSpanFrom, indexOfSpanAt, itself } from './spans';

/** The region of a sorted, disjoint list that holds `offset`. */
function regionAt(regions: readonly TextSpan[], offset: number): TextSpan | undefined {
  return regions[indexOfSpanAt(regions, offset, itself)];
}

function findInlineCodeSpans(
  text: string,
  lines: LineIndex,
  bodyStart: number,
  fences: readonly TextSpan[],
): TextSpan[] {
  const spans: TextSpan[] = [];
  let at = text.indexOf('`', bodyStart);
  while (at >= 0) {
    const fence = regionAt(fences, at);
    if (fence) {
      at = text.indexOf('`', fence.end);
      continue;
    }
    const line = lines.lineAt(at);
    const lineEnd = lines.lineContentEnd(line);
    findInlineCode(text, Math.max(bodyStart, lines.lineStart(line)), lineEnd, spans);
    at = text.indexOf('`', lineEnd);
  }
  return spans;
}

function escapedMarkupProblems(text: string, escaped: readonly EscapedTag[]): MarkupProblem[] {
  return escaped.map((tag) => ({
    code: 'escaped-markup' as const,
    tag: text.slice(tag.span.start, tag.span.end),
    span: tag.span,
    fix: {
      edits: tag.quotes.map((quote) => ({ span: { start: quote, end: quote + 6 }, newText: '"' })),
    },
  }));
}

/** Unit markup written inside fenced code: Markdown shows it as code, so it is not a unit. */
function unitsInCodeProblems(
  text: string,
  lines: LineIndex,
  bodyStart: number,
  fences: ReturnType<typeof scanBlocks>['fences'],
): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  if (fences.length === 0) return problems;
  const spans = fences.map((fence) => fence.span);
  let at = text.indexOf('data-ttu-id', bodyStart);
  while (at >= 0) {
    const index = indexOfSpanAt(spans, at, itself);
    const lineEnd = lines.lineContentEnd(lines.lineAt(at));
    if (index < 0) {
      at = text.indexOf('data-ttu-id', at + 11);
      continue;
    }
    const fence = fences[index]!;
    const region = fence.span;
    let tagStart = at;
    while (tagStart > region.start && at - tagStart < 200 && text.charCodeAt(tagStart) !== 60) tagStart--;
    problems.push({
      code: 'unit-in-code',
      openingLine: fence.openingLine,
      fenceClosed: fence.closed,
      span: { start: tagStart, end: lineEnd },
    });
    at = text.indexOf('data-ttu-id', lineEnd);
  }
  return problems;
}

/**
 * Code fences that cannot be what their author meant: one never closed, or one whose content holds a line that
 * opens a code block (a fence with an info string cannot close one, so the block's own opening fence is stray).
 */
function unbalancedFenceProblems(lines: LineIndex, fences: ReturnType<typeof scanBlocks>['fences']): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  for (const fence of fences) {
    if (fence.suspectLine) {
      const { openingLine, suspectLine } = fence;
      problems.push({ code: 'unbalanced-fence', shape: 'inside-block', openingLine, span: suspectLine });
    } else if (!fence.closed) {
      problems.push({
        code: 'unbalanced-fence',
        shape: 'never-closed',
        openingLine: fence.openingLine,
        lineCount: lines.lineCount,
        span: fence.openingSpan,
      });
    }
  }
  return problems;
}

/** The heading's text as a reader sees it: each unit reduced to its target, other tags and `#`s dropped. */
function headingTitle(text: string, heading: HeadingLine, units: readonly Unit[], firstUnit: number): string {
  let title = '';
  let at = heading.textSpan.start;
  for (let i = firstUnit; i < units.length && units[i]!.span.start < heading.textSpan.end; i++) {
    const unit = units[i]!;
    title += text.slice(at, unit.span.start) + text.slice(unit.target.start, unit.target.end);
    at = unit.span.end;
  }
  if (at < heading.textSpan.end) title += text.slice(at, heading.textSpan.end);
  return title
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function stringField(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

export interface ParseOptions {
  /** False reads canonical units tag by tag like every other unit: the same model, only slower (for tests). */
  readonly readWholeUnits?: boolean;
}

export function parse(text: string, options: ParseOptions = {}): BilingualDocument {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const blocks = scanBlocks(text, bodyStart, lines);
  const fenceSpans = blocks.fences.map((fence) => fence.span);
  const inlineCode = findInlineCodeSpans(text, lines, bodyStart, fenceSpans);
  const escaped = findEscapedTags(
    text,
    (offset) =>
      offset < bodyStart || regionAt(fenceSpans, offset) !== undefined || regionAt(inlineCode, offset) !== undefined,
  );

  const codeRegions: CodeRegion[] = [
    ...blocks.fences.map((fence) => ({ kind: 'fence' as const, span: fence.span })),
    ...inlineCode.map((span) => ({ kind: 'inline' as const, span })),
  ].sort((a, b) => a.span.start - b.span.start);

  const tags = scanSpanTags(
    text,
    bodyStart,
    codeRegions.map((region) => region.span),
    escaped,
    options.readWholeUnits ?? true,
  );
  const reading = readUnits(text, tokenizeSpanTags(tags));

  const problems: MarkupProblem[] = [
    ...reading.problems,
    ...escapedMarkupProblems(text, escaped),
    ...unitsInCodeProblems(text, lines, bodyStart, blocks.fences),
    ...unbalancedFenceProblems(lines, blocks.fences),
  ];
  const frontMatterError = frontMatter?.error;
  if (frontMatterError) {
    const { reason, span } = frontMatterError;
    problems.push({ code: 'front-matter-invalid', reason, span });
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const headings: Heading[] = blocks.headings.map((heading) => ({
    level: heading.level,
    title: headingTitle(
      text,
      heading,
      reading.units,
      indexOfFirstSpanFrom(reading.units, heading.textSpan.start, (unit) => unit.span),
    ),
    span: heading.span,
  }));

  const data = frontMatter?.data ?? {};
  return {
    text,
    lines,
    frontMatter,
    locale: stringField(data, 'ms.contentlocale'),
    translationType: stringField(data, 'ms.translationtype'),
    units: reading.units,
    orphanSources: reading.orphanSources,
    headings,
    codeRegions,
    problems,
    hasMarkup: reading.units.length > 0 || reading.orphanSources.length > 0 || escaped.length > 0,
  };
}
