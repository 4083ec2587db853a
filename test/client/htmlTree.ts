/** Reads rendered preview HTML the way a browser does (parse5 implements the HTML standard's parser). */
import { parse, parseFragment } from 'parse5';

export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly Element[];
  readonly text: string;
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function toElement(node: Parse5Node): Element {
  const childNodes = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
  // Each child is converted once: converting it again for the text would double the work at every level.
  const converted = childNodes.map((child) => (child.tagName !== undefined ? toElement(child) : null));
  const children = converted.filter((child): child is Element => child !== null);
  const text = childNodes
    .map((child, at) => (child.nodeName === '#text' ? child.value ?? '' : converted[at]?.text ?? ''))
    .join('');
  return {
    name: node.tagName ?? node.nodeName,
    attributes: Object.fromEntries((node.attrs ?? []).map((attribute) => [attribute.name, attribute.value])),
    children,
    text,
  };
}

/** The content as it would sit inside the preview's `<main>`. */
export function parseContent(html: string): Element {
  return toElement(parseFragment(html) as unknown as Parse5Node);
}

export function parseDocument(html: string): Element {
  return toElement(parse(html) as unknown as Parse5Node);
}

export function allElements(root: Element): Element[] {
  return [root, ...root.children.flatMap(allElements)];
}

export function findAll(root: Element, predicate: (element: Element) => boolean): Element[] {
  return allElements(root).filter(predicate);
}

export function hasClass(element: Element, name: string): boolean {
  return (element.attributes['class'] ?? '').split(/\s+/).includes(name);
}
