import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textWithScope, tokenizeLines, tokensWithText, type Token } from './textmate';

const TARGET_TEXT = 'meta.unit.target.text.bilingual-docs';
const SOURCE_TEXT = 'comment.block.source.bilingual-docs';
const TARGET_ID = 'constant.numeric.unit-id.target.bilingual-docs';
const SOURCE_ID = 'constant.numeric.unit-id.source.bilingual-docs';
const LOOKUP = 'meta.unit.lookup.bilingual-docs';

function fixtureLines(path: string): string[] {
  return readFileSync(join(process.cwd(), 'test/fixtures', path), 'utf8').split(/\r\n|\n|\r/);
}

/** The fixture's line holding `text`, so the tests read like the article. */
function lineWith(path: string, text: string): string {
  const line = fixtureLines(path).find((candidate) => candidate.includes(text));
  assert.ok(line, `${path} has a line with ${text}`);
  return line;
}

async function tokenizeLine(line: string): Promise<Token[]> {
  return (await tokenizeLines([line]))[0]!;
}

function scopesOf(tokens: readonly Token[], text: string): readonly string[] {
  const found = tokensWithText(tokens, text);
  assert.equal(found.length, 1, `exactly one token is ${JSON.stringify(text)}`);
  return found[0]!.scopes;
}

const ET_SEED = 'seeds/et-EE__self-service-password-reset.md';

describe('Bilingual span grammar', () => {
  test('Should scope the target text, the English source and both IDs of a list item holding two units', async () => {
    const tokens = await tokenizeLine(lineWith(ET_SEED, '646d1-103'));
    assert.equal(
      textWithScope(tokens, TARGET_TEXT),
      'Klõpsake siin, et [lubada kasutajatel oma paroolide lähtestamine](https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr).' +
        'SSPR on administraatorite jaoks vaikimisi lubatud.',
    );
    assert.equal(
      textWithScope(tokens, SOURCE_TEXT),
      'Click here to [Let users reset their own passwords](https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr).' +
        'SSPR is enabled by default for Admins.',
    );
    assert.deepEqual(
      tokensWithText(tokens, '646d1-103').map((token) => token.scopes.at(-1)),
      [TARGET_ID, SOURCE_ID],
    );
    assert.equal(textWithScope(tokens, TARGET_ID), '646d1-103646d1-104');
    assert.equal(textWithScope(tokens, SOURCE_ID), '646d1-103646d1-104');
  });

  test('Should scope the wrappers as HTML tags and the lookup span as a whole', async () => {
    const tokens = await tokenizeLine(lineWith(ET_SEED, '646d1-106'));
    assert.equal(
      textWithScope(tokens, LOOKUP),
      '<span class="sxs-lookup"><span data-stu-id="646d1-106">For more information:</span></span>',
    );
    assert.equal(
      textWithScope(tokens, 'meta.unit.target.bilingual-docs'),
      '<span data-ttu-id="646d1-106">Lisateave</span>',
    );
    assert.equal(
      textWithScope(tokens, 'meta.unit.source.bilingual-docs'),
      '<span data-stu-id="646d1-106">For more information:</span>',
    );
    assert.deepEqual(scopesOf(tokens, 'sxs-lookup'), [
      'text.html.markdown',
      LOOKUP,
      'meta.tag.inline.span.start.html',
      'string.quoted.double.html',
      'support.constant.lookup-class.bilingual-docs',
    ]);
    assert.deepEqual(scopesOf(tokens, 'data-ttu-id'), [
      'text.html.markdown',
      'meta.unit.target.bilingual-docs',
      'meta.tag.inline.span.start.html',
      'entity.other.attribute-name.html',
    ]);
    assert.equal(textWithScope(tokens, 'entity.name.tag.html'), 'span'.repeat(6));
  });

  test('Should scope a unit in a heading after its anchor, leaving the anchor alone', async () => {
    const tokens = await tokenizeLine(lineWith(ET_SEED, '646d1-102'));
    assert.equal(textWithScope(tokens, TARGET_TEXT), 'Iseteeninduslik paroolilähtestus (SSPR)');
    assert.equal(textWithScope(tokens, SOURCE_TEXT), 'Self-service password reset (SSPR)');
    assert.deepEqual(scopesOf(tokens, '# <a name="self-service-password-reset-sspr"></a>'), ['text.html.markdown']);
  });

  test('Should keep Markdown highlighting inside the target', async () => {
    const tokens = await tokenizeLine(
      lineWith('real/OfficeDocs-SkypeForBusiness-pr__with-exchange-online.md', '9f8d8-129'),
    );
    assert.deepEqual(scopesOf(tokens, '**Active Directory UsersおよびComputers AD**'), [
      'text.html.markdown',
      'meta.unit.target.bilingual-docs',
      TARGET_TEXT,
      'markup.bold.markdown',
    ]);
  });

  test('Should read past a plain span nested in a unit instead of ending the unit at its closing tag', async () => {
    const tokens = await tokenizeLine(
      lineWith('anomalies/OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md', '66408-172'),
    );
    assert.equal(
      textWithScope(tokens, TARGET_TEXT),
      '<span>https:// <cqdv3> /spd/#/Dashboard/ <reportid> /2019-02/</span>2019 年 2 月の現在の日',
    );
    assert.equal(
      textWithScope(tokens, SOURCE_TEXT),
      '<span>https://<cqdv3>/spd/#/Dashboard/<reportid>/2019-02/</span>Current Day of Feb 2019',
    );
  });

  test('Should carry a unit that spans two lines over to the next line', async () => {
    const lines = fixtureLines('real/OfficeDocs-SkypeForBusiness-pr__ms.lync.lscp.VoiceFeaVacantNumEdit.md');
    const start = lines.findIndex((line) => line.includes('data-ttu-id="17486-p103"'));
    const [first, second] = await tokenizeLines(lines.slice(start, start + 2));
    assert.equal(textWithScope(first!, TARGET_TEXT), '未指派號碼是對您的組織有效但未指派給使用者或電話的電話號碼。未指派號碼是對您的組織有效但未指派給使用者或電話的電話號碼。');
    assert.equal(textWithScope(second!, TARGET_TEXT), '');
    assert.equal(
      textWithScope(second!, SOURCE_TEXT),
      'Unassigned numbers are phone numbers that are valid for your organization but are not assigned to a user or a phone. The unassigned number table identifies how you want calls to unassigned numbers to be treated.',
    );
    assert.deepEqual(second![0], {
      text: '</',
      scopes: [
        'text.html.markdown',
        'meta.unit.target.bilingual-docs',
        'meta.tag.inline.span.end.html',
        'punctuation.definition.tag.begin.html',
      ],
    });
  });

  test('Should scope a right-to-left target in a blockquote', async () => {
    const tokens = await tokenizeLine(
      lineWith('real/Dynamics-365-Operations__preview-feature-leave-absence.md', 'de351-102'),
    );
    assert.ok(textWithScope(tokens, TARGET_TEXT).startsWith('تتوفر بعض هذه الوظائف'));
    assert.equal(textWithScope(tokens, TARGET_ID), 'de351-101de351-102de351-103de351-104');
  });

  test('Should end an unclosed target at the end of its paragraph', async () => {
    const [, , after] = await tokenizeLines([
      '<span data-ttu-id="646d1-104">SSPR on administraatorite jaoks vaikimisi lubatud.',
      '',
      'Lisateave',
    ]);
    assert.deepEqual(after, [{ text: 'Lisateave', scopes: ['text.html.markdown'] }]);
  });

  test('Should leave unit markup inside fenced code and inline code alone', async () => {
    const unitLine = lineWith(ET_SEED, '646d1-106');
    const [, inFence] = await tokenizeLines(['```html', unitLine, '```']);
    assert.equal(textWithScope(inFence!, 'meta.unit'), '');
    assert.equal(textWithScope(inFence!, 'markup.fenced_code.block.markdown'), unitLine);
    const inline = await tokenizeLine('Write `<span data-ttu-id="646d1-106">Lisateave</span>` around each target.');
    assert.equal(textWithScope(inline, 'meta.unit'), '');
  });
});
