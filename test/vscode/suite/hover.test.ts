import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixture, hoverText, openAndSettle, positionOf, revertAndCloseAll } from './helpers';

suite('Hover in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should show the English source when hovering an Estonian target span', async () => {
    const uri = fixture('seeds/et-EE__self-service-password-reset.md');
    const editor = await openAndSettle(uri);
    const position = positionOf(editor.document, 'administraatorite jaoks');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hoverText(hovers);
    assert.ok(text.includes('SSPR is enabled by default for Admins.'), `the hover shows: ${JSON.stringify(text)}`);
    assert.ok(!text.includes('Click here to'), `the hover shows another unit's source too: ${JSON.stringify(text)}`);
  });

  test('Should show the English source when hovering a Finnish target span in a heading', async () => {
    const uri = fixture('seeds/fi-FI__self-service-password-reset.md');
    const editor = await openAndSettle(uri);
    const heading = editor.document.lineAt(positionOf(editor.document, '# ').line).text;
    const target = /<span data-ttu-id="[^"]+">([^<]+)<\/span>/.exec(heading);
    assert.ok(target, `no target span in the heading: ${heading}`);
    const position = positionOf(editor.document, target[1]!).translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const source = /<span data-stu-id="[^"]+">([^<]+)<\/span>/.exec(heading)?.[1];
    assert.ok(source, `no source span in the heading: ${heading}`);
    assert.ok(hoverText(hovers).includes(source), `the hover shows: ${JSON.stringify(hoverText(hovers))}`);
  });
});
