import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BilingualDocsApi } from '../../../client/src/extension';
import type { ReportShown } from '../../../client/src/report/reportCommands';
import { activateExtension, EXTENSION_ID, fixture, revertAndCloseAll, waitFor } from './helpers';

const REPORT_VIEW_TYPE = 'bilingualDocs.report';

function reportTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(REPORT_VIEW_TYPE));
}

suite('QA report in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should open the QA report of a folder chosen in the explorer in a webview', async () => {
    const api = vscode.extensions.getExtension<BilingualDocsApi>(EXTENSION_ID)!.exports;
    let shownByEvent: ReportShown | undefined;
    const subscription = api.onDidShowReport((shown) => (shownByEvent = shown));
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, reportTab, 'a QA report tab');
    try {
      const folder = fixture('seeds');
      const command = 'bilingualDocs.showReport';
      const shown = await vscode.commands.executeCommand<ReportShown | undefined>(command, folder, [folder]);
      assert.ok(shown, 'the command made no report');
      assert.equal(shownByEvent, shown);
      assert.equal(shown.files, 2);
      assert.equal(shown.panel.viewType, REPORT_VIEW_TYPE);
      assert.match(shown.panel.webview.html, /<h2 id="overview">Overview by locale<\/h2>/);
      assert.match(shown.panel.webview.html, /<th scope="row">et-EE<\/th>[\s\S]*<th scope="row">fi-FI<\/th>/);
      const tab = await opened;
      assert.equal(tab.label, 'QA Report');
    } finally {
      subscription.dispose();
    }
  });
});
