import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { bundleFor, SERVER_BUNDLES, type MessageBundle } from '../../server/src/localization';
import { REPOSITORY_ROOT } from './support/documents';

const LANGUAGES = ['de', 'fr', 'es', 'ja', 'zh-cn'];

function bundle(name: string): MessageBundle {
  return JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'server/l10n', name), 'utf8')) as MessageBundle;
}

const ENGLISH = bundle('bundle.l10n.json');

const placeholders = (message: string): string[] => (message.match(/\{\d+\}/g) ?? []).sort();

/** What stays as written in every language: rule codes, directives, settings and front matter keys, markup. */
function untranslatable(message: string): string[] {
  const codes = RULES.map((rule) => rule.code).filter((code) => code.includes("-") && message.includes(code));
  const names = message.match(/bilingual-docs[\w-]*|bilingualDocs[\w.]*|ms\.\w+|<[^<>]+>|`[^`]+`|&quot;|\\\|/g) ?? [];
  return [...codes, ...names];
}

describe('The language server\'s message bundles', () => {
  test('Should hold in server/l10n/bundle.l10n.json exactly the messages the sources pass to l10n.t', () => {
    assert.doesNotThrow(() =>
      execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'scripts/l10n-bundle.mjs'), '--check'], { stdio: 'pipe' }),
    );
    assert.ok(Object.keys(ENGLISH).length > 100);
  });

  for (const language of LANGUAGES) {
    test(`Should translate every English message into ${language}, with its placeholders, and nothing else`, () => {
      const translated = bundle(`bundle.l10n.${language}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(ENGLISH).sort());
      for (const [message, translation] of Object.entries(translated)) {
        assert.ok(translation.trim() !== '', `${language}: "${message}" is empty`);
        assert.deepEqual(placeholders(translation), placeholders(message), `${language}: ${translation}`);
        for (const kept of untranslatable(message)) {
          assert.ok(translation.includes(kept), `${language}: ${translation} lost ${kept}`);
        }
      }
      assert.deepEqual(SERVER_BUNDLES[language], translated);
    });
  }

  test('Should take the bundle of the locale, else of its language, else none for English', () => {
    assert.equal(bundleFor('de-AT', SERVER_BUNDLES), SERVER_BUNDLES['de']);
    assert.equal(bundleFor('zh-CN', SERVER_BUNDLES), SERVER_BUNDLES['zh-cn']);
    assert.equal(bundleFor('ja', SERVER_BUNDLES), SERVER_BUNDLES['ja']);
    assert.equal(bundleFor('zh-TW', SERVER_BUNDLES), undefined);
    assert.equal(bundleFor('en-US', SERVER_BUNDLES), undefined);
    assert.equal(bundleFor(undefined, SERVER_BUNDLES), undefined);
  });
});
