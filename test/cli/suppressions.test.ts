import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { KNOWN_RULE_CODES } from '../../server/src/core/rules';
import { readSuppressionComments } from '../../server/src/core/suppressions';
import { danishArticle, unit } from './support/articles';

/** Two untranslated units and an ID mismatch: three findings to suppress in different ways. */
const UNTRANSLATED_1 = unit('27db3-101', 'Add a footer link.', 'Add a footer link.');
const UNTRANSLATED_2 = unit('27db3-102', 'Select the module.', 'Select the module.');
const MISMATCH = unit('27db3-103', 'Tilføj et link.', 'Add a link.', '27db3-113');

function findings(text: string): string[] {
  const document = parse(text);
  return checkDocument(document, EMPTY_CONFIG).map(
    (diagnostic) => `${document.lines.positionAt(diagnostic.span.start).line + 1} ${diagnostic.code}`,
  );
}

describe('suppression comments', () => {
  test('Should report every finding when the article has no suppression comment', () => {
    assert.deepEqual(findings(danishArticle(UNTRANSLATED_1, '', UNTRANSLATED_2, '', MISMATCH)), [
      '6 untranslated',
      '8 untranslated',
      '10 id-mismatch',
    ]);
  });

  test('Should suppress the named rule in the whole article with disable-file, wherever the comment stands', () => {
    const text = danishArticle(
      UNTRANSLATED_1,
      '',
      UNTRANSLATED_2,
      '',
      MISMATCH,
      '',
      '<!-- bilingual-docs-disable-file untranslated -->',
    );
    assert.deepEqual(findings(text), ['10 id-mismatch']);
  });

  test('Should suppress every rule with disable-file and no code', () => {
    assert.deepEqual(findings(danishArticle('<!-- bilingual-docs-disable-file -->', UNTRANSLATED_1, '', MISMATCH)), []);
  });

  test('Should accept several codes separated by spaces or commas', () => {
    const text = danishArticle(
      '<!--bilingual-docs-disable-file untranslated,id-mismatch-->',
      UNTRANSLATED_1,
      '',
      MISMATCH,
    );
    assert.deepEqual(findings(text), []);
  });

  test('Should suppress only the first unit after a disable-next-unit comment', () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable-next-unit untranslated -->',
      UNTRANSLATED_1,
      '',
      UNTRANSLATED_2,
      '',
      MISMATCH,
    );
    assert.deepEqual(findings(text), ['9 untranslated', '11 id-mismatch']);
  });

  test('Should leave other rules of the next unit reported when disable-next-unit names one rule', () => {
    const text = danishArticle('<!-- bilingual-docs-disable-next-unit untranslated -->', MISMATCH);
    assert.deepEqual(findings(text), ['7 id-mismatch']);
  });

  test('Should suppress a unit named by its ID, wherever the comment stands', () => {
    const text = danishArticle(
      UNTRANSLATED_1,
      '',
      UNTRANSLATED_2,
      '',
      MISMATCH,
      '',
      '<!-- bilingual-docs-disable-unit 27db3-102 untranslated -->',
    );
    assert.deepEqual(findings(text), ['6 untranslated', '10 id-mismatch']);
  });

  test('Should suppress every rule on a unit named by its ID when no code follows the ID', () => {
    const text = danishArticle('<!-- bilingual-docs-disable-unit 27db3-103 -->', UNTRANSLATED_1, '', MISMATCH);
    assert.deepEqual(findings(text), ['7 untranslated']);
  });

  test('Should suppress between disable and enable, and report again after enable', () => {
    const text = danishArticle(
      UNTRANSLATED_1,
      '<!-- bilingual-docs-disable untranslated -->',
      UNTRANSLATED_2,
      '<!-- bilingual-docs-enable untranslated -->',
      unit('27db3-104', 'Save the page.', 'Save the page.'),
    );
    assert.deepEqual(findings(text), ['6 untranslated', '10 untranslated']);
  });

  test('Should suppress to the end of the article when disable is never enabled again', () => {
    const text = danishArticle(UNTRANSLATED_1, '<!-- bilingual-docs-disable -->', UNTRANSLATED_2, MISMATCH);
    assert.deepEqual(findings(text), ['6 untranslated']);
  });

  test('Should end every open range with an enable that names no code', () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable untranslated -->',
      '<!-- bilingual-docs-disable id-mismatch -->',
      UNTRANSLATED_1,
      '<!-- bilingual-docs-enable -->',
      UNTRANSLATED_2,
      MISMATCH,
    );
    assert.deepEqual(findings(text), ['10 untranslated', '11 id-mismatch']);
  });

  test('Should not end a disable of every rule with an enable that names one rule', () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable -->',
      UNTRANSLATED_1,
      '<!-- bilingual-docs-enable untranslated -->',
      UNTRANSLATED_2,
    );
    assert.deepEqual(findings(text), []);
  });

  test('Should report an unknown rule code as suppression-invalid with a suggestion, and suppress nothing with it', () => {
    const text = danishArticle('<!-- bilingual-docs-disable-next-unit untranslatd -->', UNTRANSLATED_1);
    const document = parse(text);
    const diagnostics = checkDocument(document, EMPTY_CONFIG);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.severity,
        text.slice(diagnostic.span.start, diagnostic.span.end),
        diagnostic.message,
      ]),
      [
        [
          'suppression-invalid',
          'warning',
          'untranslatd',
          '"untranslatd" is not a rule code, so this comment does not suppress it; did you mean "untranslated"?',
        ],
        [
          'untranslated',
          'info',
          'Add a footer link.',
          'The target of unit 27db3-101 is the same as its source: it looks untranslated (locale da-dk).',
        ],
      ],
    );
  });

  test('Should still suppress the known codes of a comment that also names an unknown one', () => {
    const text = danishArticle('<!-- bilingual-docs-disable-next-unit untranslated no-such-rule -->', UNTRANSLATED_1);
    assert.deepEqual(findings(text), ['6 suppression-invalid']);
  });

  test('Should report an unknown directive, a unit ID no unit has, and a next-unit comment with no unit after it', () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable-line untranslated -->',
      '<!-- bilingual-docs-disable-unit 27db3-999 untranslated -->',
      '<!-- bilingual-docs-disable-unit -->',
      UNTRANSLATED_1,
      '<!-- bilingual-docs-disable-next-unit -->',
    );
    const document = parse(text);
    assert.deepEqual(
      checkDocument(document, EMPTY_CONFIG).map((diagnostic) => [diagnostic.code, diagnostic.message]),
      [
        [
          'suppression-invalid',
          '"bilingual-docs-disable-line" is not a bilingual-docs directive; use disable-file, disable, enable, disable-next-unit, disable-unit or spelling-ignore.',
        ],
        ['suppression-invalid', 'No unit of this article has the ID "27db3-999", so this comment suppresses nothing.'],
        [
          'suppression-invalid',
          'bilingual-docs-disable-unit needs the ID of the unit, as in <!-- bilingual-docs-disable-unit 646d1-104 untranslated -->.',
        ],
        [
          'untranslated',
          'The target of unit 27db3-101 is the same as its source: it looks untranslated (locale da-dk).',
        ],
        [
          'suppression-invalid',
          'No unit follows this bilingual-docs-disable-next-unit comment, so it suppresses nothing.',
        ],
      ],
    );
  });

  test('Should read comments in fenced code, inline code and front matter as text, not suppressions', () => {
    const text = [
      '---',
      'title: "<!-- bilingual-docs-disable-file -->"',
      'ms.contentlocale: da-DK',
      '---',
      '```markdown',
      '<!-- bilingual-docs-disable-file -->',
      '```',
      'Write `<!-- bilingual-docs-disable-file -->` to switch every rule off.',
      UNTRANSLATED_1,
      '',
    ].join('\n');
    assert.deepEqual(readSuppressionComments(parse(text), KNOWN_RULE_CODES).comments, []);
    assert.deepEqual(findings(text), ['9 untranslated']);
  });

  test('Should not take a comment that merely mentions a directive for one', () => {
    const text = danishArticle('<!-- see bilingual-docs-disable-file in the docs -->', UNTRANSLATED_1);
    assert.deepEqual(findings(text), ['7 untranslated']);
  });

  test('Should read the text once however many mentions of the directives it holds', () => {
    const mentions = 'bilingual-docs-disable-file and '.repeat(100_000);
    const text = danishArticle(
      mentions,
      UNTRANSLATED_1,
      `<!-- ${'bilingual-docs- '.repeat(50_000)}-->`,
      '<!-- bilingual-docs-disable-file -->',
    );
    assert.deepEqual(findings(text), ['8 suppression-invalid']);
  });

  test('Should read each comment with its span, codes and unit ID', () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable-unit 27db3-101 untranslated, table-pipe -->',
      UNTRANSLATED_1,
    );
    const { comments, problems } = readSuppressionComments(parse(text), KNOWN_RULE_CODES);
    assert.deepEqual(problems, []);
    assert.equal(comments.length, 1);
    const [comment] = comments;
    assert.equal(
      text.slice(comment!.span.start, comment!.span.end),
      '<!-- bilingual-docs-disable-unit 27db3-101 untranslated, table-pipe -->',
    );
    assert.deepEqual(
      { directive: comment!.directive, codes: comment!.codes, unitId: comment!.unitId },
      { directive: 'disable-unit', codes: ['untranslated', 'table-pipe'], unitId: '27db3-101' },
    );
  });

  test('Should suppress a finding that stands inside a unit though the rule names no unit', () => {
    // unclosed-span reports the stray <span> inside the target, a finding about a place rather than a unit.
    const strayTag =
      '<span data-ttu-id="27db3-105">Vælg <span>modulet.</span><span class="sxs-lookup"><span data-stu-id="27db3-105">Select the module.</span></span>';
    assert.ok(findings(danishArticle(strayTag)).length > 0);
    assert.deepEqual(findings(danishArticle('<!-- bilingual-docs-disable-next-unit -->', strayTag)), []);
  });

  test('Should suppress each of 2,000 units by the comment before it', () => {
    const units = Array.from(
      { length: 2_000 },
      (_, index) =>
        `<!-- bilingual-docs-disable-next-unit untranslated -->\n${unit(`27db3-${index + 1}`, 'Same text here.', 'Same text here.')}`,
    );
    const text = danishArticle(...units);
    assert.equal(findings(text.replaceAll('<!-- bilingual-docs-disable-next-unit untranslated -->', '')).length, 2_000);
    assert.deepEqual(findings(text), []);
  });
});
