/**
 * The Preview Bilingual page. It shows the HTML the extension rendered (escaped there), marks the row under the
 * editor's cursor, filters rows, reports clicks back, and keeps its filter and scroll position in the webview
 * state so they survive hiding and reloads.
 */
import type { HostMessage, PageMessage, PreviewPageState, UnitFilter } from '../../src/preview/messages';
import { UNIT_FILTERS } from '../../src/preview/messages';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: PreviewPageState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
const filterSelect = document.getElementById('filter') as HTMLSelectElement;
const visibleCount = document.getElementById('visible-count')!;
const messageBanner = document.getElementById('message')!;

function readState(): PreviewPageState {
  const saved = vscode.getState() as Partial<PreviewPageState> | undefined;
  return {
    documentUri: document.body.dataset['documentUri'] ?? '',
    filter: UNIT_FILTERS.includes(saved?.filter as UnitFilter) ? (saved!.filter as UnitFilter) : 'all',
    scrollY: typeof saved?.scrollY === 'number' ? saved.scrollY : 0,
  };
}

let state = readState();
let scrollRestored = false;
let currentUnitIndex: number | null = null;

function saveState(change: Partial<PreviewPageState>): void {
  state = { ...state, ...change };
  vscode.setState(state);
}

function rows(): HTMLTableRowElement[] {
  return Array.from(content.querySelectorAll<HTMLTableRowElement>('tr[data-unit-index]'));
}

function isShown(row: HTMLTableRowElement): boolean {
  return state.filter === 'all' || row.classList.contains(state.filter === 'problems' ? 'has-problems' : 'untranslated');
}

function applyFilter(): void {
  content.dataset['filter'] = state.filter;
  filterSelect.value = state.filter;
  const all = rows();
  if (all.length === 0) {
    visibleCount.textContent = '';
    return;
  }
  const shown = all.filter(isShown).length;
  visibleCount.textContent = state.filter === 'all' ? `${all.length} units` : `${shown} of ${all.length} units`;
}

function rowOf(unitIndex: number | null): HTMLTableRowElement | null {
  if (unitIndex === null) return null;
  return content.querySelector<HTMLTableRowElement>(`tr[data-unit-index="${unitIndex}"]`);
}

function markCurrent(unitIndex: number | null, scroll: boolean): void {
  for (const row of content.querySelectorAll('tr.current')) {
    row.classList.remove('current');
    row.removeAttribute('aria-current');
  }
  currentUnitIndex = unitIndex;
  const row = rowOf(unitIndex);
  if (!row) return;
  row.classList.add('current');
  row.setAttribute('aria-current', 'true');
  if (scroll && isShown(row)) row.scrollIntoView({ block: 'nearest' });
}

function update(html: string, unitIndex: number | null): void {
  const focusedRow = (document.activeElement as HTMLElement | null)?.closest('tr[data-unit-index]');
  const focusedIndex = focusedRow instanceof HTMLTableRowElement ? focusedRow.dataset['unitIndex'] : undefined;
  content.innerHTML = html;
  content.setAttribute('aria-busy', 'false');
  applyFilter();
  markCurrent(unitIndex, false);
  if (focusedIndex !== undefined) {
    content.querySelector<HTMLButtonElement>(`tr[data-unit-index="${focusedIndex}"] button.reveal`)?.focus({ preventScroll: true });
  }
  if (!scrollRestored) {
    scrollRestored = true;
    window.scrollTo(0, state.scrollY);
  }
}

function showMessage(text: string | null): void {
  messageBanner.textContent = text ?? '';
  messageBanner.hidden = text === null;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      update(message.html, message.currentUnitIndex);
      break;
    case 'cursor':
      markCurrent(message.unitIndex, message.scroll);
      break;
    case 'message':
      showMessage(message.text);
      break;
  }
});

filterSelect.addEventListener('change', () => {
  const filter = filterSelect.value as UnitFilter;
  saveState({ filter: UNIT_FILTERS.includes(filter) ? filter : 'all' });
  applyFilter();
  const current = rowOf(currentUnitIndex);
  if (current && isShown(current)) current.scrollIntoView({ block: 'nearest' });
});

let scrollSavePending = false;
window.addEventListener('scroll', () => {
  if (scrollSavePending) return;
  scrollSavePending = true;
  requestAnimationFrame(() => {
    scrollSavePending = false;
    saveState({ scrollY: window.scrollY });
  });
});

function unitIndexOf(element: Element): number | null {
  const row = element.closest('tr[data-unit-index]');
  return row instanceof HTMLTableRowElement ? Number(row.dataset['unitIndex']) : null;
}

function followLink(link: HTMLElement): void {
  const href = link.dataset['href'];
  if (href) vscode.postMessage({ type: 'openLink', href });
}

content.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest<HTMLElement>('a.link');
  if (link) {
    event.preventDefault();
    followLink(link);
    return;
  }
  // Selecting text to copy it is not a click on the row.
  if (!window.getSelection()?.isCollapsed) return;
  const unitIndex = unitIndexOf(target);
  if (unitIndex === null) return;
  vscode.postMessage({ type: 'reveal', unitIndex, focusEditor: target.closest('button.reveal') !== null });
});

/** Arrow keys move between the rows the filter shows; Home and End jump to the first and last. */
content.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.matches('a.link') && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    followLink(target);
    return;
  }
  if (!target.matches('button.reveal')) return;
  const shown = rows().filter(isShown);
  const at = shown.findIndex((row) => row.contains(target));
  const next =
    event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? shown.length - 1 : null;
  if (next === null || next < 0 || next >= shown.length) return;
  event.preventDefault();
  shown[next]!.querySelector<HTMLButtonElement>('button.reveal')?.focus();
});

saveState({});
applyFilter();
vscode.postMessage({ type: 'ready' });
