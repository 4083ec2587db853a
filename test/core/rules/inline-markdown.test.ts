import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanInline } from '../../../server/src/core/rules/translation/inlineMarkdown';

const codes = (text: string) => scanInline(text).codeSpans.map((span) => span.code);
const destinations = (text: string) =>
  scanInline(text).destinations.map((destination) => `${destination.kind}:${destination.text}`);
const numbers = (text: string) => scanInline(text).numbers.map((token) => token.text);
const emphasis = (text: string) => {
  const scan = scanInline(text);
  return { bold: scan.bold, italic: scan.italic };
};

describe('inline Markdown reader', () => {
  test('Should close a code span only with a backtick string of the same length', () => {
    assert.deepEqual(codes('``a ` b`` and `c` and ```d``'), ['a ` b', 'c']);
    assert.deepEqual(codes('`unclosed and ``two``'), ['two']);
  });

  test('Should not open code at an escaped backtick, but let the rest of its string open one', () => {
    assert.deepEqual(codes('\\`not code\\` and \\``code`'), ['code']);
    assert.deepEqual(codes('\\`        | Grave accent marks \\` (ASCII 96)'), []);
  });

  test('Should read code inside <code> tags', () => {
    assert.deepEqual(codes('Run <code>Get-AzVM</code> now'), ['Get-AzVM']);
  });

  test('Should find the destinations of links, images, includes, autolinks, bare URLs, HTML and references', () => {
    assert.deepEqual(
      destinations(
        '[a](https://x.y/a "T") ![b](media/b.png) [!INCLUDE[c](../c.md)] <https://x.y/d> see https://x.y/e. ' +
          '<a href="f.md">f</a> <img src=\'g.png\'> [h][Label] [i](<j k.md>) [(https://x.y/l)](https://x.y/l) [m](n_(1).md)',
      ),
      [
        'link:https://x.y/a',
        'link:media/b.png',
        'link:../c.md',
        'autolink:https://x.y/d',
        'autolink:https://x.y/e',
        'html:f.md',
        'html:g.png',
        'reference:Label',
        'link:j k.md',
        'autolink:https://x.y/l',
        'link:https://x.y/l',
        'link:n_(1).md',
      ],
    );
  });

  test('Should read numbers with their separators, and not digits in words, URLs, tags or entities', () => {
    assert.deepEqual(numbers('1,234.5 and 1.234,5 and 1 234,5 and 1&nbsp;234 and 10.0.1234'), [
      '1,234.5',
      '1.234,5',
      '1\u00a0234,5',
      '1\u00a0234',
      '10.0.1234',
    ]);
    assert.deepEqual(numbers('Win32 x64 https://x.y/1 <a name="s2"> &#160; `7`'), []);
    assert.deepEqual(numbers('第2章 と ２つ 和 ٣'), ['2', '2', '3']);
    assert.deepEqual(numbers('Windows 10 2004 and version 2 of 3.'), ['10', '2004', '2', '3']);
  });

  test('Should count emphasis by the CommonMark flanking rules', () => {
    assert.deepEqual(emphasis('**bold** *italic* __bold__ _italic_'), { bold: 2, italic: 2 });
    assert.deepEqual(emphasis('snake_case_name and 2 * 3 * 4 and ** spaced **'), { bold: 0, italic: 0 });
    assert.deepEqual(emphasis('***both*** and **a *b* c**'), { bold: 2, italic: 2 });
    assert.deepEqual(emphasis('<strong>x</strong> <b>y</b> <em>z</em> <i>w</i>'), { bold: 2, italic: 2 });
    assert.deepEqual(emphasis('\\*\\*not bold\\*\\* and `*code*`'), { bold: 0, italic: 0 });
  });

  test('Should count includes, alert markers, line breaks and the pipes outside code', () => {
    const text = '[!NOTE] [!tip] [!INCLUDE[a](a.md)] a<br>b<br/>c<BR /> x | y \\| z `|` &#124;';
    const scan = scanInline(text);
    assert.equal(scan.includes, 1);
    assert.deepEqual([...scan.alerts], [['NOTE', 1], ['TIP', 1]]);
    assert.equal(scan.lineBreaks, 3);
    assert.deepEqual(scan.pipes, [text.indexOf('x | y') + 2]);
  });

  test('Should keep every place it reports inside the text, in order, for any mix of Markdown characters', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '`',
        '*',
        '_',
        '<',
        '>',
        '[',
        ']',
        '(',
        ')',
        '!',
        '\\',
        '|',
        '&',
        ';',
        '#',
        ' ',
        '\n',
        'a',
        'h',
        'ttps://',
        '1',
        ',',
        '.',
        '\u00a0',
        'br',
        'code',
        '第',
      ),
      maxLength: 200,
    });
    fc.assert(
      fc.property(markdownish, (text) => {
        const scan = scanInline(text);
        const spans = [
          ...scan.codeSpans.map((code) => code.span),
          ...scan.destinations.map((destination) => destination.span),
          ...scan.numbers.map((token) => token.span),
        ];
        for (const span of spans) assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length);
        for (let index = 1; index < scan.codeSpans.length; index++)
          assert.ok(scan.codeSpans[index - 1]!.span.end <= scan.codeSpans[index]!.span.start);
        for (const pipe of scan.pipes) assert.equal(text[pipe], '|');
        assert.ok(scan.bold >= 0 && scan.italic >= 0);
      }),
      { numRuns: 2000 },
    );
  });
});
