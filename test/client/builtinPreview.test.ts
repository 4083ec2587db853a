import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import {
  bilingualMarkdownItPlugin,
  BUILTIN_SHOW_SOURCE_VALUES,
  type BuiltinShowSource,
} from '../../client/src/builtinPreview';
import { findAll, hasClass, parseContent } from './htmlTree';

/** A markdown-it set up as VS Code's Markdown preview sets up its own (HTML on, linkify on). */
function builtin(showSource?: BuiltinShowSource): MarkdownIt {
  const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
  return showSource === undefined ? markdown : bilingualMarkdownItPlugin(markdown, () => showSource);
}

const SEED = readFileSync('test/fixtures/seeds/et-EE__self-service-password-reset.md', 'utf8');
const HEBREW = readFileSync('test/fixtures/real/dynamics-365-project-operations-pr__define-roles.md', 'utf8');

/** Markdown without bilingual markup: the project's own documentation. */
const PLAIN = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];

describe('VS Code\'s Markdown preview with the Bilingual Docs plugin', () => {
  test('Should render Markdown without bilingual markup exactly as before, whatever the setting', () => {
    for (const path of PLAIN) {
      const text = readFileSync(path, 'utf8');
      const before = builtin().render(text);
      for (const showSource of BUILTIN_SHOW_SOURCE_VALUES)
        assert.equal(builtin(showSource).render(text), before, `${path} (${showSource})`);
    }
  });

  test('Should hide every source of the seed and keep every target, by default', () => {
    const root = parseContent(builtin('hidden').render(SEED));
    assert.equal(findAll(root, (element) => hasClass(element, 'sxs-lookup')).length, 0);
    const targets = findAll(root, (element) => element.attributes['data-ttu-id'] !== undefined);
    assert.equal(targets.length, 8);
    assert.ok(!root.text.includes('SSPR is enabled by default for Admins.'));
    assert.ok(root.text.includes('SSPR on administraatorite jaoks vaikimisi lubatud.'));
  });

  test('Should keep every block on its lines, so the preview still scrolls with the editor', () => {
    for (const text of [SEED, HEBREW]) {
      const lines = (markdown: MarkdownIt) =>
        markdown
          .parse(text, {})
          .filter((token) => token.map !== null)
          .map((token) => `${token.type}@${token.map!.join('-')}`);
      assert.deepEqual(lines(builtin('hidden')), lines(builtin()));
      assert.deepEqual(lines(builtin('tooltip')), lines(builtin()));
    }
  });

  test('Should show the sources inline as before when asked', () => {
    assert.equal(builtin('inline').render(SEED), builtin().render(SEED));
  });

  test('Should put each source in its target\'s tooltip, as plain text', () => {
    const root = parseContent(builtin('tooltip').render(SEED));
    assert.equal(findAll(root, (element) => hasClass(element, 'sxs-lookup')).length, 0);
    const titles = findAll(root, (element) => element.attributes['data-ttu-id'] !== undefined).map(
      (element) => element.attributes['title'],
    );
    assert.equal(titles[2], 'SSPR is enabled by default for Admins.');
    assert.equal(titles.length, 8);
    assert.ok(titles.every((title) => title !== undefined && title !== ''));
  });

  test('Should read the setting at each render, so a change shows on the next refresh', () => {
    let showSource: BuiltinShowSource = 'hidden';
    const markdown = bilingualMarkdownItPlugin(new MarkdownIt({ html: true }), () => showSource);
    assert.ok(!markdown.render(SEED).includes('sxs-lookup'));
    showSource = 'inline';
    assert.ok(markdown.render(SEED).includes('sxs-lookup'));
  });
});
