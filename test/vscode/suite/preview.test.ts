import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixture, revertAndCloseAll, show, waitFor } from './helpers';

const PREVIEW_VIEW_TYPE = 'bilingualDocs.preview';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

function describeTabs(): string {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => `${tab.label} in column ${group.viewColumn}`));
  return `open tabs: ${tabs.join(', ') || 'none'}`;
}

suite('Preview Bilingual in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should open the Preview Bilingual webview for the active article', async () => {
    await show(fixture('seeds/et-EE__self-service-password-reset.md'));
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs()[0], 'a Preview Bilingual tab', { detail: describeTabs });
    await vscode.commands.executeCommand('bilingualDocs.preview');
    const tab = await opened;
    assert.match(tab.label, /self-service-password-reset/);
  });

  test('Should open Preview Bilingual to the side of the article', async () => {
    const editor = await show(fixture('seeds/fi-FI__self-service-password-reset.md'));
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs()[0], 'a Preview Bilingual tab beside the article', { detail: describeTabs });
    await vscode.commands.executeCommand('bilingualDocs.previewToSide');
    const tab = await opened;
    assert.notEqual(tab.group.viewColumn, editor.viewColumn);
  });
});
