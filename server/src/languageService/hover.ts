/**
 * Hover on a unit: over the target (its text or its tags) the source, over the lookup the target, each rendered
 * as Markdown with the unit's ID, its place in the article and the article's locale and translation type.
 */
import * as l10n from '@vscode/l10n';
import type { Hover, Position } from 'vscode-languageserver-types';
import { sliceOf, type BilingualDocument, type Unit } from '../core/model';
import { offsetInDocument } from './positions';
import { findCodeSpans } from '../core/rules/translation/inlineMarkdown';
import { isRightToLeft } from './preview';
import { codeSpan } from './text';
import { unitAt, type UnitSide } from './unitAt';
import type { Cancellation, ParsedDocument } from './types';


/**
 * Unit text as a Markdown block: each line's indentation (list or quote nesting in the article) is dropped so a
 * continuation line never turns into a code block.
 */
function asMarkdownBlock(raw: string): string {
  return raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/**
 * Unit text that renders without fetching anything: an image (`![…](https://…)`) or raw HTML (`<img>`, a `style`
 * with `url(…)`) in an article would make the editor load a remote URL the moment the user hovers. A backslash
 * before `![` and `<` makes them text (`![alt](url)` reads as `!` and a link to click); code spans stay as written,
 * since nothing in them is markup, and characters already escaped stay as they are.
 */
export function withoutRemoteContent(text: string): string {
  let out = '';
  let copied = 0;
  let nextCode = 0;
  const codeSpans = findCodeSpans(text);
  for (let at = 0; at < text.length; at++) {
    while (nextCode < codeSpans.length && codeSpans[nextCode]!.span.end <= at) nextCode++;
    const code = codeSpans[nextCode];
    if (code && code.span.start <= at) {
      at = code.span.end - 1;
      continue;
    }
    const character = text[at];
    if (character === '\\') {
      at++; // an escape: the next character is text already
      continue;
    }
    if (character === '<' || (character === '!' && text[at + 1] === '[')) {
      out += `${text.slice(copied, at)}\\`;
      copied = at;
    }
  }
  return out + text.slice(copied);
}

const safeBlock = (raw: string): string => asMarkdownBlock(withoutRemoteContent(raw));

/**
 * Target text of a right-to-left article as it reads: hovers render no `dir`, so each line is wrapped in a
 * right-to-left isolate (U+2067 … U+2069), which lays out its words and punctuation right to left.
 */
function rightToLeftLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? line : `\u2067${line}\u2069`))
    .join('\n');
}

/** `HT` → `HT (human translation)`, in the user's language; another value as written. */
function translationTypeText(written: string): string {
  const upper = written.toUpperCase();
  if (upper === 'HT') return l10n.t('HT (human translation)');
  if (upper === 'MT') return l10n.t('MT (machine translation)');
  return written;
}

/** What the hover and "Show Source of Unit at Cursor" show for a unit, seen from one side. */
export function unitMarkdown(document: BilingualDocument, unit: Unit, side: UnitSide): string {
  const place = l10n.t('unit {0} of {1}', unit.index + 1, document.units.length);
  const locale = document.locale ?? l10n.t('locale unknown');
  let title: string;
  let body: string;
  if (side === 'target') {
    title = l10n.t('**Source**');
    if (!unit.lookup) body = l10n.t('_This unit has no source: no `sxs-lookup` span follows its target._');
    else body = safeBlock(sliceOf(document.text, unit.lookup.source)) || l10n.t('_The source is empty._');
  } else {
    title = l10n.t('**Target** ({0})', locale);
    const target = safeBlock(sliceOf(document.text, unit.target));
    const empty = l10n.t('_The target is empty._');
    body = target === '' ? empty : isRightToLeft(document.locale) ? rightToLeftLines(target) : target;
  }
  const sourceId = unit.lookup?.sourceId?.value;
  const written = document.translationType;
  const translationType = written === undefined ? l10n.t('translation type unknown') : translationTypeText(written);
  const ids =
    sourceId !== undefined && sourceId !== unit.id.value
      ? l10n.t('{0} (source {1})', codeSpan(unit.id.value), codeSpan(sourceId))
      : codeSpan(unit.id.value);
  return `${title} · ${ids} · ${place}\n\n${body}\n\n---\n\n${locale} · ${translationType}`;
}

export function getHover(document: ParsedDocument, position: Position, token: Cancellation): Hover | null {
  const { model } = document;
  if (!model.hasMarkup || token.isCancellationRequested) return null;
  const offset = offsetInDocument(model, position);
  if (offset === undefined) return null;
  const hit = unitAt(model, offset);
  if (!hit) return null;
  return {
    contents: { kind: 'markdown', value: unitMarkdown(model, hit.unit, hit.side) },
    range: model.lines.rangeOf(hit.span),
  };
}
