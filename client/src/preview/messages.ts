/** What the extension and the preview page say to each other through postMessage (types only; both sides import). */

export type UnitFilter = 'all' | 'problems' | 'untranslated';

export const UNIT_FILTERS: readonly UnitFilter[] = ['all', 'problems', 'untranslated'];

/** The article with sources beside each block, under each unit, in a panel for the selected unit; or the table. */
export type PreviewLayout = 'columns' | 'interleaved' | 'target' | 'units';

export const PREVIEW_LAYOUTS: readonly PreviewLayout[] = ['columns', 'interleaved', 'target', 'units'];

export function isPreviewLayout(value: unknown): value is PreviewLayout {
  return PREVIEW_LAYOUTS.includes(value as PreviewLayout);
}

export type HostMessage =
  /** New content: the escaped HTML from render.ts and the unit under the editor's cursor. */
  | {
      readonly type: 'update';
      readonly html: string;
      readonly version: number;
      readonly currentUnitIndex: number | null;
      readonly layout: PreviewLayout;
    }
  /** The editor's cursor moved to another unit (or out of every unit); `scroll` brings the row into view. */
  | { readonly type: 'cursor'; readonly unitIndex: number | null; readonly scroll: boolean }
  /** The editor scrolled: bring this unit to the top of the page. */
  | { readonly type: 'scrollToUnit'; readonly unitIndex: number }
  /** Something the page should say instead of (or above) the content, such as "the document was deleted". */
  | { readonly type: 'message'; readonly text: string | null };

export type PageMessage =
  /** The page has (re)loaded and wants its content: after opening, after being hidden and shown, after a reload. */
  | { readonly type: 'ready' }
  /** A row was chosen; `focusEditor` when the user asked to go there (the ID button), not just to look. */
  | { readonly type: 'reveal'; readonly unitIndex: number; readonly focusEditor: boolean }
  | { readonly type: 'openLink'; readonly href: string }
  /** The page was scrolled by the user; this unit is now the first in view. */
  | { readonly type: 'scrolled'; readonly unitIndex: number }
  /** The layout control of the page was changed. */
  | { readonly type: 'setLayout'; readonly layout: PreviewLayout };

/** What the page keeps through vscode.setState: enough to restore itself after hiding or a reload. */
export interface PreviewPageState {
  readonly documentUri: string;
  readonly filter: UnitFilter;
  readonly scrollY: number;
}
