import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fixture, positionOf, revertAndCloseAll, show, waitForDiagnostics } from './helpers';

/**
 * Two real Japanese articles of the workspace: the source 'cmdlet.' is translated 'コマンドレット' in unit
 * 9f8d8-153 of the first and otherwise in unit b0846-166 of the second, which stays closed.
 */
const ONLINE = 'real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md';
const ON_PREMISES = 'real/OfficeDocs-SkypeForBusiness-pr__with-exchange-on-premises.md';

suite('Consistency across the workspace in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test("Should show a finding in the open article with a related location on the closed article's unit", async () => {
    const online = fixture(ONLINE);
    const onPremises = fixture(ON_PREMISES);
    const isOnPremises = (uri: vscode.Uri) => uri.toString() === onPremises.toString();
    const editor = await show(online);
    const openTag = '<span data-ttu-id="9f8d8-153">';
    const target = positionOf(editor.document, openTag).translate(0, openTag.length);
    const pointsIntoOnPremises = (diagnostic: vscode.Diagnostic) =>
      codeOf(diagnostic) === 'inconsistent-target' &&
      diagnostic.range.start.isEqual(target) &&
      (diagnostic.relatedInformation ?? []).some((related) => isOnPremises(related.location.uri));
    const diagnostics = await waitForDiagnostics(
      online,
      (found) => found.some(pointsIntoOnPremises),
      'an inconsistent-target finding on unit 9f8d8-153 related to the closed article',
    );
    const finding = diagnostics.find(pointsIntoOnPremises)!;
    assert.match(finding.message, /In (another file|\d+ other files): .*with-exchange-on-premises\.md/);
    const related = finding.relatedInformation!.find((information) => isOnPremises(information.location.uri))!;
    const closedText = new TextDecoder().decode(await vscode.workspace.fs.readFile(onPremises));
    const otherTag = '<span data-ttu-id="b0846-166">';
    const otherTarget = closedText.indexOf(otherTag) + otherTag.length;
    const lines = closedText.slice(0, otherTarget).split('\n');
    assert.deepEqual(
      [related.location.range.start.line, related.location.range.start.character],
      [lines.length - 1, lines.at(-1)!.length],
    );
  });
});
