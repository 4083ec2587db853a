import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeActionsFor,
  codeOf,
  fixture,
  readFixture,
  revertAndCloseAll,
  show,
  waitForDiagnosticCode,
} from './helpers';

function editsOf(action: vscode.CodeAction, uri: vscode.Uri): vscode.TextEdit[] {
  return action.edit?.get(uri) ?? [];
}

suite('Quick fixes in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test("Should restore the seed's bytes when the id-mismatch fix gives the lookup the target's ID", async () => {
    const uri = fixture('vscode/id-mismatch.synthetic.md');
    const editor = await show(uri);
    const [diagnostic] = (await waitForDiagnosticCode(uri, 'id-mismatch')).filter((d) => codeOf(d) === 'id-mismatch');
    const mistyped = editor.document.positionAt(editor.document.getText().indexOf('646d1-140'));
    const rewritesLookup = (action: vscode.CodeAction) =>
      editsOf(action, uri).some((edit) => edit.range.contains(mistyped) && edit.newText.includes('646d1-104'));
    const fixes = await codeActionsFor(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix, (actions) =>
      actions.some(rewritesLookup),
    );
    const lookupFix = fixes.find(rewritesLookup);
    assert.ok(
      lookupFix,
      `no quick fix rewrites the lookup's ID; offered: ${JSON.stringify(fixes.map((f) => f.title))}`,
    );
    assert.ok(await vscode.workspace.applyEdit(lookupFix.edit!), 'VS Code refused the quick fix edit');
    assert.equal(editor.document.getText(), await readFixture('seeds/et-EE__self-service-password-reset.md'));
  });

  test('Should unescape only the entity-escaped quote of the target tag with the escaped-markup fix', async () => {
    const uri = fixture('anomalies/Dynamics-365-Operations__inventory-settings.md');
    const editor = await show(uri);
    const before = editor.document.getText();
    const [diagnostic] = (await waitForDiagnosticCode(uri, 'escaped-markup')).filter(
      (d) => codeOf(d) === 'escaped-markup',
    );
    const escapedQuote = editor.document.positionAt(before.indexOf('f9e3a-155&quot;>') + 'f9e3a-155'.length);
    const fixesEscapedMarkup = (action: vscode.CodeAction) =>
      editsOf(action, uri).some((edit) => edit.range.contains(escapedQuote));
    const fixes = await codeActionsFor(uri, diagnostic!.range, vscode.CodeActionKind.QuickFix, (actions) =>
      actions.some(fixesEscapedMarkup),
    );
    const unescape = fixes.find(fixesEscapedMarkup);
    assert.ok(unescape, `no quick fix for escaped-markup; offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.ok(await vscode.workspace.applyEdit(unescape.edit!), 'VS Code refused the quick fix edit');
    assert.equal(
      editor.document.getText(),
      before.replace('data-ttu-id="f9e3a-155&quot;>', 'data-ttu-id="f9e3a-155">'),
    );
  });
});
