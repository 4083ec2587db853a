import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  bilingualDiagnostics,
  codeActionsFor,
  codeOf,
  describeDiagnostics,
  fixture,
  openAndSettle,
  positionOf,
  rangeOf,
  revertAndCloseAll,
  show,
  waitForDiagnosticCode,
} from './helpers';

suite('Diagnostics in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should report escaped-markup on line 77 of an article whose target tag is entity-escaped', async () => {
    const uri = fixture('anomalies/Dynamics-365-Operations__inventory-settings.md');
    const editor = await show(uri);
    const diagnostics = await waitForDiagnosticCode(uri, 'escaped-markup');
    const escaped = diagnostics.filter((d) => codeOf(d) === 'escaped-markup');
    assert.equal(escaped.length, 1, describeDiagnostics(uri));
    const [diagnostic] = escaped;
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic!.range.start.line, 76);
    assert.ok(
      diagnostic!.range.contains(positionOf(editor.document, 'f9e3a-155&quot;>').translate(0, 'f9e3a-155'.length)),
      `the range ${JSON.stringify(diagnostic!.range)} does not cover the escaped quote`,
    );
  });

  test("Should report id-mismatch on the unit whose lookup's ID was mistyped, linking to the rule's page", async () => {
    const uri = fixture('vscode/id-mismatch.synthetic.md');
    const editor = await show(uri);
    const diagnostics = await waitForDiagnosticCode(uri, 'id-mismatch');
    const mismatches = diagnostics.filter((d) => codeOf(d) === 'id-mismatch');
    assert.equal(mismatches.length, 1, describeDiagnostics(uri));
    const [diagnostic] = mismatches;
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    const unit = rangeOf(
      editor.document,
      '<span data-ttu-id="646d1-104">SSPR on administraatorite jaoks vaikimisi lubatud.</span><span class="sxs-lookup"><span data-stu-id="646d1-140">SSPR is enabled by default for Admins.</span></span>',
    );
    assert.ok(
      unit.contains(diagnostic!.range),
      `the range ${JSON.stringify(diagnostic!.range)} is not inside unit 646d1-104 (${JSON.stringify(unit)})`,
    );
    assert.equal(diagnostic!.source, 'bilingual-docs');
    if (typeof diagnostic!.code === 'object') {
      assert.match(diagnostic!.code.target.toString(), /id-mismatch/);
    }
  });

  test('Should report nothing on a clean article', async () => {
    const uri = fixture('vscode/clean.synthetic.md');
    await openAndSettle(uri);
    assert.deepEqual(bilingualDiagnostics(uri), [], describeDiagnostics(uri));
  });

  test('Should give a plain Markdown file no diagnostics, no hover and no quick fixes', async () => {
    const uri = fixture('vscode/plain.synthetic.md');
    const editor = await openAndSettle(uri);
    assert.equal(editor.document.languageId, 'markdown');
    assert.deepEqual(bilingualDiagnostics(uri), [], describeDiagnostics(uri));
    const position = positionOf(editor.document, 'nothing to say');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    assert.deepEqual(hovers, []);
    const actions = await codeActionsFor(
      uri,
      new vscode.Range(position, position),
      vscode.CodeActionKind.QuickFix,
      (found) => found.length === 0,
    );
    assert.deepEqual(actions.map((action) => action.title), []);
  });
});
