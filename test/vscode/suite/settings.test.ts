import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  bilingualDiagnostics,
  codeOf,
  fixture,
  revertAndCloseAll,
  show,
  waitForDiagnostics,
} from './helpers';

function rulesSetting() {
  return vscode.workspace.getConfiguration('bilingualDocs');
}

function severityOf(uri: vscode.Uri, code: string): vscode.DiagnosticSeverity | undefined {
  return bilingualDiagnostics(uri).find((d) => codeOf(d) === code)?.severity;
}

suite('Settings in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(async () => {
    await rulesSetting().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await revertAndCloseAll();
  });

  test('Should change the severity of a rule live when bilingualDocs.rules changes, and switch it off', async () => {
    const uri = fixture('vscode/id-mismatch.synthetic.md');
    await show(uri);
    await waitForDiagnostics(
      uri,
      () => severityOf(uri, 'id-mismatch') === vscode.DiagnosticSeverity.Error,
      'id-mismatch as an error (its default)',
    );

    await rulesSetting().update('rules', { 'id-mismatch': 'warning' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      () => severityOf(uri, 'id-mismatch') === vscode.DiagnosticSeverity.Warning,
      'id-mismatch as a warning after the setting changed',
    );

    await rulesSetting().update('rules', { 'id-mismatch': 'off' }, vscode.ConfigurationTarget.Global);
    const remaining = await waitForDiagnostics(
      uri,
      () => severityOf(uri, 'id-mismatch') === undefined,
      'id-mismatch gone after the rule was switched off',
    );
    assert.deepEqual(remaining.filter((d) => codeOf(d) === 'id-mismatch'), []);

    await rulesSetting().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      () => severityOf(uri, 'id-mismatch') === vscode.DiagnosticSeverity.Error,
      'id-mismatch back as an error after the setting was removed',
    );
  });
});
