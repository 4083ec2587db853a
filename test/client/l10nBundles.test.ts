/**
 * The translations of the client are complete and fit the English: every key of the English bundles is in each
 * language's bundle and no other, placeholders and inline code (rule codes, setting names, values) come through
 * unchanged, and every `%key%` of package.json has its English text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
/** The languages VS Code ships display language packs for that Bilingual Docs is translated into. */
const LANGUAGES = ['de', 'fr', 'es', 'ja', 'zh-cn'] as const;

type Bundle = Record<string, string | { message: string; comment: string[] }>;

function read(path: string): Bundle {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Bundle;
}

function messageOf(value: Bundle[string]): string {
  return typeof value === 'string' ? value : value.message;
}

/** The English bundles and where each language's version of them is. */
const BUNDLES = [
  { english: 'package.nls.json', translated: (language: string) => `package.nls.${language}.json` },
  { english: 'l10n/bundle.l10n.json', translated: (language: string) => `l10n/bundle.l10n.${language}.json` },
];

/** `{0}`, `{1}`…: each must appear in the translation, in whatever order the language needs. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
}

/** Inline code of Markdown (`` `error` ``, ```` ```yaml ````): rule codes, setting names and values stay as written. */
function inlineCode(text: string): string[] {
  return [...text.matchAll(/(`+)([\s\S]*?[^`])\1(?!`)/g)].map((match) => match[0]).sort();
}

describe('Translation bundles', () => {
  for (const { english, translated } of BUNDLES) {
    const source = read(english);
    for (const language of LANGUAGES) {
      const path = translated(language);
      const bundle = read(path);

      test(`Should have every key of ${english} in ${path}, and no other`, () => {
        const missing = Object.keys(source).filter((key) => !(key in bundle));
        const stale = Object.keys(bundle).filter((key) => !(key in source));
        assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
      });

      test(`Should keep the placeholders and inline code of ${english} in ${path}`, () => {
        const differences: string[] = [];
        for (const [key, value] of Object.entries(source)) {
          const text = bundle[key];
          if (text === undefined) continue;
          const [from, to] = [messageOf(value), messageOf(text)];
          if (to.trim() === '') differences.push(`${key}: empty`);
          if (placeholders(from).join() !== placeholders(to).join()) differences.push(`${key}: placeholders`);
          if (inlineCode(from).join('\n') !== inlineCode(to).join('\n')) {
            differences.push(`${key}: inline code ${JSON.stringify(inlineCode(to))}`);
          }
        }
        assert.deepEqual(differences, []);
      });
    }
  }

  test('Should have an English text for every %key% of package.json', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const english = read('package.nls.json');
    const referenced = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    assert.ok(referenced.length > 50, 'package.json refers to its words by key');
    assert.deepEqual(referenced.filter((key) => !(key in english)), []);
    assert.deepEqual(Object.keys(english).filter((key) => !referenced.includes(key)), [], 'no unused key');
  });

  test('Should name every word of the manifest that VS Code shows by a %key%, so no new entry stays English', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    const shown =
      /^(displayName|description|markdownDescription|title|category|enumDescriptions|markdownEnumDescriptions)$/;
    const english: string[] = [];
    const visit = (value: unknown, path: string, shownHere: boolean): void => {
      if (typeof value === 'string') {
        if (shownHere && !/^%[^%]+%$/.test(value)) english.push(`${path}: ${value}`);
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, `${path}[${index}]`, shownHere));
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`, shown.test(key));
      }
    };
    visit({ displayName: manifest['displayName'], description: manifest['description'] }, 'package.json', false);
    visit(manifest['contributes'], 'contributes', false);
    assert.deepEqual(english, []);
  });

  test('Should keep command IDs, setting names and rule codes out of the translated manifest', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
    };
    for (const { command } of manifest.contributes.commands) assert.match(command, /^bilingualDocs\.[\w.]+$/);
    for (const setting of Object.keys(manifest.contributes.configuration.properties)) {
      assert.match(setting, /^bilingualDocs\.[\w.]+$/);
    }
  });

  test('Should find a placeholder or code span that a translation lost, so the checks above can fail', () => {
    assert.deepEqual(placeholders('Unit {1} of {0}'), ['{0}', '{1}']);
    assert.notDeepEqual(placeholders('{0} units'), placeholders('Einheiten'));
    assert.deepEqual(inlineCode('Severity: `error`, ```` ```yaml ```` or `` `x` ``'), [
      '`` `x` ``',
      '```` ```yaml ````',
      '`error`',
    ]);
  });
});
