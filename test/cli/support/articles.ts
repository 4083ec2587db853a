/** Small articles written in the tests, in the markup of the real ones. */

/** A small article of a Danish human translation, the body lines after its front matter. */
export function danishArticle(...bodyLines: string[]): string {
  return [
    '---',
    'title: Sidefodsmodul',
    'ms.contentlocale: da-DK',
    'ms.translationtype: HT',
    '---',
    ...bodyLines,
    '',
  ].join('\n');
}

export { unit } from '../../core/support/markup';
