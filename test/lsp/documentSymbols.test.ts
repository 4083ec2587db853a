import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { article, fixtureText, joinLines, parsedDocument, service } from './support/documents';
import { unit } from '../core/support/markup';

function outline(symbols: readonly DocumentSymbol[]): unknown[] {
  return symbols.map((symbol) => (symbol.children?.length ? { [symbol.name]: outline(symbol.children) } : symbol.name));
}

describe('document symbols', () => {
  test('Should list the units of a real article under its heading, with their ID and the first words of the target', () => {
    const symbols = service.getDocumentSymbols(
      parsedDocument(fixtureText('seeds/et-EE__self-service-password-reset.md')),
    );
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['# Iseteeninduslik paroolilähtestus (SSPR)'],
    );
    assert.deepEqual(
      symbols[0]!.children!.map((child) => [child.name, child.detail]),
      [
        ['646d1-102', 'Iseteeninduslik paroolilähtestus (SSPR)'],
        ['646d1-103', 'Klõpsake siin, et lubada kasutajatel oma…'],
        ['646d1-104', 'SSPR on administraatorite jaoks vaikimisi…'],
        ['646d1-105', 'Klõpsake siin, et registreerida oma SSPR-i…'],
        ['646d1-106', 'Lisateave'],
        ['646d1-107', 'Peamine SSPR-i seadistus – Kasutajatel oma…'],
        ['646d1-108', 'SSPR-i KKK'],
        ['646d1-109', 'SSPR-i tõrkeotsija'],
      ],
    );
  });

  test('Should nest headings by level and place each unit in the section it stands in', () => {
    const text = article(
      `# ${unit('a1b2c-101', 'Otsikko', 'Title')}`,
      '',
      unit('a1b2c-102', 'Johdanto.', 'Introduction.'),
      '',
      `## ${unit('a1b2c-103', 'Asennus', 'Setup')}`,
      '',
      unit('a1b2c-104', 'Asenna ensin.', 'Install first.'),
      '',
      `### ${unit('a1b2c-105', 'Vaatimukset', 'Requirements')}`,
      '',
      `## ${unit('a1b2c-106', 'Käyttö', 'Usage')}`,
      '',
    );
    const symbols = service.getDocumentSymbols(parsedDocument(text));
    assert.deepEqual(outline(symbols), [
      {
        '# Otsikko': [
          'a1b2c-101',
          'a1b2c-102',
          { '## Asennus': ['a1b2c-103', 'a1b2c-104', { '### Vaatimukset': ['a1b2c-105'] }] },
          { '## Käyttö': ['a1b2c-106'] },
        ],
      },
    ]);
    const setup = symbols[0]!.children![2]!;
    // The section runs from its heading to the end of its last unit, before the next heading of its level.
    assert.deepEqual(setup.range, { start: { line: 9, character: 0 }, end: { line: 13, character: 133 } });
    assert.deepEqual(setup.selectionRange, { start: { line: 9, character: 0 }, end: { line: 9, character: 121 } });
    const introduction = symbols[0]!.children![1]!;
    assert.deepEqual(introduction.selectionRange, {
      start: { line: 7, character: 19 },
      end: { line: 7, character: 28 },
    });
  });

  test('Should keep every child inside its parent range', () => {
    const symbols = service.getDocumentSymbols(
      parsedDocument(fixtureText('real/powerShell-Docs__everything-about-switch.md')),
    );
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
      a.line < b.line || (a.line === b.line && a.character <= b.character);
    const check = (parent: DocumentSymbol): number => {
      let count = 1;
      assert.ok(
        before(parent.range.start, parent.selectionRange.start) && before(parent.selectionRange.end, parent.range.end),
        parent.name,
      );
      for (const child of parent.children ?? []) {
        assert.ok(
          before(parent.range.start, child.range.start) && before(child.range.end, parent.range.end),
          `${child.name} in ${parent.name}`,
        );
        count += check(child);
      }
      return count;
    };
    assert.ok(symbols.reduce((sum, symbol) => sum + check(symbol), 0) > 100);
  });

  test('Should list nothing for Markdown without bilingual markup', () => {
    assert.deepEqual(service.getDocumentSymbols(parsedDocument(joinLines('# Title', '', '## Part', ''))), []);
  });
});
