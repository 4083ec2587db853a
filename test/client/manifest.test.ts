import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_RULE_CODES, RULES } from '../../server/src/core/rules';

interface Manifest {
  main: string;
  browser: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean };
  contributes: {
    commands: { command: string; title: string; category: string; icon: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    'markdown.markdownItPlugins'?: boolean;
    'markdown.previewStyles'?: string[];
    keybindings: { command: string; key: string; when: string }[];
    configuration: {
      properties: Record<
        string,
        {
          scope: string;
          markdownDescription: string;
          properties?: Record<string, { enum: string[]; markdownDescription: string }>;
        }
      >;
    };
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
}

const root = process.cwd();
const english = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** The manifest as VS Code shows it in English: each `%key%` replaced by its text in package.nls.json. */
function localized(value: unknown): unknown {
  if (typeof value === 'string') return /^%[^%]+%$/.test(value) ? (english[value.slice(1, -1)] ?? value) : value;
  if (Array.isArray(value)) return value.map(localized);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, localized(child)]));
  }
  return value;
}

const manifest = localized(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))) as Manifest;
const declared = new Set(manifest.contributes.commands.map((command) => command.command));

describe('Extension manifest', () => {
  test('Should activate on Markdown and on a restored preview only', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:markdown',
      'onWebviewPanel:bilingualDocs.preview',
      'onCustomEditor:bilingualDocs.editor',
    ]);
  });

  test('Should put every command in the Bilingual Docs category, with an icon where an editor title shows it', () => {
    const inTitle = new Set(manifest.contributes.menus['editor/title']!.map((entry) => entry.command));
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Bilingual Docs', command.command);
      if (inTitle.has(command.command)) assert.match(command.icon, /^\$\([a-z-]+\)$/, command.command);
    }
  });

  test('Should only show the bilingual commands where the markup is', () => {
    const palette = manifest.contributes.menus['commandPalette']!;
    // The Bilingual Editor opens any Markdown file (it says when there is no markup); its own commands need it open.
    const opensEditor = (command: string) =>
      command.startsWith('bilingualDocs.openEditor') || command.startsWith('bilingualDocs.editor.');
    for (const entry of palette.filter((candidate) => !opensEditor(candidate.command))) {
      assert.equal(entry.when, 'bilingualDocs.isBilingual', entry.command);
    }
    const isReport = (command: string) => command.endsWith('Report');
    const previewTitle = manifest.contributes.menus['editor/title']!.filter(
      (entry) => !opensEditor(entry.command) && !isReport(entry.command),
    );
    assert.deepEqual(previewTitle, [
      {
        command: 'bilingualDocs.previewToSide',
        when: 'resourceLangId == markdown && bilingualDocs.isBilingual',
        group: 'navigation',
      },
      {
        command: 'bilingualDocs.preview.setLayout',
        when: "activeWebviewPanelId == 'bilingualDocs.preview'",
        group: 'navigation@1',
      },
      {
        command: 'bilingualDocs.preview.toggleLock',
        when: "activeWebviewPanelId == 'bilingualDocs.preview'",
        group: '1_bilingualDocs',
      },
    ]);
    for (const binding of manifest.contributes.keybindings) {
      assert.match(
        binding.when,
        /bilingualDocs\.isBilingual|activeCustomEditorId == 'bilingualDocs\.editor'/,
        binding.command,
      );
    }
  });

  test('Should offer the QA report in the palette, on folders in the explorer, and Save As on the report', () => {
    assert.ok(declared.has('bilingualDocs.showReport') && declared.has('bilingualDocs.saveReport'));
    const palette = manifest.contributes.menus['commandPalette']!.map((entry) => entry.command);
    assert.ok(!palette.includes('bilingualDocs.showReport') && !palette.includes('bilingualDocs.saveReport'));
    const explorer = manifest.contributes.menus['explorer/context']!.filter((entry) =>
      entry.command.endsWith('Report'),
    );
    assert.deepEqual(explorer, [
      { command: 'bilingualDocs.showReport', when: 'explorerResourceIsFolder', group: '7_modification@9' },
    ]);
    const title = manifest.contributes.menus['editor/title']!.filter(
      (entry) => entry.command === 'bilingualDocs.saveReport',
    );
    assert.deepEqual(title, [
      {
        command: 'bilingualDocs.saveReport',
        when: "activeWebviewPanelId == 'bilingualDocs.report'",
        group: 'navigation',
      },
    ]);
  });

  test('Should give VS Code\'s Markdown preview the plugin and a stylesheet that ships', () => {
    assert.equal(manifest.contributes['markdown.markdownItPlugins'], true);
    const styles = manifest.contributes['markdown.previewStyles'] ?? [];
    assert.deepEqual(styles, ['./client/media/builtinPreview.css']);
    for (const style of styles) assert.ok(existsSync(join(root, style)), style);
  });

  test('Should name only declared commands in menus and keybindings', () => {
    const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map(
      (entry) => entry.command,
    );
    for (const command of used) assert.ok(declared.has(command), command);
  });

  test('Should describe every setting with its scope', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties), [
      'bilingualDocs.rules',
      'bilingualDocs.words',
      'bilingualDocs.diagnosticsDelay',
      'bilingualDocs.workspaceDiagnostics',
      'bilingualDocs.dimSource',
      'bilingualDocs.builtinPreview.showSource',
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
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  test('Should start from a Node entry on the desktop and a browser entry on the web, both built', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/browser/extension.js');
    const build = readFileSync(join(root, 'scripts/build.mjs'), 'utf8');
    for (const entry of [manifest.main, manifest.browser]) {
      assert.ok(build.includes(`outfile: '${entry.slice(2)}'`), entry);
    }
  });
});
