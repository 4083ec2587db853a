import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fixture, readFixture, revertAndCloseAll, show, waitForDiagnosticCode } from './helpers';

async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((action): action is vscode.CodeAction => 'edit' in action || 'kind' in action);
}

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
    const fixes = await quickFixesFor(uri, diagnostic!);
    const lookupFix = fixes.find((action) => editsOf(action, uri).some((edit) => edit.range.contains(mistyped) && edit.newText.includes('646d1-104')));
    assert.ok(lookupFix, `no quick fix rewrites the lookup's ID; offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.ok(await vscode.workspace.applyEdit(lookupFix.edit!), 'VS Code refused the quick fix edit');
    assert.equal(editor.document.getText(), await readFixture('seeds/et-EE__self-service-password-reset.md'));
  });

  test('Should unescape only the entity-escaped quote of the target tag with the escaped-markup fix', async () => {
    const uri = fixture('anomalies/Dynamics-365-Operations__inventory-settings.md');
    const editor = await show(uri);
    const before = editor.document.getText();
    const [diagnostic] = (await waitForDiagnosticCode(uri, 'escaped-markup')).filter((d) => codeOf(d) === 'escaped-markup');
    const fixes = await quickFixesFor(uri, diagnostic!);
    const unescape = fixes.find((action) => editsOf(action, uri).length > 0);
    assert.ok(unescape, `no quick fix for escaped-markup; offered: ${JSON.stringify(fixes.map((f) => f.title))}`);
    assert.ok(await vscode.workspace.applyEdit(unescape.edit!), 'VS Code refused the quick fix edit');
    assert.equal(editor.document.getText(), before.replace('data-ttu-id="f9e3a-155&quot;>', 'data-ttu-id="f9e3a-155">'));
  });
});
