/**
 * Quick fixes for the findings under the cursor, and one fix-all that applies every safe fix in the file. The
 * edits are the rules' own; this file only chooses among them and never lets two edits overlap.
 */
import * as l10n from '@vscode/l10n';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import type { BilingualDocument, TextEdit as SpanEdit } from '../core/model';
import type { Fix } from '../core/rules/rule';
import { suppressionInvalid } from '../core/rules/suppression/suppressionInvalid';
import { toLspDiagnostic, type RuleDocumentationLink } from './diagnostics';
import { offsetInDocument } from './positions';
import type { Cancellation, CheckedDocument } from './types';

export const QUICK_FIX_KIND = 'quickfix';
/** Under `source.fixAll`, so "fix all on save" (`editor.codeActionsOnSave: {"source.fixAll": …}`) picks it up. */
export const FIX_ALL_KIND = 'source.fixAll.bilingualDocs';

export interface CodeActionRequest {
  readonly range: Range;
  /** The kinds the client asked for; all kinds when absent. */
  readonly only?: readonly string[];
}

function isWanted(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export function toLspEdits(model: BilingualDocument, edits: readonly SpanEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: model.lines.rangeOf(edit.span), newText: edit.newText }));
}

/** A finding's own fixes, the preferred one first: the quick fixes of the text editor and of the grid alike. */
export function quickFixesOf(fixes: readonly Fix[] | undefined): Fix[] {
  return [...(fixes ?? [])].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true));
}

/** Two edits conflict when they overlap, or when both start at the same place (their order would be a guess). */
function editsConflict(a: SpanEdit, b: SpanEdit): boolean {
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Accepted edits kept sorted by start; since they never conflict with each other, neighbours suffice. */
class NonOverlappingEdits {
  private readonly edits: SpanEdit[] = [];

  private insertionPoint(start: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.edits[middle]!.span.start < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private conflicts(edit: SpanEdit): boolean {
    const at = this.insertionPoint(edit.span.start);
    const before = this.edits[at - 1];
    const after = this.edits[at];
    return (before !== undefined && editsConflict(before, edit)) || (after !== undefined && editsConflict(after, edit));
  }

  /** Adds all of a fix's edits, or none of them when any would conflict. */
  tryAdd(edits: readonly SpanEdit[]): boolean {
    const ownConflict = edits.some((edit, i) => edits.slice(i + 1).some((other) => editsConflict(edit, other)));
    if (ownConflict || edits.some((edit) => this.conflicts(edit))) return false;
    for (const edit of edits) this.edits.splice(this.insertionPoint(edit.span.start), 0, edit);
    return true;
  }

  get all(): readonly SpanEdit[] {
    return this.edits;
  }
}

/** The fix "fix all" may apply for a finding: its preferred safe fix, else its first safe one. */
function safeFixOf(fixes: readonly Fix[] | undefined): Fix | undefined {
  if (!fixes) return undefined;
  return fixes.find((fix) => fix.safe && fix.preferred) ?? fixes.find((fix) => fix.safe);
}

/** Every safe fix in the document, skipping any whose edits would overlap one already taken (document order). */
function fixAllEdits(document: CheckedDocument, token: Cancellation): readonly SpanEdit[] {
  const accepted = new NonOverlappingEdits();
  for (const diagnostic of document.diagnostics) {
    if (token.isCancellationRequested) return [];
    const fix = safeFixOf(diagnostic.fixes);
    if (fix && fix.edits.length > 0) accepted.tryAdd(fix.edits);
  }
  return accepted.all;
}

/**
 * "Suppress" actions: a comment at the end of the article, where it cannot break a table row or a list item the
 * unit stands in, naming the unit by its ID (or the whole file). See docs/suppressions.md.
 */
function suppressionActions(
  document: CheckedDocument,
  diagnostic: CheckedDocument['diagnostics'][number],
  lspDiagnostic: ReturnType<typeof toLspDiagnostic>,
): CodeAction[] {
  const { model, uri } = document;
  if (diagnostic.code === suppressionInvalid.code) return [];
  const text = model.text;
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const end = text.length;
  const before = end === 0 || text.endsWith('\n') || text.endsWith('\r') ? '' : lineBreak;
  const insert = (comment: string): TextEdit[] => [
    { range: model.lines.rangeOf({ start: end, end }), newText: `${before}${comment}${lineBreak}` },
  ];
  const actions: CodeAction[] = [];
  const unit = diagnostic.unitIndex === undefined ? undefined : model.units[diagnostic.unitIndex];
  if (unit && unit.id.kind !== 'malformed') {
    actions.push({
      title: l10n.t('Suppress {0} for unit {1}', diagnostic.code, unit.id.value),
      kind: QUICK_FIX_KIND,
      diagnostics: [lspDiagnostic],
      edit: { changes: { [uri]: insert(`<!-- bilingual-docs-disable-unit ${unit.id.value} ${diagnostic.code} -->`) } },
    });
  }
  actions.push({
    title: l10n.t('Suppress {0} in this file', diagnostic.code),
    kind: QUICK_FIX_KIND,
    diagnostics: [lspDiagnostic],
    edit: { changes: { [uri]: insert(`<!-- bilingual-docs-disable-file ${diagnostic.code} -->`) } },
  });
  return actions;
}

export function getCodeActions(
  document: CheckedDocument,
  request: CodeActionRequest,
  documentationLink: RuleDocumentationLink,
  token: Cancellation,
): CodeAction[] {
  const { model, uri } = document;
  if (!model.hasMarkup) return [];
  const start = offsetInDocument(model, request.range?.start);
  const end = offsetInDocument(model, request.range?.end);
  if (start === undefined || end === undefined) return [];
  const actions: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  if (isWanted(QUICK_FIX_KIND, request.only)) {
    for (const diagnostic of document.diagnostics) {
      if (token.isCancellationRequested) return [];
      if (diagnostic.span.start > end || diagnostic.span.end < start) continue;
      const lspDiagnostic = toLspDiagnostic(model, diagnostic, documentationLink);
      // Fixes that cost a search (a dictionary's suggestions) are made here, for the findings under the cursor only.
      for (const fix of quickFixesOf([...(diagnostic.fixes ?? []), ...(diagnostic.fixesOnRequest?.() ?? [])])) {
        actions.push({
          title: fix.title,
          kind: QUICK_FIX_KIND,
          diagnostics: [lspDiagnostic],
          isPreferred: fix.preferred === true,
          edit: { changes: { [uri]: toLspEdits(model, fix.edits) } },
          ...(fix.ignoresWord !== undefined ? { data: { ignoresWord: fix.ignoresWord } } : {}),
        });
      }
      suppressions.push(...suppressionActions(document, diagnostic, lspDiagnostic));
    }
    // Repairs first, then the ways to silence what is left.
    actions.push(...suppressions);
  }
  if (isWanted(FIX_ALL_KIND, request.only)) {
    const edits = fixAllEdits(document, token);
    if (edits.length > 0 && !token.isCancellationRequested) {
      actions.push({
        title: l10n.t('Fix all safely fixable Bilingual Docs problems'),
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: toLspEdits(model, edits) } },
      });
    }
  }
  return actions;
}
