import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { BilingualDocsApi } from '../../../client/src/extension';
import type { GridRendered, GridSession } from '../../../client/src/editor/gridSession';
import type { EditorModelResult, EditorUnitRow } from '../../../shared/protocol';
import { EditorModelRequest } from '../../../shared/protocol';
import {
  EXTENSION_ID,
  activateExtension,
  fixture,
  revertAndCloseAll,
  show,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const VIEW_TYPE = 'bilingualDocs.editor';
let copies = 0;

function api(): BilingualDocsApi {
  return vscode.extensions.getExtension<BilingualDocsApi>(EXTENSION_ID)!.exports;
}

/** A fresh copy of a fixture, so that saving in one test changes no file another test reads. */
async function copyOf(relativePath: string): Promise<vscode.Uri> {
  const copy = fixture(`vscode/editor-${++copies}-${relativePath.split('/').pop()}`);
  await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(fixture(relativePath)));
  return copy;
}

function gridTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputCustom && tab.input.viewType === VIEW_TYPE);
}

/** Waits for the grid of `uri` to have been sent the rows of the document's current version. */
function waitForGrid(uri: vscode.Uri, accept: (event: GridRendered) => boolean = () => true): Promise<GridSession> {
  const key = uri.toString();
  let seen: GridRendered | undefined;
  // Registered before waitFor probes, so a render that happens first is remembered for its check.
  const listener = api().onDidRenderGrid((event) => {
    if (event.uri === key) seen = event;
  });
  return waitFor(
    api().onDidRenderGrid,
    () => {
      const session = api().bilingualEditor.sessionOf(uri);
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
      return session && seen && document && seen.version === document.version && accept(seen) ? session : undefined;
    },
    `the Bilingual Editor of ${uri.path.split('/').pop()} to show the current version`,
    { detail: () => `last rendered: ${JSON.stringify(seen)}` },
  ).finally(() => listener.dispose());
}

async function unitRows(uri: vscode.Uri): Promise<EditorUnitRow[]> {
  // By method name: this test bundle's copy of the protocol types is not the extension's, which the client checks.
  const model = await api().client.sendRequest<EditorModelResult | null>(EditorModelRequest.method, {
    uri: uri.toString(),
  });
  assert.ok(model, 'the server has no editor model for the document');
  return model.rows.filter((row): row is EditorUnitRow => row.kind === 'unit');
}

/** Resolves at the next change of the document's text (a commit or a fix from the grid). */
function nextChangeOf(uri: vscode.Uri): Promise<void> {
  return new Promise<void>((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() === uri.toString() && event.contentChanges.length > 0) {
        listener.dispose();
        resolve();
      }
    });
  });
}

function textAt(document: vscode.TextDocument, row: EditorUnitRow): string {
  const { start, end } = row.targetRange;
  return document.getText(new vscode.Range(start.line, start.character, end.line, end.character));
}

suite('The Bilingual Editor in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should open the grid of the active article by command', async () => {
    const uri = await copyOf('seeds/et-EE__self-service-password-reset.md');
    await show(uri);
    const rendered = waitForGrid(uri, (event) => event.kind === 'reset' && event.changedRows > 0);
    await vscode.commands.executeCommand('bilingualDocs.openEditor');
    await rendered;
    assert.equal(gridTabs().length, 1);
    assert.equal((gridTabs()[0]!.input as vscode.TabInputCustom).uri.toString(), uri.toString());
  });

  test('Should open with "Reopen Editor With" and go back to the text editor the same way', async () => {
    const uri = await copyOf('seeds/fi-FI__self-service-password-reset.md');
    await show(uri);
    const rendered = waitForGrid(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    await rendered;
    assert.equal(gridTabs().length, 1);
    const textTab = waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () =>
        gridTabs().length === 0 && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
          ? true
          : undefined,
      'the text editor in place of the grid',
    );
    await vscode.commands.executeCommand('bilingualDocs.editor.openTextEditor');
    await textTab;
  });

  test('Should write a committed target as one exact edit that the text editor beside shows at once, then undo, redo and save it', async () => {
    const uri = await copyOf('real/he-IL__dynamics-365-project-operations-pr__intercompany-invoicing.md');
    const textEditor = await show(uri);
    const document = textEditor.document;
    const before = document.getText();
    const rendered = waitForGrid(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE, vscode.ViewColumn.Beside);
    const session = await rendered;
    const row = (await unitRows(uri)).find((candidate) => !candidate.readOnlyReason && candidate.target.length === 1);
    assert.ok(row, 'the article has an editable unit of plain text');
    const typed = 'חשבוניות <בין> חברות & 😀';
    const changed = nextChangeOf(uri);
    await session.receive({
      type: 'commit',
      unitIndex: row.unitIndex,
      id: row.id,
      baseTarget: textAt(document, row),
      pieces: [{ kind: 'text', text: typed }],
    });
    await changed;
    const written = 'חשבוניות &lt;בין&gt; חברות &amp; 😀';
    const offset = document.offsetAt(new vscode.Position(row.targetRange.start.line, row.targetRange.start.character));
    const after = document.getText();
    assert.equal(after.slice(offset, offset + written.length), written);
    assert.equal(after.slice(0, offset), before.slice(0, offset), 'nothing before the target changed');
    assert.equal(
      after.slice(offset + written.length),
      before.slice(offset + row.target.map((piece) => piece.raw).join('').length),
      'nothing after the target changed',
    );
    assert.ok(document.isDirty, 'the document is dirty after the edit');
    assert.equal(textEditor.document.getText(), after, 'the text editor shows the edit');

    const patched = waitForGrid(uri, (event) => event.kind === 'patch' && event.changedRows >= 1);
    await patched;

    session.panel.reveal(undefined, false);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'undo in the grid restores the article byte for byte');
    await vscode.commands.executeCommand('redo');
    assert.equal(document.getText(), after, 'redo writes the edit again');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(document.isDirty, false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), after);
  });

  test('Should write nothing for a commit that changes nothing', async () => {
    const uri = await copyOf('seeds/et-EE__self-service-password-reset.md');
    await show(uri);
    const rendered = waitForGrid(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const session = await rendered;
    const document = session.document;
    const row = (await unitRows(uri))[0]!;
    const version = document.version;
    await session.receive({
      type: 'commit',
      unitIndex: row.unitIndex,
      id: row.id,
      baseTarget: textAt(document, row),
      pieces: row.target.map((piece) =>
        piece.kind === 'text' ? { kind: 'text', text: piece.text } : { kind: 'markup', raw: piece.raw },
      ),
    });
    assert.equal(document.version, version);
    assert.equal(document.isDirty, false);
  });

  test("Should show a misspelled word's corrections in its row once its target has the focus, and apply one", async () => {
    // A real German article with one word mistyped; the dictionary is loaded (its finding is out) before the grid.
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(
      fixture('real/OfficeDocs-SkypeForBusiness__patients-audit.md'),
    ));
    // Outside the workspace: a copy there would join the workspace's consistency index and the other suites' groups.
    const uri = vscode.Uri.file(join(tmpdir(), `bilingual-docs-editor-${process.pid}-${++copies}`, 'mistyped.md'));
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(original.replace('in dieser Gruppe beibehalten', 'in dieser Gruppe beibehaltn')),
    );
    await show(uri);
    await waitForDiagnostics(
      uri,
      (all) => all.some((diagnostic) => diagnostic.message.startsWith('"beibehaltn"')),
      'the spelling finding on the mistyped word',
    );
    const rendered = waitForGrid(uri, (event) => event.kind === 'reset');
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const session = await rendered;
    const row = (await unitRows(uri)).find((candidate) => {
      return candidate.problems.some((problem) => problem.message.startsWith('"beibehaltn"'));
    });
    assert.ok(row, 'the unit with the mistyped word');
    const problem = row.problems.findIndex((candidate) => candidate.message.startsWith('"beibehaltn"'));
    assert.deepEqual([row.problems[problem]!.fixes, row.problems[problem]!.fixesOnRequest], [[], true]);

    const patched = waitForGrid(uri, (event) => event.kind === 'patch' && event.changedRows === 1);
    await session.receive({ type: 'focused', unitIndex: row.unitIndex });
    await patched;
    const changed = nextChangeOf(uri);
    // The first correction, the dictionary's best.
    await session.receive({ type: 'applyFix', unitIndex: row.unitIndex, problem, fix: 0 });
    await changed;
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())!;
    assert.ok(document.getText().includes('in dieser Gruppe beibehalten'), 'the word is corrected');
    assert.equal(document.getText().length, original.length);
    await revertAndCloseAll();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
  });

  test("Should apply a unit's quick fix from its row", async () => {
    const uri = await copyOf('vscode/id-mismatch.synthetic.md');
    await show(uri);
    const rendered = waitForGrid(uri, (event) => event.kind === 'reset');
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
    const session = await rendered;
    const rows = await unitRows(uri);
    const row = rows.find((candidate) =>
      candidate.problems.some((problem) => problem.code === 'id-mismatch' && problem.fixes.length > 0),
    );
    assert.ok(row, 'a unit with an id-mismatch fix');
    const problem = row.problems.findIndex((candidate) => candidate.code === 'id-mismatch');
    const changed = nextChangeOf(uri);
    await session.receive({ type: 'applyFix', unitIndex: row.unitIndex, problem, fix: 0 });
    await changed;
    await waitForGrid(uri);
    const after = await unitRows(uri);
    assert.equal(
      after.find((candidate) => candidate.unitIndex === row.unitIndex)?.problems.some((p) => p.code === 'id-mismatch'),
      false,
    );
  });
});
