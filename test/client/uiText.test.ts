/**
 * Text an article chooses (its locale, its links, its units' words) shown in VS Code's own UI: never an icon,
 * never a link that runs a command, and a preview link never opens a file outside the workspace.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText } from '../../client/src/summaryText';
import { sourceMessage } from '../../client/src/commands/sourceMessage';
import { linkedFile } from '../../client/src/preview/links';
import { notificationText, withoutIcons } from '../../client/src/uiText';
import { summary } from './previewData';

describe('article text in the UI', () => {
  test('Should show icon syntax of the front matter as text in the status bar', () => {
    assert.equal(
      statusText(summary({ locale: '$(alert) et-EE', translationType: '$(sync~spin)' })),
      '\\$(alert) et-EE · \\$(sync~spin) · 8 units · 0 problems',
    );
    assert.equal(withoutIcons('$($(x))'), '\\$(\\$(x))');
  });

  test('Should show a link of the source as words in the notification, not as a link that runs a command', () => {
    const message = sourceMessage(
      '646d1-104',
      '\\[Open settings\\](command:workbench.action.openSettings) now $(gear)',
    );
    assert.equal(message, 'Source of 646d1-104: [Open settings] (command:workbench.action.openSettings) now \\$(gear)');
    assert.equal(
      notificationText('[a](https://example.org) and [b](command:x)'),
      '[a] (https://example.org) and [b] (command:x)',
    );
  });
});

describe('preview links', () => {
  const article = '/work/docs/articles/et-ee/sspr.md';
  const workspace = ['/work/docs'];

  test('Should open a relative link to a file inside the workspace', () => {
    assert.deepEqual(linkedFile(article, 'media/sspr.png', workspace), {
      kind: 'file',
      path: '/work/docs/articles/et-ee/media/sspr.png',
    });
    assert.deepEqual(linkedFile(article, '../../includes/./note.md', workspace), {
      kind: 'file',
      path: '/work/docs/includes/note.md',
    });
  });

  test('Should refuse, saying why, a link that climbs out of the workspace however it is written', () => {
    const refused = {
      kind: 'refused',
      reason: 'it leads outside the workspace, and the preview opens only files inside it',
    };
    for (const link of [
      '../../../../etc/passwd',
      '../../../../../../../../../../etc/passwd',
      '..\\..\\..\\..\\etc\\passwd',
      '../../../docs-private/secret.md',
      '../../../docs/../../etc/hosts',
    ]) {
      assert.deepEqual(linkedFile(article, link, workspace), refused, link);
    }
  });

  test('Should open files in any workspace folder, and with none, only in the article folder and below', () => {
    assert.deepEqual(linkedFile(article, '../../../shared/a.md', ['/work/docs', '/work/shared']), {
      kind: 'file',
      path: '/work/shared/a.md',
    });
    assert.equal(linkedFile(article, 'sub/b.md', ['/work/docs/articles/et-ee']).kind, 'file');
    assert.equal(linkedFile(article, '../fi-fi/sspr.md', ['/work/docs/articles/et-ee']).kind, 'refused');
  });
});
