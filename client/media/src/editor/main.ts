/**
 * The Bilingual Editor's page: a virtualised ARIA grid of units (number, ID, source, target, status), the
 * article's other blocks as quiet context rows, a toolbar with counts, filters and find. It only renders what the
 * extension sends and posts intents back: a committed target's pieces, a fix to apply, a unit to reveal.
 */
import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  defaultRangeExtractor,
  type Range,
} from '@tanstack/virtual-core';
import type {
  EditedPiece,
  FromGridMessage,
  GridCommand,
  GridFilter,
  GridHeader,
  GridRow,
  GridUnitRow,
  ToGridMessage,
} from '../../../../shared/protocol';
import {
  PIECES_MIME,
  displayOf,
  piecesFromClipboard,
  plainTextOf,
  readPieces,
  renderPieces,
  samePieces,
  tokenElement,
} from './pieces';
import type { GridPageText } from '../../../src/editor/gridText';
import { fill, readPageText } from '../pageText';

interface VsCodeApi {
  postMessage(message: FromGridMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const post = (message: FromGridMessage) => vscode.postMessage(message);

const pageText = readPageText<GridPageText>();

/** The source language of the localized docs repositories: their sources are written in US English. */
const SOURCE_LANGUAGE = 'en-US';
const ESTIMATED_ROW_HEIGHT = 52;

type FindScope = 'target' | 'source' | 'id';

const state = {
  header: undefined as GridHeader | undefined,
  rows: [] as GridRow[],
  version: 0,
  filter: 'all' as GridFilter,
  showContext: true,
  findQuery: '',
  findScope: 'target' as FindScope,
  /** Positions (into `rows`) of the rows shown, after the filter and the context toggle. */
  shown: [] as number[],
  /** The unit whose target is (or was last) focused, by unit index. */
  activeUnit: null as number | null,
  /** The target cell being edited: what it started from, so a commit can say what it replaces. */
  editing: null as { unitIndex: number; baseTarget: string } | null,
};

/** The page's words as HTML text or attribute values: they came from the extension, but are escaped all the same. */
function escaped(words: string): string {
  return words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const app = document.getElementById('app')!;
app.removeAttribute('aria-busy');
app.innerHTML = `
<header class="toolbar">
  <h1 id="grid-title" class="title"></h1>
  <p id="counts" class="counts"></p>
  <div class="controls">
    <label for="filter">${escaped(pageText.show)}</label>
    <select id="filter">
      <option value="all">${escaped(pageText.filterAll)}</option>
      <option value="untranslated">${escaped(pageText.filterUntranslated)}</option>
      <option value="problems">${escaped(pageText.filterProblems)}</option>
      <option value="edited">${escaped(pageText.filterEdited)}</option>
    </select>
    <label class="checkbox"><input type="checkbox" id="show-context" checked> ${escaped(pageText.contextRows)}</label>
  </div>
  <search id="find-bar" class="find-bar" hidden>
    <label for="find-input">${escaped(pageText.find)}</label>
    <input id="find-input" type="search" autocomplete="off" spellcheck="false">
    <label for="find-scope" class="visually-hidden">${escaped(pageText.findIn)}</label>
    <select id="find-scope">
      <option value="target">${escaped(pageText.inTargets)}</option>
      <option value="source">${escaped(pageText.inSources)}</option>
      <option value="id">${escaped(pageText.inIds)}</option>
    </select>
    <button type="button" id="find-previous" aria-label="${escaped(pageText.previousMatch)}">↑</button>
    <button type="button" id="find-next" aria-label="${escaped(pageText.nextMatch)}">↓</button>
    <span id="find-count" role="status"></span>
    <button type="button" id="find-close" aria-label="${escaped(pageText.closeFind)}">✕</button>
  </search>
</header>
<p id="notice" class="notice">${escaped(pageText.reading)}</p>
<p id="status" class="status visually-hidden" role="status" aria-live="polite"></p>
<p id="alert" class="alert" role="alert" hidden></p>
<div id="grid" role="grid" aria-labelledby="grid-title" aria-colcount="5" aria-rowcount="1">
  <div role="rowgroup" class="grid-head">
    <div role="row" aria-rowindex="1" class="row head-row">
      <div role="columnheader" class="cell cell-number">#</div>
      <div role="columnheader" class="cell cell-id">${escaped(pageText.columnId)}</div>
      <div role="columnheader" class="cell cell-source" id="source-header">${escaped(pageText.columnSource)}</div>
      <div role="columnheader" class="cell cell-target" id="target-header">${escaped(pageText.columnTarget)}</div>
      <div role="columnheader" class="cell cell-status">${escaped(pageText.columnStatus)}</div>
    </div>
  </div>
  <div role="rowgroup" class="grid-body" id="scroller">
    <div id="sizer" class="sizer"></div>
  </div>
</div>`;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const scroller = element<HTMLDivElement>('scroller');
const sizer = element<HTMLDivElement>('sizer');
const grid = element<HTMLDivElement>('grid');
const filterSelect = element<HTMLSelectElement>('filter');
const contextToggle = element<HTMLInputElement>('show-context');
const findBar = element<HTMLElement>('find-bar');
const findInput = element<HTMLInputElement>('find-input');
const findScope = element<HTMLSelectElement>('find-scope');
const findCount = element<HTMLSpanElement>('find-count');

function announce(text: string): void {
  const status = element<HTMLParagraphElement>('status');
  status.textContent = '';
  // A fresh text node makes screen readers announce the same words again.
  requestAnimationFrame(() => (status.textContent = text));
}

function showAlert(text: string | null): void {
  const alert = element<HTMLParagraphElement>('alert');
  alert.hidden = text === null;
  alert.textContent = text ?? '';
}

// ----- which rows are shown -----------------------------------------------------------------------------------

function unitRowAt(position: number): GridUnitRow | undefined {
  const row = state.rows[position];
  return row?.kind === 'unit' ? row : undefined;
}

function passesFilter(row: GridRow): boolean {
  if (row.kind === 'context') return state.showContext && state.filter === 'all';
  switch (state.filter) {
    case 'untranslated':
      return isUntranslated(row);
    case 'problems':
      return row.problems.length > 0;
    case 'edited':
      return row.edited;
    default:
      return true;
  }
}

function isUntranslated(row: GridUnitRow): boolean {
  return row.untranslated || plainTextOf(row.target).trim() === '';
}

const unitCount = () => state.header?.counts.units ?? 0;
const positionOfUnit = new Map<number, number>();

function recomputeShown(): void {
  state.shown = [];
  positionOfUnit.clear();
  state.rows.forEach((row, position) => {
    if (row.kind === 'unit') positionOfUnit.set(row.unitIndex, position);
    if (passesFilter(row)) state.shown.push(position);
  });
  grid.setAttribute('aria-rowcount', String(state.shown.length + 1));
  const empty = state.shown.length === 0 && state.rows.length > 0;
  const notice = element<HTMLParagraphElement>('notice');
  if (state.header?.notice) {
    notice.hidden = false;
    notice.textContent = state.header.notice;
  } else if (empty) {
    notice.hidden = false;
    notice.textContent = pageText.noUnitMatches;
  } else notice.hidden = true;
}

// ----- the virtualised grid -----------------------------------------------------------------------------------

const rendered = new Map<number, HTMLElement>();

function shownIndexOfUnit(unitIndex: number | null): number {
  if (unitIndex === null) return -1;
  const position = positionOfUnit.get(unitIndex);
  return position === undefined ? -1 : state.shown.indexOf(position);
}

/** The rows in view, and the active one wherever it is: focus and typing are never lost to scrolling. */
function keepActiveRow(range: Range): number[] {
  const indexes = defaultRangeExtractor(range);
  const active = shownIndexOfUnit(state.activeUnit);
  if (active >= 0 && !indexes.includes(active)) indexes.push(active);
  return indexes.sort((a, b) => a - b);
}

const virtualizer = new Virtualizer<HTMLDivElement, HTMLElement>({
  count: 0,
  getScrollElement: () => scroller,
  estimateSize: () => ESTIMATED_ROW_HEIGHT,
  overscan: 6,
  scrollToFn: elementScroll,
  observeElementRect,
  observeElementOffset,
  measureElement,
  getItemKey: (index) => state.shown[index] ?? index,
  rangeExtractor: keepActiveRow,
  onChange: () => renderVisible(),
});
virtualizer._didMount();

function resetVirtualizer(): void {
  virtualizer.setOptions({ ...virtualizer.options, count: state.shown.length });
  virtualizer._willUpdate();
  renderVisible();
}

function renderVisible(): void {
  const items = virtualizer.getVirtualItems();
  sizer.style.height = `${virtualizer.getTotalSize()}px`;
  const keep = new Set<number>();
  for (const item of items) {
    const position = state.shown[item.index];
    if (position === undefined) continue;
    keep.add(position);
    let rowElement = rendered.get(position);
    if (!rowElement) {
      rowElement = renderRow(position);
      rendered.set(position, rowElement);
      sizer.append(rowElement);
    }
    rowElement.dataset['index'] = String(item.index);
    rowElement.setAttribute('aria-rowindex', String(item.index + 2));
    rowElement.style.transform = `translateY(${item.start}px)`;
    virtualizer.measureElement(rowElement);
  }
  for (const [position, rowElement] of rendered) {
    if (!keep.has(position)) {
      rowElement.remove();
      rendered.delete(position);
    }
  }
  settleFocus();
}

function renderRow(position: number): HTMLElement {
  const row = state.rows[position]!;
  return row.kind === 'unit' ? renderUnitRow(row) : renderContextRow(row);
}

function renderContextRow(row: Extract<GridRow, { kind: 'context' }>): HTMLElement {
  const rowElement = document.createElement('div');
  rowElement.className = `row context-row context-${row.block}`;
  rowElement.setAttribute('role', 'row');
  const cell = document.createElement('div');
  cell.className = 'cell cell-context';
  cell.setAttribute('role', 'gridcell');
  cell.setAttribute('aria-colspan', '5');
  cell.dataset['role'] = 'context';
  cell.textContent = row.text;
  rowElement.append(cell);
  return rowElement;
}

function renderUnitRow(row: GridUnitRow): HTMLElement {
  const header = state.header;
  const number = row.unitIndex + 1;
  const rowElement = document.createElement('div');
  rowElement.className = 'row unit-row';
  rowElement.classList.toggle('has-problems', row.problems.length > 0);
  rowElement.classList.toggle('is-untranslated', isUntranslated(row));
  rowElement.classList.toggle('is-active', row.unitIndex === state.activeUnit);
  rowElement.setAttribute('role', 'row');
  rowElement.dataset['unitId'] = row.id;
  rowElement.dataset['unitIndex'] = String(row.unitIndex);
  const active = row.unitIndex === state.activeUnit;

  const numberCell = cell('cell-number');
  const reveal = document.createElement('button');
  reveal.type = 'button';
  reveal.className = 'reveal';
  reveal.dataset['action'] = 'reveal';
  reveal.tabIndex = active ? 0 : -1;
  reveal.textContent = String(number);
  reveal.setAttribute('aria-label', fill(pageText.revealUnit, number, unitCount()));
  numberCell.append(reveal);

  const idCell = cell('cell-id');
  idCell.textContent = row.id;
  if (row.linePrefix) {
    const prefix = document.createElement('span');
    prefix.className = 'line-prefix';
    prefix.textContent = row.linePrefix;
    prefix.title = row.linePrefix;
    idCell.append(prefix);
  }

  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.id = `unit-label-${row.unitIndex}`;
  label.textContent = fill(pageText.unitLabel, number, unitCount());

  const sourceCell = cell('cell-source');
  sourceCell.dataset['role'] = 'source';
  sourceCell.id = `source-${row.unitIndex}`;
  sourceCell.lang = SOURCE_LANGUAGE;
  sourceCell.dir = 'ltr';
  if (row.source) renderPieces(sourceCell, row.source);
  else sourceCell.textContent = pageText.noSource;
  sourceCell.prepend(label);

  const targetCell = cell('cell-target');
  const target = document.createElement('div');
  target.className = 'target';
  target.dataset['role'] = 'target';
  target.setAttribute('role', 'textbox');
  target.setAttribute('aria-multiline', 'false');
  target.setAttribute('aria-labelledby', `unit-label-${row.unitIndex} source-${row.unitIndex}`);
  target.setAttribute('aria-roledescription', pageText.targetRole);
  if (header?.locale) target.lang = header.locale;
  target.dir = header?.rightToLeft ? 'rtl' : 'ltr';
  target.spellcheck = true;
  target.tabIndex = active || (state.activeUnit === null && row === firstUnitShown()) ? 0 : -1;
  if (row.readOnlyReason) {
    target.setAttribute('aria-readonly', 'true');
    target.contentEditable = 'false';
  } else {
    target.contentEditable = 'true';
  }
  const marks = row.problems.flatMap((problem) =>
    problem.inTarget
      ? [{ ...problem.inTarget, severity: problem.severity, label: `${problem.code}: ${problem.message}` }]
      : [],
  );
  renderPieces(target, row.target, marks);
  targetCell.append(target);

  const statusCell = cell('cell-status');
  statusCell.dataset['role'] = 'problems';
  const badges: string[] = [];
  if (isUntranslated(row)) badges.push(pageText.badgeUntranslated);
  if (row.edited) badges.push(pageText.badgeEdited);
  if (row.readOnlyReason) badges.push(fill(pageText.badgeReadOnly, row.readOnlyReason));
  for (const badge of badges) {
    const span = document.createElement('span');
    span.className = 'badge';
    span.textContent = badge;
    statusCell.append(span);
  }
  if (row.problems.length > 0) {
    const list = document.createElement('ul');
    list.className = 'problems';
    row.problems.forEach((problem, problemIndex) => {
      const item = document.createElement('li');
      item.className = `problem severity-${problem.severity}`;
      const words = document.createElement('span');
      words.textContent = `${pageText.severities[problem.severity]} ${problem.code}: ${problem.message}`;
      item.append(words);
      problem.fixTitles.forEach((title, fixIndex) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'fix';
        button.dataset['action'] = 'fix';
        button.dataset['problem'] = String(problemIndex);
        button.dataset['fix'] = String(fixIndex);
        button.tabIndex = active ? 0 : -1;
        button.textContent = title;
        item.append(button);
      });
      list.append(item);
    });
    statusCell.append(list);
  }
  rowElement.append(numberCell, idCell, sourceCell, targetCell, statusCell);
  return rowElement;
}

function cell(className: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = `cell ${className}`;
  div.setAttribute('role', 'gridcell');
  return div;
}

function firstUnitShown(): GridUnitRow | undefined {
  for (const position of state.shown) {
    const row = unitRowAt(position);
    if (row) return row;
  }
  return undefined;
}

function rowElementOfUnit(unitIndex: number): HTMLElement | undefined {
  const position = positionOfUnit.get(unitIndex);
  return position === undefined ? undefined : rendered.get(position);
}

function targetOfUnit(unitIndex: number): HTMLElement | undefined {
  return rowElementOfUnit(unitIndex)?.querySelector<HTMLElement>('[data-role="target"]') ?? undefined;
}

/** Re-renders one row in place, keeping a cell that is being edited as the translator left it. */
function rerenderPosition(position: number): void {
  const old = rendered.get(position);
  if (!old) return;
  const row = state.rows[position]!;
  const editingHere = row.kind === 'unit' && state.editing?.unitIndex === row.unitIndex;
  const focus = focusWithin(old);
  const fresh = renderRow(position);
  fresh.dataset['index'] = old.dataset['index'] ?? '';
  fresh.setAttribute('aria-rowindex', old.getAttribute('aria-rowindex') ?? '');
  fresh.style.transform = old.style.transform;
  if (editingHere) {
    const oldTarget = old.querySelector('[data-role="target"]');
    const freshTarget = fresh.querySelector('[data-role="target"]');
    if (oldTarget && freshTarget) freshTarget.replaceWith(oldTarget);
  }
  old.replaceWith(fresh);
  rendered.set(position, fresh);
  virtualizer.measureElement(fresh);
  if (row.kind === 'unit' && state.activeUnit === row.unitIndex) setRowActive(row.unitIndex, true);
  if (focus) restoreFocus(fresh, focus);
}

/** Where the focus is inside a row about to be drawn anew: its target cell (and the caret there) or a button. */
interface RowFocus {
  readonly role: 'target' | 'button';
  /** The caret's offset in the target's text, or the button's action, problem and fix. */
  readonly caret: number | null;
  readonly button: string | null;
}

function focusWithin(rowElement: HTMLElement): RowFocus | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !rowElement.contains(active)) return null;
  if (active.dataset['role'] === 'target') return { role: 'target', caret: caretOffsetIn(active), button: null };
  if (!(active instanceof HTMLButtonElement)) return null;
  const { action, problem, fix } = active.dataset;
  return { role: 'button', caret: null, button: `${action}:${problem ?? ''}:${fix ?? ''}` };
}

/** Gives the focus back to the same place in a row drawn anew (a patch came while the translator was in it). */
function restoreFocus(rowElement: HTMLElement, focus: RowFocus): void {
  const target = rowElement.querySelector<HTMLElement>('[data-role="target"]');
  if (focus.role === 'button') {
    const same = [...rowElement.querySelectorAll<HTMLButtonElement>('button[data-action]')].find((button) => {
      const { action, problem, fix } = button.dataset;
      return `${action}:${problem ?? ''}:${fix ?? ''}` === focus.button;
    });
    (same ?? target)?.focus({ preventScroll: true });
    return;
  }
  if (!target) return;
  target.focus({ preventScroll: true });
  if (focus.caret !== null) placeCaretAt(target, focus.caret);
}

/** The caret's offset in the text of an element (its textContent), or null when the caret is not in it. */
function caretOffsetIn(element: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const caret = selection.getRangeAt(0);
  if (!element.contains(caret.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(caret.endContainer, caret.endOffset);
  return before.toString().length;
}

/** Puts the caret at an offset of an element's text, or at its end when the text is shorter now. */
function placeCaretAt(element: HTMLElement, offset: number): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (left <= length) {
      const range = document.createRange();
      // Never inside a markup token (its label is text too): after it, where typing goes on.
      const token = node.parentElement?.closest<HTMLElement>('[contenteditable="false"]');
      if (token && element.contains(token)) range.setStartAfter(token);
      else range.setStart(node, left);
      range.collapse(true);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    left -= length;
  }
  placeCaret(element, true);
}

// ----- focus, editing, committing -----------------------------------------------------------------------------

/** A unit to focus once its row is in the page (a far unit's row appears only after the grid has scrolled). */
let pendingFocus: { unitIndex: number; caretAtEnd: boolean } | null = null;

function activate(unitIndex: number, focus: boolean, caretAtEnd = true): void {
  const previous = state.activeUnit;
  state.activeUnit = unitIndex;
  const shownIndex = shownIndexOfUnit(unitIndex);
  if (shownIndex < 0) return;
  if (previous !== null && previous !== unitIndex) setRowActive(previous, false);
  pendingFocus = focus ? { unitIndex, caretAtEnd } : null;
  // A new range extractor makes the virtualiser take the active row in at once, before the scroll settles.
  virtualizer.setOptions({ ...virtualizer.options, rangeExtractor: (range) => keepActiveRow(range) });
  virtualizer.scrollToIndex(shownIndex, { align: 'auto' });
  renderVisible();
}

/** Marks the active row and gives its target the focus it is waiting for; called after every render. */
function settleFocus(): void {
  if (state.activeUnit !== null) setRowActive(state.activeUnit, true);
  if (!pendingFocus) return;
  const target = targetOfUnit(pendingFocus.unitIndex);
  if (!target) return;
  const { caretAtEnd } = pendingFocus;
  pendingFocus = null;
  target.focus({ preventScroll: true });
  placeCaret(target, caretAtEnd);
}

function setRowActive(unitIndex: number, active: boolean): void {
  const rowElement = rowElementOfUnit(unitIndex);
  if (!rowElement) return;
  rowElement.classList.toggle('is-active', active);
  for (const focusable of rowElement.querySelectorAll<HTMLElement>('[data-role="target"], button')) {
    focusable.tabIndex = active ? 0 : -1;
  }
}

function placeCaret(target: HTMLElement, atEnd: boolean): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(target);
  range.collapse(!atEnd);
  selection.removeAllRanges();
  selection.addRange(range);
}

function focusedTarget(): HTMLElement | null {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused.dataset['role'] === 'target' ? focused : null;
}

function unitIndexOf(target: HTMLElement): number | null {
  const value = target.closest<HTMLElement>('[data-unit-index]')?.dataset['unitIndex'];
  return value === undefined ? null : Number(value);
}

function rowOfUnit(unitIndex: number): GridUnitRow | undefined {
  const position = positionOfUnit.get(unitIndex);
  return position === undefined ? undefined : unitRowAt(position);
}

/** Sends the focused cell's pieces when they differ from its unit's target; an unchanged cell writes nothing. */
function commit(target: HTMLElement): void {
  const unitIndex = unitIndexOf(target);
  if (unitIndex === null) return;
  const row = rowOfUnit(unitIndex);
  if (!row || row.readOnlyReason) return;
  const pieces = readPieces(target);
  const baseTarget = state.editing?.unitIndex === unitIndex ? state.editing.baseTarget : rawOf(row);
  state.editing = null;
  if (samePieces(pieces, row.target)) return;
  post({ type: 'commit', unitIndex, id: row.id, baseTarget, pieces });
}

function rawOf(row: GridUnitRow): string {
  return row.target.map((piece) => piece.raw).join('');
}

function cancelEdit(target: HTMLElement): void {
  const unitIndex = unitIndexOf(target);
  const row = unitIndex === null ? undefined : rowOfUnit(unitIndex);
  if (!row) return;
  state.editing = null;
  renderPieces(target, row.target);
  placeCaret(target, true);
  showAlert(null);
  announce(pageText.editCancelled);
}

/** What moving to the next unit of a kind says: when it wrapped round (first, last), and when there is none. */
interface MoveWords {
  readonly wrappedToFirst: string;
  readonly wrappedToLast: string;
  readonly none: string;
}

const TO_PROBLEM: MoveWords = {
  wrappedToFirst: pageText.wrappedToFirstProblem,
  wrappedToLast: pageText.wrappedToLastProblem,
  none: pageText.noProblemUnitShown,
};
const TO_UNTRANSLATED: MoveWords = {
  wrappedToFirst: pageText.wrappedToFirstUntranslated,
  wrappedToLast: pageText.wrappedToLastUntranslated,
  none: pageText.noUntranslatedUnitShown,
};

/** The next (or previous) shown unit after the active one that passes a test; wraps round once, and says so. */
function moveTo(test: (row: GridUnitRow) => boolean, direction: 1 | -1, words: MoveWords): void {
  const count = state.shown.length;
  if (count === 0) return;
  const start = shownIndexOfUnit(state.activeUnit);
  for (let step = 1; step <= count; step++) {
    const raw = start + direction * step;
    const index = ((raw % count) + count) % count;
    const row = unitRowAt(state.shown[index]!);
    if (row && test(row)) {
      const wrapped = start >= 0 && (direction === 1 ? index <= start : index >= start);
      const current = focusedTarget();
      if (current) commit(current);
      activate(row.unitIndex, true);
      const wrappedWords = direction === 1 ? words.wrappedToFirst : words.wrappedToLast;
      announce(fill(wrapped ? wrappedWords : pageText.unitNumber, row.unitIndex + 1));
      return;
    }
  }
  announce(words.none);
}

function runCommand(command: GridCommand): void {
  const target = focusedTarget();
  switch (command) {
    case 'commit':
      if (target) commit(target);
      break;
    case 'commitAndNext': {
      if (!target) break;
      commit(target);
      const next = shownIndexOfUnit(unitIndexOf(target));
      for (let index = next + 1; index < state.shown.length; index++) {
        const row = unitRowAt(state.shown[index]!);
        if (row) {
          activate(row.unitIndex, true);
          return;
        }
      }
      announce(pageText.lastUnit);
      break;
    }
    case 'cancelEdit':
      if (target) cancelEdit(target);
      else if (!findBar.hidden && findBar.contains(document.activeElement)) closeFind();
      break;
    case 'nextProblem':
      moveTo((row) => row.problems.length > 0, 1, TO_PROBLEM);
      break;
    case 'previousProblem':
      moveTo((row) => row.problems.length > 0, -1, TO_PROBLEM);
      break;
    case 'nextUntranslated':
      moveTo(isUntranslated, 1, TO_UNTRANSLATED);
      break;
    case 'previousUntranslated':
      moveTo(isUntranslated, -1, TO_UNTRANSLATED);
      break;
    case 'copySourceToTarget':
      copySourceToTarget(target);
      break;
    case 'find':
      openFind();
      break;
  }
}

function copySourceToTarget(target: HTMLElement | null): void {
  if (!target) return;
  const unitIndex = unitIndexOf(target);
  const row = unitIndex === null ? undefined : rowOfUnit(unitIndex);
  if (!row?.source || row.readOnlyReason) return;
  beginEdit(target);
  renderPieces(target, row.source);
  placeCaret(target, true);
  announce(pageText.sourceCopied);
}

function beginEdit(target: HTMLElement): void {
  const unitIndex = unitIndexOf(target);
  if (unitIndex === null || state.editing?.unitIndex === unitIndex) return;
  const row = rowOfUnit(unitIndex);
  if (row) state.editing = { unitIndex, baseTarget: rawOf(row) };
}

// ----- find ---------------------------------------------------------------------------------------------------

function openFind(): void {
  findBar.hidden = false;
  findInput.focus();
  findInput.select();
}

function closeFind(): void {
  findBar.hidden = true;
  findCount.textContent = '';
  if (state.activeUnit !== null) activate(state.activeUnit, true);
}

function findMatches(): number[] {
  const query = state.findQuery.toLocaleLowerCase();
  if (query === '') return [];
  const matches: number[] = [];
  for (const position of state.shown) {
    const row = unitRowAt(position);
    if (!row) continue;
    const haystack =
      state.findScope === 'id'
        ? row.id
        : state.findScope === 'source'
          ? displayOf(row.source ?? [])
          : displayOf(row.target);
    if (haystack.toLocaleLowerCase().includes(query)) matches.push(row.unitIndex);
  }
  return matches;
}

function findStep(direction: 1 | -1): void {
  const matches = findMatches();
  if (matches.length === 0) {
    findCount.textContent = state.findQuery === '' ? '' : pageText.noResults;
    return;
  }
  const current = state.activeUnit ?? -1;
  const next =
    direction === 1
      ? (matches.find((unitIndex) => unitIndex > current) ?? matches[0]!)
      : ([...matches].reverse().find((unitIndex) => unitIndex < current) ?? matches.at(-1)!);
  findCount.textContent = fill(pageText.matchOf, matches.indexOf(next) + 1, matches.length);
  activate(next, false);
}

findInput.addEventListener('input', () => {
  state.findQuery = findInput.value;
  const matches = findMatches();
  const found = matches.length === 0 ? pageText.noResults : fill(pageText.matchesFound, matches.length);
  findCount.textContent = state.findQuery === '' ? '' : found;
});
findInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    findStep(event.shiftKey ? -1 : 1);
  }
});
findScope.addEventListener('change', () => {
  state.findScope = findScope.value as FindScope;
  findInput.dispatchEvent(new Event('input'));
});
element('find-next').addEventListener('click', () => findStep(1));
element('find-previous').addEventListener('click', () => findStep(-1));
element('find-close').addEventListener('click', () => closeFind());

// ----- toolbar ------------------------------------------------------------------------------------------------

function setFilter(filter: GridFilter): void {
  state.filter = filter;
  filterSelect.value = filter;
  rebuild();
  announce(state.shown.length === 1 ? pageText.rowsShownOne : fill(pageText.rowsShown, state.shown.length));
}

filterSelect.addEventListener('change', () => setFilter(filterSelect.value as GridFilter));
contextToggle.addEventListener('change', () => {
  state.showContext = contextToggle.checked;
  rebuild();
});

function renderHeader(): void {
  const header = state.header;
  if (!header) return;
  element('grid-title').textContent = fill(pageText.title, header.fileName);
  const { counts } = header;
  const number = (count: number) => count.toLocaleString(document.documentElement.lang || undefined);
  const parts = [
    header.locale ?? pageText.noLocale,
    header.translationType ?? pageText.translationTypeNotSet,
    counts.units === 1 ? pageText.unitsOne : fill(pageText.units, number(counts.units)),
    fill(pageText.untranslatedCount, number(counts.untranslatedUnits)),
    fill(pageText.withProblemsCount, number(counts.unitsWithProblems)),
    fill(pageText.sourceWords, number(counts.sourceWords)),
    fill(pageText.targetWords, number(counts.targetWords)),
    fill(pageText.editedCount, number(header.editedUnits)),
  ];
  element('counts').textContent = parts.join(' · ');
  element('target-header').textContent = header.locale
    ? fill(pageText.targetOfLocale, header.locale)
    : pageText.columnTarget;
  element('source-header').textContent = fill(pageText.sourceOfLanguage, SOURCE_LANGUAGE);
}

// ----- rows from the extension --------------------------------------------------------------------------------

function rebuild(): void {
  for (const rowElement of rendered.values()) rowElement.remove();
  rendered.clear();
  recomputeShown();
  resetVirtualizer();
}

function reset(message: Extract<ToGridMessage, { type: 'reset' }>): void {
  const editing = state.editing;
  const focused = focusedTarget();
  const kept = editing && focused ? readPieces(focused) : null;
  state.header = message.header;
  state.rows = [...message.rows];
  state.version = message.version;
  renderHeader();
  rebuild();
  if (state.activeUnit !== null && !positionOfUnit.has(state.activeUnit)) state.activeUnit = null;
  if (editing && kept && state.activeUnit === editing.unitIndex) {
    const target = targetOfUnit(editing.unitIndex);
    if (target) {
      fillEdited(target, kept);
      state.editing = editing;
      target.focus({ preventScroll: true });
      placeCaret(target, true);
    }
  }
}

function appendRows(message: Extract<ToGridMessage, { type: 'appendRows' }>): void {
  if (message.version !== state.version) return;
  state.rows.push(...message.rows);
  // The rows already in the page keep their places: only the count and the filtered list grow.
  recomputeShown();
  resetVirtualizer();
}

function patch(message: Extract<ToGridMessage, { type: 'patch' }>): void {
  state.header = message.header;
  state.version = message.version;
  renderHeader();
  let membershipChanged = false;
  for (const { position, row } of message.changed) {
    const before = state.rows[position];
    state.rows[position] = row;
    if (before && passesFilter(before) !== passesFilter(row)) membershipChanged = true;
    else rerenderPosition(position);
  }
  // A row that leaves or joins the filtered set moves the others; a patch of one row changes nothing else.
  if (membershipChanged) rebuild();
}

function fillEdited(target: HTMLElement, pieces: readonly EditedPiece[]): void {
  const fragment = document.createDocumentFragment();
  for (const piece of pieces) {
    fragment.append(piece.kind === 'text' ? document.createTextNode(piece.text) : tokenElement(piece.raw, 'other'));
  }
  target.replaceChildren(fragment);
}

window.addEventListener('message', (event: MessageEvent<ToGridMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'reset':
      reset(message);
      break;
    case 'appendRows':
      appendRows(message);
      break;
    case 'patch':
      patch(message);
      break;
    case 'command':
      runCommand(message.command);
      break;
    case 'setFilter':
      setFilter(message.filter);
      break;
    case 'focusUnit':
      activate(message.unitIndex, true);
      break;
    case 'keysReady':
      // Tells tests (and nothing else) that VS Code's keybindings now reach the focused cell.
      document.body.dataset['keys'] = message.ready ? 'grid' : 'workbench';
      break;
    case 'commitFailed': {
      showAlert(fill(pageText.notSaved, message.unitIndex + 1, message.reason));
      break;
    }
  }
});

// ----- events in the grid -------------------------------------------------------------------------------------

sizer.addEventListener('focusin', (event) => {
  const target = event.target as HTMLElement;
  const rowElement = target.closest<HTMLElement>('[data-unit-index]');
  if (!rowElement) return;
  const unitIndex = Number(rowElement.dataset['unitIndex']);
  if (state.activeUnit !== unitIndex) {
    if (state.activeUnit !== null) setRowActive(state.activeUnit, false);
    state.activeUnit = unitIndex;
    setRowActive(unitIndex, true);
  }
  post({ type: 'focused', unitIndex: target.dataset['role'] === 'target' ? unitIndex : null });
});

sizer.addEventListener('focusout', (event) => {
  const target = event.target as HTMLElement;
  // Leaving a cell commits it, as in a CAT tool; moving to a button of the same row does too.
  if (target.dataset['role'] === 'target' && state.editing) commit(target);
  if (!(event.relatedTarget instanceof Node) || !sizer.contains(event.relatedTarget))
    post({ type: 'focused', unitIndex: null });
});

// Focus leaving the page (for the command palette, another editor…) gives Enter and Escape back to VS Code.
window.addEventListener('blur', () => post({ type: 'focused', unitIndex: null }));
window.addEventListener('focus', () => {
  const target = focusedTarget();
  if (target) post({ type: 'focused', unitIndex: unitIndexOf(target) });
});

sizer.addEventListener('input', (event) => {
  const target = event.target as HTMLElement;
  if (target.dataset['role'] === 'target') beginEdit(target);
});

sizer.addEventListener('beforeinput', (event) => {
  const target = event.target as HTMLElement;
  if (target.dataset['role'] !== 'target') return;
  beginEdit(target);
  // A unit is one line of Markdown: no paragraph or line breaks inside it.
  if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') event.preventDefault();
});

sizer.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  const rowElement = button?.closest<HTMLElement>('[data-unit-index]');
  if (!button || !rowElement) return;
  const unitIndex = Number(rowElement.dataset['unitIndex']);
  if (button.dataset['action'] === 'reveal') post({ type: 'reveal', unitIndex });
  if (button.dataset['action'] === 'fix') {
    post({
      type: 'applyFix',
      unitIndex,
      problem: Number(button.dataset['problem']),
      fix: Number(button.dataset['fix']),
    });
  }
});

/** Whether the caret is on the first (or last) line of a cell, where Up (or Down) leaves it for the next unit. */
function caretOnEdgeLine(target: HTMLElement, edge: 'first' | 'last'): boolean {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
  const caret = selection.getRangeAt(0).getClientRects()[0];
  const box = target.getBoundingClientRect();
  if (!caret) return true;
  const lineHeight = parseFloat(getComputedStyle(target).lineHeight) || 20;
  return edge === 'first' ? caret.top - box.top < lineHeight : box.bottom - caret.bottom < lineHeight;
}

/** Ctrl+A right after Ctrl+A in a cell: VS Code's webview host selects the whole page a moment later; undo that. */
let selectAllCell: HTMLElement | null = null;
document.addEventListener('selectionchange', () => {
  // Only while that cell still has the focus: moving on to another unit must not pull the selection back.
  if (!selectAllCell || document.activeElement !== selectAllCell) return;
  const selection = window.getSelection();
  if (
    selection &&
    selection.rangeCount > 0 &&
    !selectAllCell.contains(selection.getRangeAt(0).commonAncestorContainer)
  ) {
    const range = document.createRange();
    range.selectNodeContents(selectAllCell);
    selection.removeAllRanges();
    selection.addRange(range);
  }
});

sizer.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.dataset['role'] !== 'target') return;
  if (
    !((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') &&
    event.key !== 'Control' &&
    event.key !== 'Meta'
  ) {
    selectAllCell = null;
  }
  const unitIndex = unitIndexOf(target);
  // Enter and Ctrl+Enter reach VS Code, whose (rebindable) keybindings commit; the cell itself takes no line break.
  if (event.key === 'Enter') {
    event.preventDefault();
    return;
  }
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
    event.preventDefault();
    const range = document.createRange();
    range.selectNodeContents(target);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    selectAllCell = target;
    setTimeout(() => (selectAllCell = null), 500);
    return;
  }
  if (unitIndex === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const shownIndex = shownIndexOfUnit(unitIndex);
  const step = (direction: 1 | -1) => {
    for (let index = shownIndex + direction; index >= 0 && index < state.shown.length; index += direction) {
      const row = unitRowAt(state.shown[index]!);
      if (row) {
        event.preventDefault();
        commit(target);
        activate(row.unitIndex, true, direction === -1);
        return;
      }
    }
  };
  if (event.key === 'ArrowDown' && caretOnEdgeLine(target, 'last')) step(1);
  else if (event.key === 'ArrowUp' && caretOnEdgeLine(target, 'first')) step(-1);
});

sizer.addEventListener('copy', (event) => copyOrCut(event, false));
sizer.addEventListener('cut', (event) => copyOrCut(event, true));

/** Copying from a cell carries its tokens along, so cutting and pasting moves a tag instead of losing it. */
function copyOrCut(event: ClipboardEvent, cut: boolean): void {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-role="target"], [data-role="source"]');
  const selection = window.getSelection();
  if (!target || !selection || selection.rangeCount === 0 || selection.isCollapsed || !event.clipboardData) return;
  const holder = document.createElement('div');
  holder.append(selection.getRangeAt(0).cloneContents());
  holder.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  const pieces = readPieces(holder);
  event.clipboardData.setData(
    'text/plain',
    pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.raw)).join(''),
  );
  event.clipboardData.setData(PIECES_MIME, JSON.stringify(pieces));
  event.preventDefault();
  if (cut && target.dataset['role'] === 'target' && target.isContentEditable) {
    beginEdit(target);
    selection.deleteFromDocument();
  }
}

sizer.addEventListener('paste', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-role="target"]');
  if (!target || !target.isContentEditable || !event.clipboardData) return;
  event.preventDefault();
  beginEdit(target);
  const pieces = piecesFromClipboard(event.clipboardData.getData(PIECES_MIME));
  if (!pieces) {
    // Plain text, one line: a pasted line break would end the unit's paragraph.
    const text = event.clipboardData.getData('text/plain').replace(/\r\n?|\n/g, ' ');
    document.execCommand('insertText', false, text);
    return;
  }
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = document.createDocumentFragment();
  for (const piece of pieces) {
    fragment.append(
      piece.kind === 'text'
        ? document.createTextNode(piece.text.replace(/\r\n?|\n/g, ' '))
        : tokenElement(piece.raw, 'other'),
    );
  }
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
});

// Keys that move between units when focus is on a row's buttons rather than in its cell.
grid.addEventListener('keydown', (event) => {
  const focused = event.target as HTMLElement;
  if (focused.dataset['role'] === 'target' || focused.closest('.grid-head')) return;
  const rowElement = focused.closest<HTMLElement>('[data-unit-index]');
  if (!rowElement || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  event.preventDefault();
  activate(Number(rowElement.dataset['unitIndex']), true);
});

post({ type: 'ready' });
