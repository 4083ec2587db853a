import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { excludeMatcher } from '../../server/src/excludeGlobs';

describe('files.exclude patterns', () => {
  test("Should hide what VS Code's default patterns hide, at any depth, and the files inside a hidden folder", () => {
    const excluded = excludeMatcher({ '**/.git': true, '**/node_modules': true, '**/*.generated.md': true });
    assert.ok(excluded('.git'));
    assert.ok(excluded('docs/node_modules/pkg/readme.md'));
    assert.ok(excluded('articles/et-EE/index.generated.md'));
    assert.ok(!excluded('articles/et-EE/index.md'));
    assert.ok(!excluded('gitignore.md'));
  });

  test('Should anchor a pattern without ** at the folder root and read ?, [...] and {a,b}', () => {
    const excluded = excludeMatcher({
      'drafts': true,
      'docs/{old,archive}/*.md': true,
      'v?/[a-c]*.md': true,
      './build': true,
    });
    assert.ok(excluded('drafts/a.md'));
    assert.ok(!excluded('articles/drafts/a.md'));
    assert.ok(excluded('docs/old/a.md') && excluded('docs/archive/b.md'));
    assert.ok(!excluded('docs/new/a.md') && !excluded('docs/old/sub/a.md'));
    assert.ok(excluded('v1/about.md') && !excluded('v1/dev.md') && !excluded('v10/about.md'));
    assert.ok(excluded('build/out.md'));
  });

  test('Should apply only patterns switched on with true, and take anything else as hiding nothing', () => {
    const excluded = excludeMatcher({ '**/a.md': false, '**/b.md': { when: '$(basename).ts' }, '**/c.md': true });
    assert.deepEqual(['a.md', 'b.md', 'c.md'].map(excluded), [false, false, true]);
    for (const setting of [null, undefined, 'x', 3, []]) assert.equal(excludeMatcher(setting)('a.md'), false);
  });

  test('Should answer a pattern of many stars on a long path, each pair of positions tried once', () => {
    const excluded = excludeMatcher({ '**/**/**/**/**/**/**/*a*a*a*a*a*a*a*b': true });
    const deep = `${'x/'.repeat(200)}${'a'.repeat(2000)}.md`;
    assert.equal(excluded(deep), false);
    assert.equal(excluded(`${'x/'.repeat(200)}${'a'.repeat(20)}b`), true);
  });
});
