/** What the bench programs share: finding the articles, and parse5's Tokenizer alone as the baseline. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, type TokenHandler } from 'parse5';

/** Every `*.md` below a folder, in a stable order. */
export function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path));
    else if (name.endsWith('.md')) found.push(path);
  }
  return found;
}

const noop = (): void => undefined;
const silentHandler: TokenHandler = {
  onStartTag: noop,
  onEndTag: noop,
  onComment: noop,
  onDoctype: noop,
  onEof: noop,
  onCharacter: noop,
  onNullCharacter: noop,
  onWhitespaceCharacter: noop,
};

/** The baseline: parse5's Tokenizer over the text with location info, its tokens thrown away. */
export function tokenizeOnly(text: string): void {
  new Tokenizer({ sourceCodeLocationInfo: true }, silentHandler).write(text, true);
}
