import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

interface Keybinding {
  readonly key: string;
  readonly command: string;
}

/** VS Code's own default keybindings for this platform, as "Open Default Keyboard Shortcuts (JSON)" shows them. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  const document = await vscode.workspace.openTextDocument(
    vscode.Uri.parse('vscode://defaultsettings/keybindings.json'),
  );
  const json = document.getText().replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(json) as Keybinding[];
}

suite('Default keybindings', () => {
  suiteSetup(activateExtension);

  // The Bilingual Editor's grid keys (F8, Enter…) mean in the grid what they mean in VS Code, on purpose; the keys
  // of the text editor's commands must take nothing from VS Code.
  test("Should not take any of VS Code's own default keys in the text editor", async () => {
    type Contributed = { key: string; mac?: string; command: string; when: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { keybindings: Contributed[] };
    };
    const inTextEditor = manifest.contributes.keybindings.filter((binding) =>
      binding.when.includes('bilingualDocs.isBilingual'),
    );
    assert.ok(inTextEditor.length >= 4);
    const ours = inTextEditor.map((binding) =>
      process.platform === 'darwin' ? (binding.mac ?? binding.key) : binding.key,
    );
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 500, `VS Code's default keybindings: ${defaults.length}`);
    const own = new Set(manifest.contributes.keybindings.map((binding) => binding.command));
    const taken = defaults.filter((binding) => !own.has(binding.command) && !binding.command.startsWith('-'));
    for (const key of ours) {
      const clash = taken.filter((binding) => binding.key === key || binding.key.startsWith(`${key} `));
      assert.deepEqual(
        clash.map((binding) => binding.command),
        [],
        `${key} is VS Code's key for ${clash.map((binding) => binding.command).join(', ')}`,
      );
    }
  });
});
