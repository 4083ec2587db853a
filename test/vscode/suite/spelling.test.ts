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
  waitForDiagnostics,
} from './helpers';

/** A real German article (test/fixtures/real) with one word misspelled, as a translator might mistype it. */
const ARTICLE = 'real/OfficeDocs-SkypeForBusiness__patients-audit.md';
const CORRECT = 'in dieser Gruppe beibehalten';
const MISTYPED = 'in dieser Gruppe beibehaltn';
const WORD = 'beibehaltn';
/** A folder's configuration in a layout of its own (tabs, no spaces inside braces), which the edit must keep. */
const CONFIG = '{\n\t"rules": {"id-order": "off"}\n}\n';

const encoder = new TextEncoder();

/** The findings about the mistyped word (the article has others: real split compounds such as `Aktivitäts`). */
function spellingOf(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) =>
    codeOf(diagnostic) === 'spelling' && diagnostic.message.startsWith(`"${WORD}"`));
}

/** The mistyped article in a folder of its own (with `config` as its `.bilingual-docs.json` when given). */
async function mistypedArticle(folderName: string, config?: string): Promise<vscode.Uri> {
  const folder = fixture(folderName);
  if (config !== undefined) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.bilingual-docs.json'), encoder.encode(config));
  }
  const text = (await readFixture(ARTICLE)).replace(CORRECT, MISTYPED);
  assert.ok(text.includes(MISTYPED));
  const uri = vscode.Uri.joinPath(folder, 'patients-audit.md');
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return uri;
}

async function misspelling(uri: vscode.Uri): Promise<vscode.Diagnostic> {
  const found = (all: vscode.Diagnostic[]) => spellingOf(all).length > 0;
  const diagnostics = await waitForDiagnostics(uri, found, `a spelling diagnostic on ${uri.path}`);
  const [diagnostic, ...others] = spellingOf(diagnostics);
  assert.deepEqual(others, []);
  return diagnostic!;
}

function spellingGone(uri: vscode.Uri, why: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => spellingOf(all).length === 0, `the spelling diagnostic to go once ${why}`);
}

/**
 * The quick fixes of the spelling finding. Those of inconsistent-target are left out: the mistyped unit differs
 * from the same unit in the workspace's other copy of the article, so that rule offers its fixes on the range too
 * (VS Code does not say which diagnostic an action of `executeCodeActionProvider` answers).
 */
async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await codeActionsFor(uri, diagnostic.range, vscode.CodeActionKind.QuickFix, (found) =>
    found.some((action) => action.title.startsWith(`Ignore "${WORD}"`)));
  return actions.filter((action) => !/^Use '|^Suppress inconsistent-target /.test(action.title));
}

suite('Spelling in a real VS Code', () => {
  suiteSetup(activateExtension);
  teardown(revertAndCloseAll);

  test('Should flag the mistyped word, offer corrections, and add it to the word list file in its layout', async () => {
    const uri = await mistypedArticle('spelling-word-list', CONFIG);
    const configUri = fixture('spelling-word-list/.bilingual-docs.json');
    try {
      const editor = await show(uri);
      const diagnostic = await misspelling(uri);
      assert.equal(editor.document.getText(diagnostic.range), WORD);
      assert.equal(diagnostic.message, `"${WORD}" is not in the de dictionary.`);

      const fixes = await quickFixes(uri, diagnostic);
      const titles = fixes.map((fix) => fix.title);
      const corrections = titles.filter((title) => title.startsWith('Change to'));
      assert.ok(corrections.length >= 1 && corrections.length <= 5, titles.join(' | '));
      assert.equal(corrections[0], 'Change to "beibehalten"', titles.join(' | '));
      assert.deepEqual(
        titles.slice(corrections.length, corrections.length + 2),
        [`Add "${WORD}" to the workspace word list`, `Ignore "${WORD}" in this article`],
        titles.join(' | '),
      );

      const addition = fixes.find((fix) => fix.title === `Add "${WORD}" to the workspace word list`)!;
      assert.ok(await vscode.workspace.applyEdit(addition.edit!), 'VS Code refused the word list edit');
      const configDocument = await vscode.workspace.openTextDocument(configUri);
      assert.ok(await configDocument.save(), 'the word list file was not saved');
      assert.equal(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri)),
        `{\n\t"rules": {"id-order": "off"},\n\t"words": { "de-DE": ["${WORD}"] }\n}\n`,
      );
      await spellingGone(uri, 'the word is in the workspace word list');
    } finally {
      await revertAndCloseAll();
      await vscode.workspace.fs.delete(fixture('spelling-word-list'), { recursive: true });
    }
  });

  test('Should correct the word with the first suggestion, and accept it when ignored in the article', async () => {
    const uri = await mistypedArticle('spelling-ignore');
    try {
      const editor = await show(uri);
      const before = editor.document.getText();
      const fixes = await quickFixes(uri, await misspelling(uri));
      const ignore = fixes.find((fix) => fix.title === `Ignore "${WORD}" in this article`)!;
      assert.ok(await vscode.workspace.applyEdit(ignore.edit!), 'VS Code refused the ignore edit');
      assert.ok(editor.document.getText().startsWith(before));
      const appended = editor.document.getText().slice(before.length);
      assert.match(appended, new RegExp(`<!-- bilingual-docs-spelling-ignore ${WORD} -->`));
      await spellingGone(uri, 'the article ignores the word');

      await vscode.commands.executeCommand('workbench.action.files.revert');
      const corrections = await quickFixes(uri, await misspelling(uri));
      const correction = corrections.find((fix) => fix.title === 'Change to "beibehalten"')!;
      assert.ok(await vscode.workspace.applyEdit(correction.edit!), 'VS Code refused the correction');
      assert.equal(editor.document.getText(), before.replace(MISTYPED, CORRECT));
      await spellingGone(uri, 'the word is corrected');
    } finally {
      await revertAndCloseAll();
      await vscode.workspace.fs.delete(fixture('spelling-ignore'), { recursive: true });
    }
  });

  test('Should accept a word of the bilingualDocs.words setting', async () => {
    const uri = await mistypedArticle('spelling-setting');
    const settings = vscode.workspace.getConfiguration('bilingualDocs');
    try {
      await show(uri);
      await misspelling(uri);
      await settings.update('words', { de: [WORD] }, vscode.ConfigurationTarget.Global);
      await spellingGone(uri, 'the bilingualDocs.words setting has the word');
    } finally {
      await settings.update('words', undefined, vscode.ConfigurationTarget.Global);
      await revertAndCloseAll();
      await vscode.workspace.fs.delete(fixture('spelling-setting'), { recursive: true });
    }
  });
});
