/** What the QA report's webview page posts: a link to an article's line was clicked. */
// Imports nothing: the page's script bundles it.

export interface OpenPlaceMessage {
  readonly type: 'open';
  /** The article's URI, as the page's link names it. */
  readonly uri: string;
  /** 0-based. */
  readonly line: number;
}

export function isOpenPlaceMessage(message: unknown): message is OpenPlaceMessage {
  const candidate = message as Partial<OpenPlaceMessage> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.type === 'open' &&
    typeof candidate.uri === 'string' &&
    Number.isInteger(candidate.line) &&
    candidate.line! >= 0
  );
}
