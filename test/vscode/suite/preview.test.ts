import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BilingualDocsApi } from '../../../client/src/extension';
import type { PreviewRendered } from '../../../client/src/preview/previewPanel';
import { activateExtension, EXTENSION_ID, fixture, readFixture, revertAndCloseAll, show, waitFor } from './helpers';

const PREVIEW_VIEW_TYPE = 'bilingualDocs.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

function describeTabs(): string {
  const tabs = vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs.map((tab) => `${tab.label} in column ${group.viewColumn}`),
  );
  return `open tabs: ${tabs.join(', ') || 'none'}`;
}

suite('Preview Bilingual in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should open the Preview Bilingual webview for the active article', async () => {
    await show(fixture('seeds/et-EE__self-service-password-reset.md'));
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs()[0], 'a Preview Bilingual tab', {
      detail: describeTabs,
    });
    await vscode.commands.executeCommand('bilingualDocs.preview');
    const tab = await opened;
    assert.match(tab.label, /self-service-password-reset/);
  });

  test('Should open Preview Bilingual to the side of the article', async () => {
    const editor = await show(fixture('seeds/fi-FI__self-service-password-reset.md'));
    const opened = waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => previewTabs()[0],
      'a Preview Bilingual tab beside the article',
      { detail: describeTabs },
    );
    await vscode.commands.executeCommand('bilingualDocs.previewToSide');
    const tab = await opened;
    assert.notEqual(tab.group.viewColumn, editor.viewColumn);
  });
});

function api(): BilingualDocsApi {
  return vscode.extensions.getExtension<BilingualDocsApi>(EXTENSION_ID)!.exports;
}

/** The next content a preview is sent that `accept`s; subscribe before the action that should cause it. */
function nextRender(accept: (rendered: PreviewRendered) => boolean, description: string): Promise<PreviewRendered> {
  return new Promise<PreviewRendered>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after 20 s waiting for ${description}; ${describeTabs()}`));
    }, 20_000);
    const subscription = api().onDidRenderPreview((rendered) => {
      if (!accept(rendered)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(rendered);
    });
  });
}

const HEBREW = 'real/dynamics-365-project-operations-pr__define-roles.md';
const KOREAN = 'real/powerShell-Docs__about_CommonParameters.md';
const ESTONIAN = 'seeds/et-EE__self-service-password-reset.md';
const FINNISH = 'seeds/fi-FI__self-service-password-reset.md';

function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

/** The opening tags of the elements with `data-role="…"`. */
function roleTags(html: string, role: 'target' | 'source'): string[] {
  return [...html.matchAll(new RegExp(`<span [^>]*data-role="${role}"[^>]*>`, 'g'))].map((match) => match[0]);
}

async function openPreviewOf(path: string, layout: string): Promise<PreviewRendered> {
  await vscode.commands.executeCommand('bilingualDocs.preview.setLayout', layout);
  await show(fixture(path));
  const rendered = nextRender(
    (event) => event.uri.endsWith(path) && event.layout === layout,
    `${path} in the ${layout} layout`,
  );
  await vscode.commands.executeCommand('bilingualDocs.previewToSide');
  return rendered;
}

suite('Preview Bilingual article mode in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);
  suiteTeardown(() => vscode.commands.executeCommand('bilingualDocs.preview.setLayout', 'columns'));

  test('Should show a Hebrew article in two columns, its targets right to left and its sources in English', async () => {
    const rendered = await openPreviewOf(HEBREW, 'columns');
    assert.match(rendered.html, /data-layout="columns"/);
    const targets = roleTags(rendered.html, 'target');
    assert.equal(targets.length, rendered.unitCount);
    for (const target of targets) assert.match(target, /lang="he-IL" dir="rtl"/);
    const sources = roleTags(rendered.html, 'source');
    assert.equal(sources.length, rendered.unitCount);
    for (const source of sources) assert.match(source, /lang="en-US" dir="ltr"/);
    assert.equal(count(rendered.html, /<h1>/g), 2, 'the title, in the target column and in the source column');
  });

  test('Should show a Korean article with each source under its unit', async () => {
    const rendered = await openPreviewOf(KOREAN, 'interleaved');
    assert.match(rendered.html, /data-layout="interleaved"/);
    const targets = roleTags(rendered.html, 'target');
    assert.equal(targets.length, rendered.unitCount);
    for (const target of targets) assert.match(target, /lang="ko-KR"/);
    assert.equal(roleTags(rendered.html, 'source').length, rendered.unitCount);
    assert.ok(count(rendered.html, /<(h[1-6])>/g) > 5, 'the headings of the article');
  });

  test('Should switch the open preview through every layout with the command and its argument', async () => {
    await openPreviewOf(ESTONIAN, 'columns');
    for (const layout of ['interleaved', 'target', 'units', 'columns']) {
      const rendered = nextRender((event) => event.layout === layout, `the preview in the ${layout} layout`);
      await vscode.commands.executeCommand('bilingualDocs.preview.setLayout', layout);
      const { html, unitCount } = await rendered;
      if (layout === 'units') assert.match(html, /<table class="units">/);
      else assert.match(html, new RegExp(`data-layout="${layout}"`));
      assert.equal(
        roleTags(html, 'target').length + count(html, /<td class="target" [^>]*data-role="target"/g),
        unitCount,
      );
    }
  });

  test('Should follow the active editor, and stay on its article once locked', async () => {
    await openPreviewOf(ESTONIAN, 'target');
    const followed = nextRender((event) => event.uri.endsWith(FINNISH), 'the preview following the Finnish article');
    await show(fixture(FINNISH));
    await followed;
    assert.equal(previewTabs().length, 1, describeTabs());
    assert.match(previewTabs()[0]!.label, /fi-FI__self-service-password-reset/);

    const locked = waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => previewTabs().find((tab) => tab.label.startsWith('[Locked]')),
      'a locked preview',
      { detail: describeTabs },
    );
    await vscode.commands.executeCommand('bilingualDocs.preview.toggleLock');
    await locked;
    // Locked, it does not turn to the Estonian article: asking for its preview opens a second one.
    await show(fixture(ESTONIAN));
    const second = nextRender((event) => event.uri.endsWith(ESTONIAN), 'a second preview for the Estonian article');
    await vscode.commands.executeCommand('bilingualDocs.previewToSide');
    await second;
    const labels = previewTabs().map((tab) => tab.label);
    assert.equal(labels.length, 2, describeTabs());
    assert.ok(labels.some((label) => /^\[Locked\] Bilingual fi-FI__/.test(label)), describeTabs());
    assert.ok(labels.some((label) => /^Bilingual et-EE__/.test(label)), describeTabs());
  });
});

suite("VS Code's Markdown preview of a bilingual article", () => {
  suiteSetup(activateExtension);
  teardown(() =>
    vscode.workspace
      .getConfiguration('bilingualDocs')
      .update('builtinPreview.showSource', undefined, vscode.ConfigurationTarget.Global),
  );

  test('Should render the seed without its sources by default, and with them when the setting says inline', async () => {
    const seed = await readFixture(ESTONIAN);
    const hidden = await vscode.commands.executeCommand<string>('markdown.api.render', seed);
    assert.ok(hidden.includes('SSPR on administraatorite jaoks vaikimisi lubatud.'), 'the target is shown');
    assert.ok(
      !hidden.includes('sxs-lookup') && !hidden.includes('SSPR is enabled by default for Admins.'),
      'no source is shown',
    );
    await vscode.workspace
      .getConfiguration('bilingualDocs')
      .update('builtinPreview.showSource', 'inline', vscode.ConfigurationTarget.Global);
    const inline = await vscode.commands.executeCommand<string>('markdown.api.render', seed);
    assert.ok(inline.includes('SSPR is enabled by default for Admins.'), 'the source is shown');
  });

  test('Should render Markdown without bilingual markup the same whatever the setting', async () => {
    const plain = await readFixture('vscode/plain.synthetic.md');
    const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', plain);
    assert.ok(rendered.length > 0);
    await vscode.workspace
      .getConfiguration('bilingualDocs')
      .update('builtinPreview.showSource', 'tooltip', vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand<string>('markdown.api.render', plain), rendered);
  });
});
