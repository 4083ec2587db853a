import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BilingualDocsApi } from '../../../client/src/extension';
import type { PreviewRendered } from '../../../client/src/preview/previewPanel';
import { activateExtension, EXTENSION_ID, fixture, revertAndCloseAll, show, waitFor } from './helpers';

/**
 * The run's display language: English by default; `BILINGUAL_DOCS_TEST_LOCALE=qps-ploc` starts VS Code in the
 * pseudo-locale, with the pseudo bundle runTests.ts writes, and then every word checked here must be pseudo.
 */
const pseudoLocale = vscode.env.language === 'qps-ploc';

/** The words the UI shows for `english`: the same in English, framed ［…］ and accented in the pseudo-locale. */
function assertInDisplayLanguage(shown: string, english: string): void {
  if (!pseudoLocale) {
    assert.equal(shown, english);
    return;
  }
  assert.match(shown, /［[^［］]*］/, `"${shown}" is pseudo-localized`);
  assert.notEqual(shown, english);
}

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('bilingualDocs.preview'));
}

suite('The UI in VS Code\'s display language', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should run in the display language the run asked for', () => {
    assert.equal(vscode.env.language, process.env['BILINGUAL_DOCS_TEST_LOCALE'] ?? 'en');
  });

  test('Should title Preview Bilingual and label its facts in the display language', async () => {
    const api = vscode.extensions.getExtension<BilingualDocsApi>(EXTENSION_ID)!.exports;
    await show(fixture('seeds/et-EE__self-service-password-reset.md'));
    let latest: PreviewRendered | undefined;
    const listener = api.onDidRenderPreview((event) => (latest = event));
    const rendered = waitFor(api.onDidRenderPreview, () => latest, 'the preview\'s content');
    await vscode.commands.executeCommand('bilingualDocs.preview');
    const { html } = await rendered.finally(() => listener.dispose());
    // The content can arrive before the workbench lists the panel's tab.
    const tab = await waitFor(vscode.window.tabGroups.onDidChangeTabs, previewTab, 'the Preview Bilingual tab');
    assertInDisplayLanguage(tab.label, 'Bilingual et-EE__self-service-password-reset.md');
    const terms = [...html.matchAll(/<dt>([^<]*)<\/dt>/g)].map((match) => match[1]!);
    assert.deepEqual(terms.length, 4, 'locale, translation, units and problems');
    terms.forEach((term, index) =>
      assertInDisplayLanguage(term, ['Locale', 'Translation', 'Units', 'Problems'][index]!),
    );
  });
});
