/**
 * The words of a webview page come from the extension, translated, in the page's `data-page-text` attribute: the
 * page scripts carry no UI text of their own.
 */

/** The page's words as the extension wrote them into `<body data-page-text>`. */
export function readPageText<T>(): T {
  return JSON.parse(document.body.dataset['pageText'] ?? '{}') as T;
}

/** `{0}`, `{1}` … of a translated template replaced by the values, in the order the translation put them. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}
