/**
 * Writes a pretty-printed JSON document (as `JSON.stringify(value, null, 2)` would) with one array in it written
 * item by item, so a run over a whole repository never holds every file's result in memory at once.
 */

/** Stands where the streamed array goes; a string no real value holds. */
const PLACEHOLDER = '\u0000streamed-array\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

export class StreamedJsonArray {
  private count = 0;
  private itemIndent = '';

  /**
   * @param document builds the whole document with `array` where the streamed array goes; it is called once at
   * the start and once at the end, and must give the same text before the array both times.
   */
  constructor(private readonly document: (array: string) => unknown) {}

  /** Everything before the array's first item. */
  begin(): string {
    const text = JSON.stringify(this.document(PLACEHOLDER), null, 2);
    const at = text.indexOf(PLACEHOLDER_JSON);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = /^ */.exec(text.slice(lineStart))![0];
    this.itemIndent = `${indent}  `;
    return `${text.slice(0, at)}[`;
  }

  item(value: unknown): string {
    const json = JSON.stringify(value, null, 2).replace(/\n/g, `\n${this.itemIndent}`);
    return `${this.count++ === 0 ? '' : ','}\n${this.itemIndent}${json}`;
  }

  /** The array's end and everything after it, from the document as it stands now. */
  end(): string {
    const text = JSON.stringify(this.document(PLACEHOLDER), null, 2);
    const after = text.slice(text.indexOf(PLACEHOLDER_JSON) + PLACEHOLDER_JSON.length);
    return `${this.count === 0 ? '' : `\n${this.itemIndent.slice(2)}`}]${after}\n`;
  }
}
