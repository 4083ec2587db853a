/**
 * "Add to the workspace word list": the smallest edit of `.bilingual-docs.json` that adds a word to `"words"` for a
 * locale, leaving every other byte of the file as it was, or the whole file when there is none yet.
 */
import type { TextEdit } from './model';

interface Member {
  readonly key: string;
  readonly value: JsonValue;
}

interface JsonValue {
  readonly start: number;
  /** Just after the value. */
  readonly end: number;
  /** For an object: its members; for an array: its items; otherwise empty. */
  readonly members: readonly Member[];
  readonly items: readonly JsonValue[];
}

/** A reader of strict JSON that keeps where each value is; undefined for text that is not JSON. */
function readJson(text: string): JsonValue | undefined {
  let at = 0;
  const space = (): void => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  };
  const string = (): string | undefined => {
    // eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
    const match = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(at, at + 100_000));
    if (!match) return undefined;
    at += match[0].length;
    return JSON.parse(match[0]) as string;
  };
  const value = (): JsonValue | undefined => {
    space();
    const start = at;
    const char = text[at];
    if (char === '{' || char === '[') {
      at++;
      const members: Member[] = [];
      const items: JsonValue[] = [];
      const close = char === '{' ? '}' : ']';
      space();
      if (text[at] === close) return { start, end: ++at, members, items };
      for (;;) {
        if (char === '{') {
          space();
          const key = string();
          space();
          if (key === undefined || text[at++] !== ':') return undefined;
          const member = value();
          if (!member) return undefined;
          members.push({ key, value: member });
        } else {
          const item = value();
          if (!item) return undefined;
          items.push(item);
        }
        space();
        const next = text[at++];
        if (next === close) return { start, end: at, members, items };
        if (next !== ',') return undefined;
      }
    }
    if (char === '"') return string() === undefined ? undefined : { start, end: at, members: [], items: [] };
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (!literal) return undefined;
    at += literal[0].length;
    return { start, end: at, members: [], items: [] };
  };
  const root = value();
  space();
  return root && at === text.length ? root : undefined;
}

/** The indentation of the file's members, by its first indented line; two spaces when it has none. */
function indentOf(text: string): string {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
}

/** Inserted before the closing bracket of a container: after its last entry, or as its only one. */
function appendTo(container: JsonValue, last: JsonValue | undefined, entry: string): TextEdit {
  if (last) return { span: { start: last.end, end: last.end }, newText: `, ${entry}` };
  return { span: { start: container.end - 1, end: container.end - 1 }, newText: entry };
}

export type WordListEdit =
  | { readonly kind: 'create'; readonly text: string }
  | { readonly kind: 'edit'; readonly edit: TextEdit }
  | { readonly kind: 'present' }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * The edit adding `word` for `locale` to a configuration file's text, or the text of a new file when there is none
 * (`undefined`). A file that is not a JSON object is left alone, with the reason.
 */
export function addToWordList(text: string | undefined, locale: string, word: string): WordListEdit {
  const entry = `${JSON.stringify(locale)}: [${JSON.stringify(word)}]`;
  if (text === undefined) return { kind: 'create', text: `{\n  "words": {\n    ${entry}\n  }\n}\n` };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = readJson(text.slice(bom));
  if (!root || text[bom + root.start] !== '{') return { kind: 'unreadable', reason: 'it is not a JSON object' };
  const shift = (edit: TextEdit): TextEdit => {
    return { span: { start: edit.span.start + bom, end: edit.span.end + bom }, newText: edit.newText };
  };
  const words = root.members.find((member) => member.key === 'words')?.value;
  if (!words) {
    const lastMember = root.members.at(-1)?.value;
    const indent = indentOf(text);
    const newText = lastMember ? `,\n${indent}"words": { ${entry} }` : `"words": { ${entry} }`;
    const at = lastMember ? lastMember.end : root.end - 1;
    return { kind: 'edit', edit: shift({ span: { start: at, end: at }, newText }) };
  }
  if (text[bom + words.start] !== '{') return { kind: 'unreadable', reason: '"words" is not an object' };
  const list = words.members.find((member) => member.key.toLowerCase() === locale.toLowerCase())?.value;
  if (!list) return { kind: 'edit', edit: shift(appendTo(words, words.members.at(-1)?.value, entry)) };
  if (text[bom + list.start] !== '[') return { kind: 'unreadable', reason: `"words" of "${locale}" is not a list` };
  const present = list.items.some((item) => text.slice(bom + item.start, bom + item.end) === JSON.stringify(word));
  if (present) return { kind: 'present' };
  return { kind: 'edit', edit: shift(appendTo(list, list.items.at(-1), JSON.stringify(word))) };
}
