import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { translationRules } from '../../../server/src/core/rules/translation';
import { frontMatterRules } from '../../../server/src/core/rules/frontMatter';
import { article, unit } from './support';

// The guards are generous on purpose: they only catch a check that stopped being linear, which on inputs of this
// size takes minutes to hours, never seconds.
const GUARD = { timeout: 60_000 };
const TWO_MEGABYTES = 2_000_000;
const repeated = (piece: string) => piece.repeat(Math.ceil(TWO_MEGABYTES / piece.length)).slice(0, TWO_MEGABYTES);

function backtickStringsOfGrowingLength(): string {
  const pieces: string[] = [];
  let length = 0;
  for (let n = 1; length < TWO_MEGABYTES; n++) {
    const piece = `${'`'.repeat((n % 1000) + 1)}x`;
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('');
}

const HOSTILE_LINES: Record<string, string> = {
  'backtick strings that never close': backtickStringsOfGrowingLength(),
  'emphasis delimiters that never match': repeated('*_a'),
  'opening angle brackets': repeated('<a '),
  'link openings without destinations': repeated(']('),
  'reference openings': repeated(']['),
  'numbers with separators': repeated('1 234,'),
  'ampersands': repeated('&'),
  'spaces around one letter': `${repeated(' ')}x${repeated(' ')}`,
  'pipes': repeated('|'),
  'URL schemes': repeated('https://'),
  'backslashes': repeated('\\'),
  'CJK digits': repeated('第2章'),
};

describe('rules on hostile input', () => {
  for (const [name, line] of Object.entries(HOSTILE_LINES)) {
    test(`Should check a 2 MB table-row unit of ${name} in linear time`, GUARD, () => {
      const text = article(
        'fr-FR',
        '| a | b |',
        '|---|---|',
        `| ${unit('abcde-101', line, line.slice(0, TWO_MEGABYTES / 2))} |`,
      );
      const document = parse(text);
      assert.equal(document.units.length, 1);
      for (const rule of [...translationRules, ...frontMatterRules]) {
        for (const finding of rule.check(document, { locale: 'fr-fr' })) {
          assert.ok(
            finding.span.start >= 0 && finding.span.end <= text.length && finding.span.start <= finding.span.end,
            rule.code,
          );
        }
      }
    });
  }

  test('Should check 200,000 units in linear time', { timeout: 120_000 }, () => {
    const lines = ['---', 'ms.contentlocale: fi-FI', '---'];
    for (let index = 0; index < 200_000; index++)
      lines.push(unit(`abcde-${index + 100}`, `Osa ${index} **lihavoitu**.`, `Part ${index} **bold**.`));
    const document = parse(lines.join('\n'));
    assert.equal(document.units.length, 200_000);
    for (const rule of [...translationRules, ...frontMatterRules])
      assert.deepEqual(rule.check(document, { locale: 'fi-fi' }), [], rule.code);
  });
});
