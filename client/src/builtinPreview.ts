/**
 * The markdown-it plugin VS Code's own Markdown preview loads (`markdown.markdownItPlugins`). To it the
 * `sxs-lookup` spans are plain HTML, so it showed every English source after its target; with the plugin a
 * bilingual article reads as the published one. The units are found by the core's reader, the same one the
 * language server uses; the article's text is rewritten before markdown-it reads it, and every line break is kept
 * so the preview's scroll sync (which goes by line) is not disturbed. Markdown without the markup is not touched.
 * Pure (no `vscode`), so it is tested in memory.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { parse } from '../../server/src/core/parse';
import { escapeHtml, plainTextOf } from './preview/markdown';

/** `bilingualDocs.builtinPreview.showSource`. */
export type BuiltinShowSource = 'hidden' | 'inline' | 'tooltip';

export const BUILTIN_SHOW_SOURCE_VALUES: readonly BuiltinShowSource[] = ['hidden', 'inline', 'tooltip'];

export function isBuiltinShowSource(value: unknown): value is BuiltinShowSource {
  return BUILTIN_SHOW_SOURCE_VALUES.includes(value as BuiltinShowSource);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What was cut out, reduced to its line breaks: the lines after it keep their numbers. */
function lineBreaksOf(text: string): string {
  return text.replace(/[^\r\n]+/g, '');
}

/** The article as the built-in preview should read it; the same string when it has no unit or shows sources. */
export function rewriteBilingualSource(text: string, showSource: BuiltinShowSource): string {
  if (showSource === 'inline' || !text.includes('data-ttu-id')) return text;
  const model = parse(text);
  const edits: Edit[] = [];
  for (const unit of model.units) {
    const lookup = unit.lookup;
    if (!lookup) continue;
    if (showSource === 'tooltip') {
      const tagEnd = unit.targetOpenTag.end - 1;
      if (text[tagEnd] === '>' && text[tagEnd - 1] !== '/') {
        const source = plainTextOf(text.slice(lookup.source.start, lookup.source.end));
        edits.push({ start: tagEnd, end: tagEnd, text: ` title="${escapeHtml(source)}"` });
      }
    }
    const { start, end } = lookup.span;
    edits.push({ start, end, text: lineBreaksOf(text.slice(start, end)) });
  }
  let rewritten = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // a unit read inside another one's lookup (broken markup): its outer cut wins
    rewritten += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return rewritten + text.slice(at);
}

/** Adds the rewrite to a markdown-it instance (VS Code's `extendMarkdownIt`); `showSource` is read at each render. */
export function bilingualMarkdownItPlugin(markdown: MarkdownIt, showSource: () => BuiltinShowSource): MarkdownIt {
  markdown.core.ruler.before('normalize', 'bilingual_docs_sources', (state: StateCore) => {
    state.src = rewriteBilingualSource(state.src, showSource());
  });
  return markdown;
}
