import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import type { BilingualDocument, TextSpan } from '../../server/src/core/model';
import { unit as unitLine } from './support/markup';

const joinLines = (...lines: string[]): string => lines.join('\n');


const FRONT_MATTER = joinLines('---', 'title: Test', 'ms.contentlocale: et-EE', 'ms.translationtype: HT', '---');

const slice = (document: BilingualDocument, span: TextSpan): string => document.text.slice(span.start, span.end);
const codes = (document: BilingualDocument): string[] => document.problems.map((problem) => problem.code);

describe('parse: units', () => {
  test('Should read a well-formed unit with its target, source, IDs and ranges', () => {
    const text = joinLines(FRONT_MATTER, '', unitLine('646d1-104', 'SSPR on lubatud.', 'SSPR is enabled.'));
    const document = parse(text);
    assert.equal(document.units.length, 1);
    const unit = document.units[0]!;
    assert.equal(unit.id.value, '646d1-104');
    assert.equal(unit.id.kind, 'numbered');
    assert.equal(unit.id.prefix, '646d1');
    assert.equal(unit.id.number, 104);
    assert.equal(slice(document, unit.target), 'SSPR on lubatud.');
    assert.equal(slice(document, unit.lookup!.source), 'SSPR is enabled.');
    assert.equal(unit.lookup!.sourceId!.value, '646d1-104');
    assert.equal(slice(document, unit.id.span), '646d1-104');
    assert.deepEqual(document.lines.rangeOf(unit.target), {
      start: { line: 6, character: 30 },
      end: { line: 6, character: 46 },
    });
    assert.equal(slice(document, unit.span), unitLine('646d1-104', 'SSPR on lubatud.', 'SSPR is enabled.'));
    assert.deepEqual(document.problems, []);
    assert.equal(document.locale, 'et-EE');
    assert.equal(document.translationType, 'HT');
    assert.equal(document.hasMarkup, true);
  });

  test('Should read a merged paragraph ID as a paragraph unit', () => {
    const document = parse(unitLine('9f8d8-p108', 'Lõik.', 'Paragraph.'));
    assert.equal(document.units[0]!.id.kind, 'paragraph');
    assert.equal(document.units[0]!.id.number, 108);
  });

  test('Should keep units on one line apart and in document order', () => {
    const document = parse(`- ${unitLine('a1b2c-1', 'Üks.', 'One.')}  ${unitLine('a1b2c-2', 'Kaks.', 'Two.')}`);
    assert.deepEqual(document.units.map((unit) => unit.id.value), ['a1b2c-1', 'a1b2c-2']);
    assert.deepEqual(document.units.map((unit) => slice(document, unit.target)), ['Üks.', 'Kaks.']);
  });

  test('Should read a unit whose text spans lines, with links, bold, <br/>, <a name> and <strong> inside', () => {
    const target =
      'Vaata **[juhendit](https://example.com/et-ee/x)**<br/>ja <strong>seda</strong> <a name="x"></a>\nteisel real.';
    const source =
      'See **[the guide](https://example.com/en-us/x)**<br/>and <strong>this</strong> <a name="x"></a>\non a second line.';
    const document = parse(unitLine('a1b2c-3', target, source));
    assert.equal(slice(document, document.units[0]!.target), target);
    assert.equal(slice(document, document.units[0]!.lookup!.source), source);
    assert.deepEqual(document.problems, []);
  });

  test('Should not read literal text like <DomainName>, \\<domain> or <= as tags', () => {
    const target = 'Sisestage <DomainName> ja \\<domain>, kui a <= b ja a <b c';
    const document = parse(unitLine('a1b2c-4', target, 'Type <DomainName> and \\<domain> when a <= b and a <b c'));
    assert.equal(document.units.length, 1);
    assert.equal(slice(document, document.units[0]!.target), target);
    assert.deepEqual(document.problems, []);
  });

  test('Should keep right-to-left marks and surrogate pairs inside the ranges', () => {
    const target = '\u200fמערכת 😀 ניהול\u200f';
    const document = parse(`${unitLine('a1b2c-5', target, 'System 😀 management')}\n`);
    assert.equal(slice(document, document.units[0]!.target), target);
    assert.deepEqual(document.lines.rangeOf(document.units[0]!.target).end, { line: 0, character: 28 + target.length });
  });
});

describe('parse: positions', () => {
  test('Should count lines at \\r\\n, \\n and \\r alike', () => {
    const text = `a\r\nb\nc\r${unitLine('a1b2c-1', 'T', 'S')}`;
    const document = parse(text);
    assert.deepEqual(document.lines.rangeOf(document.units[0]!.target).start, { line: 3, character: 28 });
  });

  test('Should give offsets in the text without the BOM when the editor drops it, and tolerate a BOM left in', () => {
    const withoutBom = joinLines(FRONT_MATTER, unitLine('a1b2c-1', 'T', 'S'));
    const withBom = `\ufeff${withoutBom}`;
    assert.equal(parse(withoutBom).units[0]!.target.start + 1, parse(withBom).units[0]!.target.start);
    assert.equal(parse(withBom).locale, 'et-EE');
  });
});

describe('parse: Markdown code', () => {
  test('Should not read unit markup inside a fenced code block as a unit, and report it', () => {
    const text = joinLines('```html', unitLine('a1b2c-1', 'T', 'S'), '```', unitLine('a1b2c-2', 'T2', 'S2'));
    const document = parse(text);
    assert.deepEqual(document.units.map((unit) => unit.id.value), ['a1b2c-2']);
    assert.deepEqual(codes(document), ['unit-in-code']);
    assert.equal(document.lines.rangeOf(document.problems[0]!.span).start.line, 1);
  });

  test('Should not take a fence inside an HTML comment block as a fence', () => {
    const text = joinLines(
      '<!--   ``` Powershell',
      'Connect-AzureAD',
      '     ``` -->',
      '',
      unitLine('a1b2c-1', 'T', 'S'),
    );
    const document = parse(text);
    assert.equal(document.units.length, 1);
    assert.deepEqual(document.problems, []);
  });

  test('Should not read tags inside inline code, and keep the code inside the target', () => {
    const target = 'Kasutage `<span data-x="1">` ja `<password>`';
    const document = parse(unitLine('a1b2c-1', target, 'Use `<span data-x="1">` and `<password>`'));
    assert.equal(slice(document, document.units[0]!.target), target);
    assert.deepEqual(document.problems, []);
  });

  test('Should not let a stray backtick in a target swallow the lookup', () => {
    const document = parse(unitLine('a1b2c-1', 'Kasutage `Get-Thing', 'Use `Get-Thing'));
    assert.equal(document.units.length, 1);
    assert.equal(slice(document, document.units[0]!.lookup!.source), 'Use `Get-Thing');
  });

  test('Should report a code block opened by a stray fence (a fence with an info string inside it)', () => {
    const text = joinLines('```', '', '```yaml', 'Type: X', '```', unitLine('a1b2c-1', 'T', 'S'));
    const document = parse(text);
    assert.deepEqual(codes(document), ['unbalanced-fence']);
    assert.equal(document.lines.rangeOf(document.problems[0]!.span).start.line, 2);
    assert.equal(document.units.length, 1);
  });
});

describe('parse: broken markup', () => {
  test('Should report a target without its lookup as missing-source', () => {
    const document = parse('<span data-ttu-id="a1b2c-1">Tekst</span> and more');
    assert.deepEqual(codes(document), ['missing-source']);
    assert.equal(slice(document, document.units[0]!.target), 'Tekst');
    assert.equal(document.units[0]!.lookup, undefined);
  });

  test('Should report a lookup with no target before it as orphan-source', () => {
    const document = parse('Text <span class="sxs-lookup"><span data-stu-id="a1b2c-1">Source</span></span>');
    assert.deepEqual(codes(document), ['orphan-source']);
    assert.equal(document.units.length, 0);
    assert.equal(slice(document, document.orphanSources[0]!.lookup.source), 'Source');
  });

  test('Should report a target that is never closed', () => {
    const document = parse(`<span data-ttu-id="a1b2c-1">Tekst\n\n${unitLine('a1b2c-2', 'T', 'S')}`);
    assert.deepEqual(codes(document), ['unclosed-span', 'missing-source']);
    assert.equal(document.units.length, 2);
    assert.equal(slice(document, document.units[1]!.target), 'T');
  });

  test('Should report a bare <span> inside a unit without nesting the units after it', () => {
    const text = joinLines(
      unitLine('a1b2c-1', 'AcquiredCompany.<span>com', 'AcquiredCompany.<span>com'),
      unitLine('a1b2c-2', 'T', 'S'),
    );
    const document = parse(text);
    assert.deepEqual(codes(document), ['unclosed-span', 'unclosed-span']);
    assert.equal(slice(document, document.units[0]!.target), 'AcquiredCompany.<span>com');
    assert.equal(slice(document, document.units[0]!.lookup!.source), 'AcquiredCompany.<span>com');
    assert.equal(slice(document, document.units[1]!.target), 'T');
  });

  test('Should read balanced plain spans inside a unit as text', () => {
    const document = parse(unitLine('a1b2c-1', '<span>https://x</span>', '<span>https://x</span>'));
    assert.deepEqual(document.problems, []);
    assert.equal(slice(document, document.units[0]!.target), '<span>https://x</span>');
  });

  test('Should report a </span> that closes nothing', () => {
    const document = parse(`${unitLine('a1b2c-1', 'T', 'S')}</span>`);
    assert.deepEqual(codes(document), ['unclosed-span']);
  });

  test('Should read &quot;-escaped tags as the tags they were meant to be, and offer the repair', () => {
    const text =
      '<span data-ttu-id=&quot;27db3-109&quot;>Jalus</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;27db3-109&quot;>Footer</span></span>';
    const document = parse(text);
    assert.equal(document.units.length, 1);
    assert.equal(document.units[0]!.id.value, '27db3-109');
    assert.equal(slice(document, document.units[0]!.id.span), '27db3-109');
    assert.equal(slice(document, document.units[0]!.lookup!.source), 'Footer');
    assert.deepEqual(codes(document), ['escaped-markup', 'escaped-markup', 'escaped-markup']);
    let repaired = text;
    const edits = document.problems
      .flatMap((problem) => problem.fix!.edits)
      .sort((a, b) => b.span.start - a.span.start);
    for (const edit of edits)
      repaired = repaired.slice(0, edit.span.start) + edit.newText + repaired.slice(edit.span.end);
    assert.equal(repaired, unitLine('27db3-109', 'Jalus', 'Footer'));
  });

  test('Should read a tag whose closing quote alone is escaped', () => {
    const document = parse(
      '<span data-ttu-id="f9e3a-155&quot;>Teksti (&quot;x").</span><span class="sxs-lookup"><span data-stu-id="f9e3a-155">Text.</span></span>',
    );
    assert.equal(document.units[0]!.id.value, 'f9e3a-155');
    assert.equal(slice(document, document.units[0]!.target), 'Teksti (&quot;x").');
    assert.deepEqual(codes(document), ['escaped-markup']);
  });
});

describe('parse: front matter', () => {
  test('Should report invalid YAML with its line and keep reading the body', () => {
    const text = joinLines('---', 'title: a', 'ms.contentlocale: [et-EE', '---', unitLine('a1b2c-1', 'T', 'S'));
    const document = parse(text);
    assert.deepEqual(codes(document), ['front-matter-invalid']);
    assert.ok(document.frontMatter?.error);
    assert.equal(document.units.length, 1);
    assert.equal(slice(document, document.units[0]!.target), 'T');
    assert.ok(document.lines.rangeOf(document.problems[0]!.span).start.line >= 2);
  });

  test('Should read a document with no front matter', () => {
    const document = parse(unitLine('a1b2c-1', 'T', 'S'));
    assert.equal(document.frontMatter, undefined);
    assert.equal(document.locale, undefined);
  });

  test('Should find the headings with unit markup reduced to the target text', () => {
    const text = joinLines(
      FRONT_MATTER,
      `# <a name="x"></a>${unitLine('a1b2c-1', 'Pealkiri', 'Title')}`,
      '',
      'Title two',
      '---',
    );
    const document = parse(text);
    assert.deepEqual(document.headings.map((heading) => [heading.level, heading.title]), [
      [1, 'Pealkiri'],
      [2, 'Title two'],
    ]);
  });
});

describe('parse: plain Markdown', () => {
  test('Should find no markup in a Markdown file without units', () => {
    const document = parse(joinLines('# Title', '', 'Some <span>text</span> and `code`.'));
    assert.equal(document.hasMarkup, false);
    assert.deepEqual(document.units, []);
  });

  test('Should parse an empty text', () => {
    const document = parse('');
    assert.equal(document.units.length, 0);
    assert.equal(document.hasMarkup, false);
  });
});
