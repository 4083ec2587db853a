/**
 * Text pieces in the page: text as text, markup as protected tokens that typing cannot enter (a CAT tool's tags),
 * and the way back from an edited cell to pieces. The page never builds markup from what was typed: it only
 * reports text and the tokens it was given, and the extension writes the file.
 */
import type { EditedPiece, MarkupRole, TextPiece } from '../../../../shared/protocol';
import type { GridPageText } from '../../../src/editor/gridText';
import { readPageText } from '../pageText';

/** The MIME type under which a cell's copied pieces travel, so tokens survive cut and paste between cells. */
export const PIECES_MIME = 'application/x-bilingual-docs-pieces';

/** What a screen reader calls each kind of token, in the display language; read from the page once. */
let roleNames: GridPageText['markupRoles'] | undefined;
function roleName(role: MarkupRole): string {
  roleNames ??= readPageText<GridPageText>().markupRoles;
  return roleNames[role];
}

const MARKUP_ROLES: ReadonlySet<string> = new Set<MarkupRole>([
  'tag', 'entity', 'code', 'link', 'image', 'emphasis', 'include', 'break', 'other',
]);

const MAX_TOKEN_LABEL = 24;

/** What a token shows: its markup, shortened where a destination or a long tag would crowd the text. */
export function tokenLabel(raw: string): string {
  const oneLine = raw.replace(/\s+/g, ' ');
  if (oneLine.length <= MAX_TOKEN_LABEL) return oneLine;
  return `${oneLine.slice(0, MAX_TOKEN_LABEL - 1)}…`;
}

export function tokenElement(raw: string, role: MarkupRole | string): HTMLElement {
  const token = document.createElement('span');
  const knownRole = (MARKUP_ROLES.has(role) ? role : 'other') as MarkupRole;
  token.className = `token token-${knownRole}`;
  token.contentEditable = 'false';
  token.dataset['raw'] = raw;
  token.dataset['tokenRole'] = knownRole;
  token.setAttribute('role', 'img');
  token.setAttribute('aria-label', `${roleName(knownRole)} ${raw}`);
  token.title = raw;
  token.textContent = tokenLabel(raw);
  return token;
}

/** A stretch of a text piece to underline: a problem that stands on those words (a misspelling, a repeated word). */
export interface PieceMark {
  readonly piece: number;
  readonly start: number;
  readonly end: number;
  readonly severity: string;
  readonly label: string;
}

/** A text piece's text with its marks as `<mark>` elements, which editing keeps as plain text. */
function markedText(text: string, marks: readonly PieceMark[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) nodes.push(document.createTextNode(text.slice(at, mark.start)));
    const element = document.createElement('mark');
    element.className = `problem-mark severity-${mark.severity}`;
    element.title = mark.label;
    element.textContent = text.slice(mark.start, mark.end);
    nodes.push(element);
    at = mark.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** Fills an element with pieces, underlining the marked stretches of text. */
export function renderPieces(into: HTMLElement, pieces: readonly TextPiece[], marks: readonly PieceMark[] = []): void {
  const fragment = document.createDocumentFragment();
  pieces.forEach((piece, index) => {
    if (piece.kind === 'markup') {
      fragment.append(tokenElement(piece.raw, piece.role));
      return;
    }
    const own = marks.filter((mark) => mark.piece === index);
    fragment.append(...(own.length === 0 ? [document.createTextNode(piece.text)] : markedText(piece.text, own)));
  });
  into.replaceChildren(fragment);
}

/** The text a person reads in pieces: text as typed, each token as its markup. */
export function displayOf(pieces: readonly TextPiece[]): string {
  let text = '';
  for (const piece of pieces) text += piece.kind === 'text' ? piece.text : piece.raw;
  return text;
}

/** Only the text of pieces, for finding. */
export function plainTextOf(pieces: readonly TextPiece[]): string {
  let text = '';
  for (const piece of pieces) if (piece.kind === 'text') text += piece.text;
  return text;
}

/**
 * What an edited cell holds, as pieces: its text, and its tokens by their markup. Elements the browser adds while
 * editing (a `<div>` or `<br>` of a line break) count as a space, since a unit is one line of Markdown.
 */
export function readPieces(cell: HTMLElement): EditedPiece[] {
  const pieces: EditedPiece[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const last = pieces.at(-1);
    if (last?.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', text: last.text + text };
    else pieces.push({ kind: 'text', text });
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        addText(child.textContent ?? '');
      } else if (child instanceof HTMLElement) {
        const raw = child.dataset['raw'];
        if (raw !== undefined) pieces.push({ kind: 'markup', raw });
        else if (child.tagName === 'BR') addText(child.nextSibling ? ' ' : '');
        else {
          if (child.tagName === 'DIV' && pieces.length > 0) addText(' ');
          walk(child);
        }
      }
    }
  };
  walk(cell);
  return pieces;
}

/** Whether a cell's pieces are those it was given (an unchanged cell writes nothing). */
export function samePieces(edited: readonly EditedPiece[], original: readonly TextPiece[]): boolean {
  const merged: EditedPiece[] = [];
  for (const piece of original) {
    const last = merged.at(-1);
    if (piece.kind === 'text') {
      if (piece.text === '') continue;
      if (last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + piece.text };
      else merged.push({ kind: 'text', text: piece.text });
    } else merged.push({ kind: 'markup', raw: piece.raw });
  }
  if (merged.length !== edited.length) return false;
  return merged.every((piece, i) => {
    const other = edited[i]!;
    return (
      piece.kind === other.kind &&
      (piece.kind === 'text'
        ? piece.text === (other as { text: string }).text
        : piece.raw === (other as { raw: string }).raw)
    );
  });
}

/** Pieces from the clipboard data a cell wrote, or null when it holds none (or anything malformed). */
export function piecesFromClipboard(data: string): EditedPiece[] | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (!Array.isArray(parsed)) return null;
    const pieces: EditedPiece[] = [];
    for (const item of parsed) {
      if (item?.kind === 'text' && typeof item.text === 'string') pieces.push({ kind: 'text', text: item.text });
      else if (item?.kind === 'markup' && typeof item.raw === 'string') pieces.push({ kind: 'markup', raw: item.raw });
      else return null;
    }
    return pieces;
  } catch {
    return null;
  }
}
