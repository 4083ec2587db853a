/**
 * The shortcuts for the common case read exactly what the general path reads: whole canonical units read at
 * once (versus tag by tag), unit IDs read by hand (versus the regular expression they implement), and inline
 * readings remembered across documents (versus read afresh).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { readUnitId } from '../../server/src/core/unitIds';
import { isBlank, unitPairs } from '../../server/src/core/rules/translation/unitText';
import { rememberedCodeUnitTest } from '../../server/src/core/rememberedCodeUnitTest';
import { scanInline } from '../../server/src/core/rules/translation/inlineMarkdown';
import type { UnitId } from '../../server/src/core/model';
import { corpusFiles, readArticleText, seedFiles } from './support/corpus';

/** What the model holds besides the text and its line index, as plain data. */
function modelOf(text: string, readWholeUnits: boolean): unknown {
  const { text: _text, lines: _lines, ...model } = parse(text, { readWholeUnits });
  return JSON.parse(JSON.stringify(model));
}

const unitPieces = [
  '<span data-ttu-id="646d1-104">Tere.</span><span class="sxs-lookup"><span data-stu-id="646d1-104">Hello.</span></span>',
  '<span data-ttu-id="646d1-105">',
  '</span><span class="sxs-lookup"><span data-stu-id="646d1-105">',
  '<span data-ttu-id="646d1-104">',
  '<span data-ttu-id="646d1-p7">',
  '<span data-ttu-id="ZZ-1">',
  '</span>',
  '<span class="sxs-lookup">',
  '<span data-stu-id="646d1-104">',
  '<span data-stu-id="646d1-105">',
  '</span></span>',
  '<span>',
  '<b>',
  '`',
  '```\n',
  '\n',
  '&quot;',
  '<span data-ttu-id=&quot;646d1-9&quot;>',
  'text ',
  'Ünïcödé 文字 ',
  '<',
];

describe('whole canonical units', () => {
  test('every corpus article reads the same both ways', () => {
    const files = [...seedFiles(), ...corpusFiles().map((file) => file.absolutePath)];
    assert.ok(files.length > 2);
    for (const path of files) {
      const text = readArticleText(path);
      assert.deepStrictEqual(modelOf(text, true), modelOf(text, false), path);
    }
  });

  test('random sequences of unit pieces read the same both ways', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...unitPieces), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepStrictEqual(modelOf(text, true), modelOf(text, false));
      }),
      { numRuns: 2000 },
    );
  });

  test('a canonical unit is read at once and gives its six tags', () => {
    const text =
      'A <span data-ttu-id="646d1-104">Tere.</span><span class="sxs-lookup"><span data-stu-id="646d1-104">Hello.</span></span>\n';
    const [unit] = parse(text).units;
    assert.ok(unit);
    assert.equal(text.slice(unit.target.start, unit.target.end), 'Tere.');
    assert.equal(text.slice(unit.lookup!.source.start, unit.lookup!.source.end), 'Hello.');
    assert.equal(text.slice(unit.lookup!.openTag.start, unit.lookup!.openTag.end), '<span class="sxs-lookup">');
    assert.equal(
      text.slice(unit.lookup!.sourceOpenTag!.start, unit.lookup!.sourceOpenTag!.end),
      '<span data-stu-id="646d1-104">',
    );
    assert.equal(text.slice(unit.span.start, unit.span.end), text.slice(2, -1));
    assert.deepStrictEqual(modelOf(text, true), modelOf(text, false));
  });
});

const WELL_FORMED_ID = /^([0-9a-fA-F]+)-(p?)(\d+)$/;

/** The definition the hand-written reader implements. */
function referenceUnitId(rawValue: string): Omit<UnitId, 'span'> {
  const value = /["&\s]/.test(rawValue) ? rawValue.replace(/&quot;|"/g, '').trim() : rawValue;
  const match = WELL_FORMED_ID.exec(value);
  if (!match) return { value, kind: 'malformed' };
  return {
    value,
    kind: match[2] ? 'paragraph' : 'numbered',
    prefix: match[1]!.toLowerCase(),
    number: Number(match[3]),
  };
}

describe('unit IDs', () => {
  const span = { start: 0, end: 0 };
  test('read as the regular expression defines them', () => {
    const idCharacter = fc.constantFrom(...'0123456789abcdefABCDEFpPx- _"&\u0660'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(idCharacter, { maxLength: 30 }).map((parts) => parts.join('')),
          fc.string({ maxLength: 20 }),
        ),
        (value) => {
          const { span: _span, ...read } = readUnitId(value, span);
          assert.deepStrictEqual(read, referenceUnitId(value), value);
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('well-formed, paragraph, malformed and very long numbers', () => {
    assert.deepStrictEqual(readUnitId('646D1-104', span), {
      value: '646D1-104',
      span,
      kind: 'numbered',
      prefix: '646d1',
      number: 104,
    });
    assert.deepStrictEqual(readUnitId('646d1-p108', span), {
      value: '646d1-p108',
      span,
      kind: 'paragraph',
      prefix: '646d1',
      number: 108,
    });
    for (const malformed of ['', '-1', '646d1-', '646d1-p', '646d1-1a', 'g6-1', '646d1--1', '646d1-P1'])
      assert.equal(readUnitId(malformed, span).kind, 'malformed', malformed);
    assert.equal(readUnitId('a-123456789012345678901', span).number, Number('123456789012345678901'));
    assert.equal(readUnitId(' &quot;646d1-3&quot; ', span).value, '646d1-3');
  });
});

describe('remembered inline readings', () => {
  test('are the readings of the very text, however many texts came between', () => {
    const files = [...seedFiles(), ...corpusFiles().map((file) => file.absolutePath)];
    // Twice over: the second pass finds most readings remembered, some since dropped with an older generation.
    for (let pass = 0; pass < 2; pass++) {
      for (const path of files) {
        for (const pair of unitPairs(parse(readArticleText(path)))) {
          assert.deepStrictEqual(pair.targetScan, scanInline(pair.target));
          assert.deepStrictEqual(pair.sourceScan, scanInline(pair.source));
        }
      }
    }
  });
});

describe('blank texts', () => {
  const BLANK = /^(?:\s|&nbsp;|&#160;|&#x[aA]0;|[\u200b-\u200f\u2060\ufeff])*$/u;
  test('are told as the expression tells them, whatever their first character', () => {
    const pieces = [
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u200b',
      '\u200f',
      '\u2028',
      '\u202f',
      '\u205f',
      '\u2060',
      '\u3000',
      '\ufeff',
      '&nbsp;',
      '&#160;',
      '&#xA0;',
      '&amp;',
      'a',
      '文',
      '\u007f',
      '\u0085',
      '\ud800',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join('')),
          fc.string({ maxLength: 4 }),
        ),
        (text) => {
          assert.equal(isBlank(text), BLANK.test(text), JSON.stringify(text));
        },
      ),
      { numRuns: 5000 },
    );
    for (let code = 0; code <= 0xffff; code++) {
      const text = String.fromCharCode(code);
      assert.equal(isBlank(text), BLANK.test(text), `U+${code.toString(16)}`);
    }
  });
});

describe('remembered code-unit tests', () => {
  test('answer as their expression for every code unit, asked twice', () => {
    for (const pattern of [/[\p{L}\p{N}]/u, /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u]) {
      const remembered = rememberedCodeUnitTest(pattern);
      for (let pass = 0; pass < 2; pass++) {
        for (let code = 0; code <= 0xffff; code++)
          assert.equal(remembered(code), pattern.test(String.fromCharCode(code)), `${pattern} U+${code.toString(16)}`);
      }
    }
  });
});
