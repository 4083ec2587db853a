import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_RULE_CODES, RULES } from '../../server/src/core/rules';

interface Manifest {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string; description?: string } };
  contributes: {
    commands: { command: string; title: string; category: string; icon: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when: string }[];
    configuration: { properties: Record<string, { scope: string; markdownDescription: string; properties?: Record<string, { enum: string[]; markdownDescription: string }> }> };
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
}

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const declared = new Set(manifest.contributes.commands.map((command) => command.command));

describe('Extension manifest', () => {
  test('Should activate on Markdown and on a restored preview only', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onWebviewPanel:bilingualDocs.preview']);
  });

  test('Should put every command in the Bilingual Docs category with an icon', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Bilingual Docs', command.command);
      assert.match(command.icon, /^\$\([a-z-]+\)$/, command.command);
    }
  });

  test('Should only show the bilingual commands where the markup is', () => {
    const palette = manifest.contributes.menus['commandPalette']!;
    for (const entry of palette) assert.equal(entry.when, 'bilingualDocs.isBilingual', entry.command);
    assert.deepEqual(manifest.contributes.menus['editor/title'], [
      {
        command: 'bilingualDocs.previewToSide',
        when: 'resourceLangId == markdown && bilingualDocs.isBilingual',
        group: 'navigation',
      },
    ]);
    for (const binding of manifest.contributes.keybindings) assert.match(binding.when, /bilingualDocs\.isBilingual/);
  });

  test('Should name only declared commands in menus and keybindings', () => {
    const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((entry) => entry.command);
    for (const command of used) assert.ok(declared.has(command), command);
  });

  test('Should describe every setting with its scope', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties), [
      'bilingualDocs.rules',
      'bilingualDocs.words',
      'bilingualDocs.diagnosticsDelay',
      'bilingualDocs.dimSource',
      'bilingualDocs.trace.server',
    ]);
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(['resource', 'window'].includes(property.scope), key);
      assert.ok(property.markdownDescription.length > 40, key);
    }
  });

  test('Should offer every rule of the catalog, with its default, under bilingualDocs.rules', () => {
    const rules = manifest.contributes.configuration.properties['bilingualDocs.rules']!.properties!;
    assert.deepEqual(Object.keys(rules).sort(), [...KNOWN_RULE_CODES].sort());
    for (const rule of RULES) {
      assert.deepEqual(rules[rule.code]!.enum, ['error', 'warning', 'info', 'hint', 'off']);
      assert.ok(rules[rule.code]!.markdownDescription.includes(`(default: \`${rule.defaultSeverity}\`)`), rule.code);
    }
  });

  test('Should inject the grammar into Markdown from a file that exists', () => {
    const [grammar] = manifest.contributes.grammars;
    assert.deepEqual(grammar!.injectTo, ['text.html.markdown']);
    assert.ok(existsSync(join(root, grammar!.path)));
  });

  test('Should declare how it behaves in untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.ok(manifest.capabilities.virtualWorkspaces.description);
  });
});
