/** The check the preview tests share: rendered HTML that can run nothing and load nothing. */
import assert from 'node:assert/strict';
import { classifyLink } from '../../client/src/preview/links';
import { allElements, type Element } from './htmlTree';

const ACTIVE_ELEMENTS = ['script', 'img', 'svg', 'iframe', 'style', 'object', 'embed', 'form', 'meta', 'base', 'link'];
const LOADING_ATTRIBUTES = ['href', 'src', 'style', 'action', 'srcset', 'formaction'];

/** No element can run script or load anything, and every link left is one the extension would follow. */
export function assertInert(root: Element): void {
  for (const element of allElements(root)) {
    assert.ok(!ACTIVE_ELEMENTS.includes(element.name), `<${element.name}> rendered`);
    for (const [name, value] of Object.entries(element.attributes)) {
      assert.ok(!/^on/i.test(name) && !LOADING_ATTRIBUTES.includes(name), `${name}="${value}" rendered`);
      if (name === 'data-href') assert.notEqual(classifyLink(value).kind, 'blocked', value);
    }
  }
}
