/**
 * The Preview Bilingual page. It shows the HTML the extension rendered (escaped there), marks the unit under the
 * editor's cursor, filters units, shows the selected unit's source in the panel of the "target" layout, keeps the
 * editor and the page scrolled to the same unit, reports clicks back, and keeps its filter and scroll position in
 * the webview state so they survive hiding and reloads.
 */
import type { HostMessage, PageMessage, PreviewLayout, PreviewPageState, UnitFilter } from '../../src/preview/messages';
import { isPreviewLayout, UNIT_FILTERS } from '../../src/preview/messages';
import type { PreviewPageText } from '../../src/preview/pageText';
import { fill, readPageText } from './pageText';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: PreviewPageState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
const filterSelect = document.getElementById('filter') as HTMLSelectElement;
const layoutSelect = document.getElementById('layout') as HTMLSelectElement;
const visibleCount = document.getElementById('visible-count')!;
const messageBanner = document.getElementById('message')!;
const filterEmpty = document.getElementById('filter-empty')!;
const toolbar = document.querySelector<HTMLElement>('.toolbar')!;
const pageText = readPageText<PreviewPageText>();

const saved = vscode.getState() as Partial<PreviewPageState> | undefined;
const documentUri = document.body.dataset['documentUri'] ?? '';
/** The page reloaded on the same article (shown again, window reloaded), not turned to another one. */
const restoredFromState = saved?.documentUri === documentUri;

function readState(): PreviewPageState {
  return {
    documentUri,
    filter: UNIT_FILTERS.includes(saved?.filter as UnitFilter) ? (saved!.filter as UnitFilter) : 'all',
    scrollY: restoredFromState && typeof saved?.scrollY === 'number' ? saved.scrollY : 0,
  };
}

let state = readState();
let firstUpdate = true;
let currentUnitIndex: number | null = null;
const initialLayout = document.documentElement.dataset['layout'];
let layout: PreviewLayout = isPreviewLayout(initialLayout) ? initialLayout : 'columns';

function saveState(change: Partial<PreviewPageState>): void {
  state = { ...state, ...change };
  vscode.setState(state);
}

const isTable = () => layout === 'units';

/** The element that stands for a unit: its row in the table, its target in the article. */
function anchors(): HTMLElement[] {
  const selector = isTable() ? 'tr[data-unit-index]' : '[data-role="target"][data-unit-index]';
  return Array.from(content.querySelectorAll<HTMLElement>(selector));
}

function anchorOf(unitIndex: number | string | null): HTMLElement | null {
  if (unitIndex === null) return null;
  const row = `tr[data-unit-index="${unitIndex}"]`;
  return content.querySelector<HTMLElement>(isTable() ? row : `[data-role="target"][data-unit-index="${unitIndex}"]`);
}

function matchesFilter(anchor: Element): boolean {
  if (state.filter === 'all') return true;
  return anchor.classList.contains(state.filter === 'problems' ? 'has-problems' : 'untranslated');
}

function isShown(anchor: HTMLElement): boolean {
  return matchesFilter(anchor) && anchor.closest('.filtered-out') === null;
}

const EMPTY_FILTER_TEXT: Readonly<Record<UnitFilter, string>> = {
  all: pageText.noUnits,
  problems: pageText.noProblems,
  untranslated: pageText.noUntranslated,
};

function applyFilter(): void {
  content.dataset['filter'] = state.filter;
  filterSelect.value = state.filter;
  // In the article a block stays when one of its units matches; blocks without units go with the filter.
  for (const block of content.querySelectorAll<HTMLElement>('.block, .unshown-unit')) {
    const targets = Array.from(block.querySelectorAll('[data-role="target"]'));
    block.classList.toggle('filtered-out', state.filter !== 'all' && !targets.some(matchesFilter));
  }
  const all = anchors();
  const shown = all.filter(matchesFilter).length;
  const allUnits = all.length === 1 ? pageText.unitsShownOne : fill(pageText.unitsShown, all.length);
  const counted = state.filter === 'all' ? allUnits : fill(pageText.unitsShownOfAll, shown, all.length);
  visibleCount.textContent = all.length === 0 ? '' : counted;
  filterEmpty.textContent = EMPTY_FILTER_TEXT[state.filter];
  filterEmpty.hidden = all.length === 0 || shown > 0;
}

/** Scrolls the page itself, and says so, so the editor does not follow a scroll it caused. */
let scrollCausedHere = 0;
function scrollToAnchor(anchor: HTMLElement, block: ScrollLogicalPosition): void {
  scrollCausedHere++;
  anchor.scrollIntoView({ block });
  requestAnimationFrame(() => requestAnimationFrame(() => scrollCausedHere--));
}

function markCurrent(unitIndex: number | null, scroll: boolean): void {
  for (const element of content.querySelectorAll('.current')) {
    element.classList.remove('current');
    element.removeAttribute('aria-current');
  }
  currentUnitIndex = unitIndex;
  if (unitIndex === null) return;
  for (const element of content.querySelectorAll(`[data-unit-index="${unitIndex}"]`)) element.classList.add('current');
  const anchor = anchorOf(unitIndex);
  if (!anchor) return;
  anchor.setAttribute('aria-current', 'true');
  showInSourcePanel(unitIndex);
  if (scroll && isShown(anchor)) scrollToAnchor(anchor, 'nearest');
}

/** The "target" layout's panel: the selected unit's source (and problems), copied from the hidden source. */
function showInSourcePanel(unitIndex: number): void {
  const panel = document.getElementById('source-panel');
  if (!panel) return;
  const source = content.querySelector(`[data-role="source"][data-unit-index="${unitIndex}"]`);
  const problems = content.querySelector(`.unit-problems[data-unit-index="${unitIndex}"]`);
  if (!source) return;
  const heading = document.createElement('p');
  heading.className = 'source-panel-title';
  heading.textContent = fill(pageText.sourceOfUnit, source.getAttribute('data-unit-id') ?? '');
  const copy = document.createElement('div');
  copy.className = 'source-panel-text';
  for (const attribute of ['lang', 'dir']) {
    const value = source.getAttribute(attribute);
    if (value !== null) copy.setAttribute(attribute, value);
  }
  copy.append(...Array.from(source.childNodes, (node) => node.cloneNode(true)));
  panel.replaceChildren(heading, copy, ...(problems ? [problems.cloneNode(true)] : []));
}

function update(html: string, unitIndex: number | null, newLayout: PreviewLayout): void {
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-unit-index]');
  const focusedIndex = focused?.dataset['unitIndex'];
  const layoutChanged = newLayout !== layout;
  layout = newLayout;
  document.documentElement.dataset['layout'] = layout;
  layoutSelect.value = layout;
  content.innerHTML = html;
  content.setAttribute('aria-busy', 'false');
  applyFilter();
  markCurrent(unitIndex, false);
  if (focusedIndex !== undefined) {
    const anchor = anchorOf(focusedIndex);
    if (anchor) focusableOf(anchor)?.focus({ preventScroll: true });
  }
  if (firstUpdate || layoutChanged) {
    // On opening: where the page was before a reload, or else the unit at the editor's cursor.
    const anchor = anchorOf(unitIndex);
    if (firstUpdate && restoredFromState) window.scrollTo(0, state.scrollY);
    else if (anchor) scrollToAnchor(anchor, 'center');
    firstUpdate = false;
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
      update(message.html, message.currentUnitIndex, message.layout);
      break;
    case 'cursor':
      markCurrent(message.unitIndex, message.scroll);
      break;
    case 'scrollToUnit': {
      const anchor = anchorOf(message.unitIndex);
      if (anchor && isShown(anchor)) scrollToAnchor(anchor, 'start');
      break;
    }
    case 'message':
      showMessage(message.text);
      break;
  }
});

filterSelect.addEventListener('change', () => {
  const filter = filterSelect.value as UnitFilter;
  saveState({ filter: UNIT_FILTERS.includes(filter) ? filter : 'all' });
  applyFilter();
  const current = anchorOf(currentUnitIndex);
  if (current && isShown(current)) scrollToAnchor(current, 'nearest');
});

layoutSelect.addEventListener('change', () => {
  if (isPreviewLayout(layoutSelect.value)) vscode.postMessage({ type: 'setLayout', layout: layoutSelect.value });
});

/** The first unit whose top is in view below the toolbar: what the editor scrolls to. */
function firstVisibleUnit(): number | null {
  const top = toolbar.getBoundingClientRect().bottom;
  for (const anchor of anchors()) {
    if (!isShown(anchor)) continue;
    const rect = anchor.getBoundingClientRect();
    if (rect.bottom > top) return Number(anchor.dataset['unitIndex']);
  }
  return null;
}

let scrollPending = false;
let lastReportedUnit: number | null = null;
window.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    saveState({ scrollY: window.scrollY });
    if (scrollCausedHere > 0) return;
    const unitIndex = firstVisibleUnit();
    if (unitIndex === null || unitIndex === lastReportedUnit) return;
    lastReportedUnit = unitIndex;
    vscode.postMessage({ type: 'scrolled', unitIndex });
  });
});

function unitIndexOf(element: Element): number | null {
  const unit = element.closest<HTMLElement>('[data-unit-index]');
  return unit ? Number(unit.dataset['unitIndex']) : null;
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
  // Selecting text to copy it is not a click on the unit.
  if (!window.getSelection()?.isCollapsed) return;
  const unitIndex = unitIndexOf(target);
  if (unitIndex === null) return;
  showInSourcePanel(unitIndex);
  vscode.postMessage({ type: 'reveal', unitIndex, focusEditor: target.closest('button.reveal') !== null });
});

content.addEventListener('focusin', (event) => {
  const unit = (event.target as Element).closest<HTMLElement>('[data-role="target"][data-unit-index]');
  if (unit) showInSourcePanel(Number(unit.dataset['unitIndex']));
});

function focusableOf(anchor: HTMLElement): HTMLElement | null {
  return isTable() ? anchor.querySelector<HTMLElement>('button.reveal') : anchor;
}

/**
 * Arrow keys move between the units the filter shows; Home and End jump to the first and last. In the article,
 * Enter on a unit shows it in the editor.
 */
content.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.matches('a.link') && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    followLink(target);
    return;
  }
  const onUnit = isTable() ? target.matches('button.reveal') : target.matches('[data-role="target"]');
  if (!onUnit) return;
  if (!isTable() && event.key === 'Enter') {
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', unitIndex: Number(target.dataset['unitIndex']), focusEditor: true });
    return;
  }
  const shown = anchors().filter(isShown);
  const at = shown.findIndex((anchor) => anchor === target || anchor.contains(target));
  const next =
    event.key === 'ArrowDown'
      ? at + 1
      : event.key === 'ArrowUp'
        ? at - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? shown.length - 1
            : null;
  if (next === null || next < 0 || next >= shown.length) return;
  event.preventDefault();
  focusableOf(shown[next]!)?.focus();
});

saveState({});
applyFilter();
vscode.postMessage({ type: 'ready' });
