import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleByCode } from '../../../server/src/core/rules';
import { repositoryRoot } from '../support/corpus';
import { glossaryFixture, runRule, unit } from './support';

function docPage(code: string): string {
  return readFileSync(join(repositoryRoot, ruleByCode(code)!.docs), 'utf8');
}

/** The first fenced block after a line, as written in the page (its fence may be longer than three backticks). */
function exampleAfter(page: string, heading: string): string {
  const match = new RegExp(`${heading}\\n\\n(\`{3,})[a-z]*\\n`).exec(page);
  assert.ok(match, `no example after "${heading}"`);
  const open = match.index + match[0].length;
  const close = page.indexOf(`\n${match[1]}\n`, open);
  return page.slice(open, close);
}

/**
 * An example as a whole article: front matter examples get a unit after them, unit examples front matter before;
 * an example with both (the spelling rule's, in a language with a dictionary) is one already.
 */
function exampleArticle(example: string): string {
  if (example.startsWith('---\n') && example.includes('data-ttu-id')) return `${example}\n`;
  if (example.startsWith('---\n')) return `${example}\n${unit('646d1-104', 'SSPR on lubatud.', 'SSPR is enabled.')}\n`;
  return `---\ntitle: Näide\nms.contentlocale: et-EE\nms.translationtype: HT\n---\n${example}\n`;
}

describe('rule catalog', () => {
  test('Should give every rule a code of its own', () => {
    const codes = RULES.map((rule) => rule.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^[a-z]+(?:-[a-z]+)*$/);
  });

  test('Should give every rule a name, a one-paragraph description and a default severity', () => {
    for (const rule of RULES) {
      assert.ok(rule.name.length > 0, rule.code);
      assert.ok(rule.description.length > 80 && !rule.description.includes('\n'), rule.code);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity), rule.code);
    }
  });

  test('Should have a doc page for every rule that names its code, its name and its default severity', () => {
    for (const rule of RULES) {
      assert.equal(rule.docs, `docs/rules/${rule.code}.md`);
      assert.ok(existsSync(join(repositoryRoot, rule.docs)), `missing ${rule.docs}`);
      const page = docPage(rule.code);
      assert.ok(page.startsWith(`# \`${rule.code}\`: ${rule.name}\n`), rule.code);
      assert.ok(page.includes(`| \`${rule.code}\` |`) && page.includes(`| \`${rule.defaultSeverity}\` |`), rule.code);
      assert.ok(page.includes(`{ "rules": { "${rule.code}": "off" } }`), rule.code);
      assert.ok(
        page.includes(`\n\n${rule.description}\n\n`),
        `${rule.code}: the page does not repeat the rule's description`,
      );
    }
  });

  test('Should list every rule in the index of the rule docs', () => {
    const index = readFileSync(join(repositoryRoot, 'docs/rules/README.md'), 'utf8');
    for (const rule of RULES)
      assert.ok(index.includes(`| [\`${rule.code}\`](${rule.code}.md) | \`${rule.defaultSeverity}\` |`), rule.code);
  });

  test("Should fire each rule on its doc page's firing example and not on its other example", () => {
    for (const rule of RULES) {
      const page = docPage(rule.code);
      // The glossary rules' pages give the glossary their examples are checked with.
      const glossary = page.includes('With this glossary:')
        ? glossaryFixture('example.csv', `${exampleAfter(page, 'With this glossary:')}\n`)
        : undefined;
      const fires = runRule(rule, exampleArticle(exampleAfter(page, 'This fires:')), undefined, glossary);
      assert.ok(fires.findings.length > 0, `${rule.code}: the firing example does not fire`);
      const quiet = runRule(rule, exampleArticle(exampleAfter(page, 'This does not:')), undefined, glossary);
      assert.deepEqual(quiet.findings, [], `${rule.code}: the other example fires`);
    }
  });
});
