/**
 * A unit's text cut into the pieces the Bilingual Editor shows: text to type, markup to protect. Real units of the
 * corpus for each kind of markup, the whole corpus for the invariant (the pieces join to the text), random text
 * for the same invariant, and long runs of markup characters for linear time.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextPiece } from '../../shared/protocol';
import { parse } from '../../server/src/core/parse';
import { sliceOf } from '../../server/src/core/model';
import { textPieces } from '../../server/src/core/editing/textPieces';
import { corpusFiles, readArticleText } from './support/corpus';

const files = corpusFiles();

function fileNamed(name: string): string {
  const file = files.find((candidate) => candidate.fileName === name);
  assert.ok(file, `${name} is in the corpus`);
  return readArticleText(file.absolutePath);
}

/** The raw target of the unit with this ID in a corpus file. */
function targetOf(name: string, id: string): string {
  const document = parse(fileNamed(name));
  const unit = document.units.find((candidate) => candidate.id.value === id);
  assert.ok(unit, `${id} is a unit of ${name}`);
  return sliceOf(document.text, unit.target);
}

/** Pieces written compactly: text as `"…"`, markup as `role:raw`. */
function outline(pieces: readonly TextPiece[]): string[] {
  return pieces.map((piece) => (piece.kind === 'text' ? JSON.stringify(piece.text) : `${piece.role}:${piece.raw}`));
}

const joined = (pieces: readonly TextPiece[]): string => pieces.map((piece) => piece.raw).join('');

describe('Text pieces of real units', () => {
  test('Should keep a link text translatable and protect its brackets and destination', () => {
    const raw = targetOf('Dynamics-365-Operations__preview-feature-leave-absence.md', 'de351-104');
    assert.deepEqual(outline(textPieces(raw)), [
      '"لمزيد من المعلومات حول ميزات المعاينة، راجع "',
      'link:[',
      '"إدارة الميزات"',
      'link:](../hr-admin-manage-features.md)',
      '"."',
    ]);
  });

  test('Should protect an image with its title, and keep its alt text as text', () => {
    const raw = targetOf('Dynamics-365-Operations__inventory-visibility.md', '13466-194');
    assert.deepEqual(outline(textPieces(raw)), [
      'image:![',
      '"مشغل التكوين"',
      'image:](media/configuration-trigger.png "مشغل التكوين")',
    ]);
  });

  test('Should protect emphasis delimiters and backslash escapes', () => {
    const raw = targetOf('Dynamics-365-Operations__inventory-visibility.md', '13466-177');
    assert.deepEqual(outline(textPieces(raw)), [
      '"انتقل إلى "',
      'emphasis:**',
      '"إعداد متقدم "',
      'other:\\>',
      '" الإدارة "',
      'other:\\>',
      '" اللغات"',
      'emphasis:**',
      '"."',
    ]);
  });

  test('Should read inline code as one piece', () => {
    const raw = targetOf('Dynamics-365-Operations__inventory-visibility.md', '13466-144');
    assert.deepEqual(outline(textPieces(raw)), [
      '"وبناءً على متطلبات الأعمال، اختر الحزمة "',
      'code:`InventoryServiceBase`',
      '" أو "',
      'code:`InventoryServiceApplication`',
      '"."',
    ]);
  });

  test('Should protect HTML tags and character references other than the three Markdown text needs', () => {
    const strong = targetOf('Dynamics-365-Operations__mobile-invoice-approvals.md', 'cd81e-318');
    assert.deepEqual(outline(textPieces(strong)), [
      '"حدد صفحة "',
      'tag:<strong>',
      '"تفاصيل الفاتورة "',
      'emphasis:**',
      '"التي قمت بإنشائها سابقًا، ثم انقر فوق"',
      'emphasis:**',
      '" تحرير"',
      'tag:</strong>',
      '"."',
    ]);
    const dashes = targetOf('Dynamics-365-Operations__inventory-visibility.md', '13466-389');
    assert.deepEqual(outline(textPieces(dashes)).slice(0, 4), [
      'emphasis:*',
      '"100 + 50 + 80 + 90 + 30 "',
      'entity:&ndash;',
      '" 10 "',
    ]);
  });

  test('Should read &lt; and &gt; into the text and keep a bare & as text', () => {
    const raw = targetOf('Dynamics-365-Operations__mobile-invoice-approvals.md', 'cd81e-204');
    const pieces = textPieces(raw);
    assert.equal(joined(pieces), raw);
    const first = pieces[0]!;
    assert.equal(first.kind, 'text');
    assert.ok(first.raw.endsWith(': https://&lt;yourURL&gt;/?cmp=usmf&mi='), first.raw);
    assert.ok(first.kind === 'text' && first.text.endsWith(': https://<yourURL>/?cmp=usmf&mi='), first.raw);
  });

  test('Should read an include, an alert marker, a line break tag and nested spans as whole pieces', () => {
    const include = '[!INCLUDE[footer-include](../includes/footer-banner.md)]';
    assert.ok(fileNamed('Dynamics-365-Operations__inventory-settings.md').includes(include));
    assert.deepEqual(outline(textPieces(include)), [`include:${include}`]);
    assert.deepEqual(outline(textPieces('[!NOTE]')), ['other:[!NOTE]']);
    const line =
      ' users have a credential in Azure Active Directory for the tenant.</span></span><br/>' +
      '<span data-ttu-id="46270-p159"> a. *Inside corpnet*';
    assert.deepEqual(outline(textPieces(line)), [
      '" users have a credential in Azure Active Directory for the tenant."',
      'tag:</span>',
      'tag:</span>',
      'break:<br/>',
      'tag:<span data-ttu-id="46270-p159">',
      '" a. "',
      'emphasis:*',
      '"Inside corpnet"',
      'emphasis:*',
    ]);
    assert.deepEqual(outline(textPieces('<https://learn.microsoft.com> <code>a &lt; b</code>')), [
      'link:<https://learn.microsoft.com>',
      '" "',
      'code:<code>a &lt; b</code>',
    ]);
  });

  test('Should leave a lone star, an underscore inside a word and a bracket without destination as text', () => {
    const plain = '2 * 3 = 6, snake_case_name, [x] and a ] b';
    assert.deepEqual(outline(textPieces(plain)), [JSON.stringify(plain)]);
  });
});

describe('Text pieces join to the text', () => {
  test('Should give back every target and source of every corpus file', () => {
    let texts = 0;
    for (const file of files) {
      const document = parse(readArticleText(file.absolutePath));
      for (const unit of document.units) {
        for (const span of unit.lookup ? [unit.target, unit.lookup.source] : [unit.target]) {
          const raw = sliceOf(document.text, span);
          assert.equal(joined(textPieces(raw)), raw, `${file.manifestPath} ${unit.id.value}`);
          texts++;
        }
      }
    }
    assert.ok(texts > 1000, `${texts} texts`);
  });

  test('Should give back any text made of markup characters', () => {
    const fragment = fc.constantFrom(
      ...['*', '**', '_', '`', '``', '\\', '[', ']', '(', ')', '![', '](', '<', '>', '</', '<b>', '</b>', '&', ';'],
      ...['&lt;', '&amp;', '&#92;', '&#x41;', '&nbsp;', '"', "'", '<!--', '-->', '<code>', '</code>', '[!INCLUDE['],
      ...['[!NOTE]', '<https://a.b', '@', ' ', '\n', 'a', 'é', '😀', 'ش'],
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const raw = parts.join('');
        const pieces = textPieces(raw);
        assert.equal(joined(pieces), raw);
        for (const piece of pieces) assert.ok(piece.raw.length > 0, 'no empty piece');
      }),
      { numRuns: 2000 },
    );
  });

  test('Should read long runs of markup characters (hostile input) and still give them back', () => {
    const markup = ['*', '_', '`', '\\', '[', ']', '](', '![', '<', '<a ', '&', '&#', '<!--', '[!INCLUDE['];
    for (const unit of [...markup, '](((', '<a href="', '*a', 'a_']) {
      const raw = unit.repeat(Math.ceil(100_000 / unit.length));
      assert.equal(joined(textPieces(raw)), raw, `runs of ${unit}`);
    }
  });
});
