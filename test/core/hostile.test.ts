/**
 * Hostile and broken input: each case has an expected outcome, a clear finding or a plain reading, never a
 * throw. How long each takes is measured in `npm run bench` (hostile section), not here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import type { BilingualDocument } from '../../server/src/core/model';

const unit = (n: number, target = `Lause ${n}.`, source = `Sentence ${n}.`): string =>
  `<span data-ttu-id="abcde-${n}">${target}</span><span class="sxs-lookup"><span data-stu-id="abcde-${n}">${source}</span></span>`;

function checked(text: string): { document: BilingualDocument; codes: string[] } {
  const document = parse(text);
  return { document, codes: checkDocument(document, EMPTY_CONFIG).map((diagnostic) => diagnostic.code) };
}

describe('hostile input', () => {
  test('Should read an empty file as an article with nothing in it', () => {
    const { document, codes } = checked('');
    assert.equal(document.hasMarkup, false);
    assert.deepEqual(codes, []);
  });

  test('Should read units in a file with no front matter and say the locale is missing', () => {
    const { document, codes } = checked(unit(1));
    assert.equal(document.units.length, 1);
    assert.ok(codes.includes('locale-missing'));
  });

  test('Should report invalid YAML front matter and still read the units after it', () => {
    const { document, codes } = checked(`---\nms.contentlocale: et-EE\nbroken: [unclosed\n---\n${unit(1)}\n`);
    assert.ok(codes.includes('front-matter-invalid'));
    assert.equal(document.units.length, 1);
  });

  test('Should read a file of NUL bytes and other binary as text with no markup', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    for (const text of ['\u0000'.repeat(10_000), binary]) {
      const { document, codes } = checked(text);
      assert.equal(document.units.length, 0);
      assert.deepEqual(codes, []);
    }
  });

  test('Should read a unit holding NUL characters with the NULs kept in its text', () => {
    const { document } = checked(unit(1, 'a\u0000b'));
    assert.equal(document.text.slice(document.units[0]!.target.start, document.units[0]!.target.end), 'a\u0000b');
  });

  test('Should read lone surrogates as text', () => {
    const { document, codes } = checked(`${unit(1, '\ud800 katki \udc00', '\ud800 broken \udc00')}\n`);
    assert.equal(document.units.length, 1);
    assert.deepEqual(codes.filter((code) => code !== 'locale-missing'), []);
  });

  test('Should read a 20 MB article with all its units', () => {
    const block = `${unit(1)}\n\n`;
    const text = Array.from({ length: Math.ceil(20e6 / block.length) }, (_, i) => `${unit(i + 1)}\n\n`).join('');
    assert.ok(text.length >= 20e6);
    const document = parse(text);
    assert.equal(document.units.length, Math.ceil(20e6 / block.length));
  });

  test('Should read 200,000 units on as many lines', () => {
    const document = parse(Array.from({ length: 200_000 }, (_, i) => unit(i + 1)).join('\n'));
    assert.equal(document.units.length, 200_000);
    assert.equal(document.units[199_999]!.id.value, 'abcde-200000');
  });

  test('Should read 10,000 nested spans around a unit without recursion, reporting none as unit problems', () => {
    const text = '<span>'.repeat(10_000) + unit(1) + '</span>'.repeat(10_000);
    const { document, codes } = checked(text);
    assert.equal(document.units.length, 1);
    assert.deepEqual(codes.filter((code) => code !== 'locale-missing'), []);
  });

  test('Should read a 2 MB line of units', () => {
    const line = Array.from({ length: 15_000 }, (_, i) => unit(i + 1)).join(' ');
    assert.ok(line.length > 2e6);
    const document = parse(line);
    assert.equal(document.units.length, 15_000);
    assert.equal(document.lines.lineCount, 1);
  });

  test('Should read every line ending and a BOM the same way', () => {
    const lines = ['---', 'ms.contentlocale: et-EE', 'ms.translationtype: HT', '---', unit(1), '', unit(2)];
    const expected = parse(lines.join('\n')).units.map((u) => u.id.value);
    for (const eol of ['\r\n', '\r', '\n']) {
      for (const bom of ['', '\ufeff']) {
        const document = parse(bom + lines.join(eol));
        assert.deepEqual(document.units.map((u) => u.id.value), expected);
        assert.equal(document.locale, 'et-EE');
        assert.equal(document.lines.rangeOf(document.units[1]!.span).start.line, 6);
      }
    }
    const mixed = parse(
      ['---', 'ms.contentlocale: et-EE', '---', unit(1), unit(2)]
        .join('\r\n')
        .replace(/\r\n(?=<span data-ttu-id="abcde-2)/, '\r'),
    );
    assert.equal(mixed.lines.rangeOf(mixed.units[1]!.span).start.line, 4);
  });

  test('Should read &quot;-escaped markup as units and report it', () => {
    const escaped = unit(1).replace(/"/g, '&quot;');
    const { document, codes } = checked(escaped);
    assert.equal(document.units.length, 1);
    assert.ok(codes.includes('escaped-markup'));
  });

  test('Should report unclosed tags at the end of the file', () => {
    for (const text of [
      '<span data-ttu-id="abcde-1">Lause',
      '<span data-ttu-id="abcde-1">Lause</span><span class="sxs-lookup"><span data-stu-id="abcde-1">Sentence',
      '<span data-ttu-id="abcde-1">Lause</span><span class="sxs-lookup">',
    ]) {
      const { document, codes } = checked(text);
      assert.equal(document.units.length, 1, text);
      assert.ok(codes.includes('unclosed-span') || codes.includes('missing-source'), `${text}: ${codes}`);
      assert.ok(document.units[0]!.span.end <= text.length);
    }
  });

  test('Should read an attribute value of 1 MB as a malformed ID', () => {
    const id = 'a'.repeat(1_000_000);
    const { document, codes } = checked(
      `<span data-ttu-id="${id}">x</span><span class="sxs-lookup"><span data-stu-id="${id}">y</span></span>`,
    );
    assert.equal(document.units.length, 1);
    assert.ok(codes.includes('malformed-id'));
  });

  test('Should read 1,000,000 repetitions of an unfinished target tag as no unit', () => {
    const { document, codes } = checked('<span data-ttu-id="'.repeat(1_000_000));
    assert.equal(document.units.length, 0);
    assert.deepEqual(codes, []);
  });

  test('Should read a million backticks and fences without taking units for code', () => {
    const document = parse('`a'.repeat(100_001) + `\n${unit(1)}\n` + '```\n'.repeat(100_000) + unit(2));
    assert.deepEqual(document.units.map((u) => u.id.value), ['abcde-1', 'abcde-2']);
  });
});
