import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addToWordList } from '../../server/src/core/wordListEdit';

/** The file after the edit, so each test shows the whole result byte for byte. */
function applied(text: string | undefined, locale: string, word: string): string {
  const change = addToWordList(text, locale, word);
  if (change.kind === 'create') return change.text;
  if (change.kind === 'edit')
    return text!.slice(0, change.edit.span.start) + change.edit.newText + text!.slice(change.edit.span.end);
  return change.kind;
}

describe('adding a word to the workspace word list', () => {
  test('Should create the file with the word under the locale when there is none', () => {
    const created = applied(undefined, 'et-EE', 'pilveteenus');
    assert.equal(created, '{\n  "words": {\n    "et-EE": ["pilveteenus"]\n  }\n}\n');
    assert.deepEqual(JSON.parse(created), { words: { 'et-EE': ['pilveteenus'] } });
  });

  test('Should add "words" after the last member, in the file\'s own indentation, touching nothing else', () => {
    const text = '{\n    "rules": { "id-order": "off" }\n}\n';
    assert.equal(
      applied(text, 'et-EE', 'pilveteenus'),
      '{\n    "rules": { "id-order": "off" },\n    "words": { "et-EE": ["pilveteenus"] }\n}\n',
    );
    assert.equal(applied('{}', 'de-DE', 'Kennwrt'), '{"words": { "de-DE": ["Kennwrt"] }}');
  });

  test('Should append to the list of the locale, matching its key whatever its case, and keep a BOM and CRLF', () => {
    const text = '\uFEFF{\r\n\t"words": {\r\n\t\t"*": ["Contoso"],\r\n\t\t"ET-ee": [ "lubatud" ]\r\n\t}\r\n}\r\n';
    assert.equal(
      applied(text, 'et-EE', 'pilveteenus'),
      '\uFEFF{\r\n\t"words": {\r\n\t\t"*": ["Contoso"],\r\n\t\t"ET-ee": [ "lubatud", "pilveteenus" ]\r\n\t}\r\n}\r\n',
    );
  });

  test('Should add the locale to "words" when it has no list yet, and fill an empty list', () => {
    assert.equal(
      applied('{ "words": { "*": ["Contoso"] } }', 'fi-FI', 'Dayforce'),
      '{ "words": { "*": ["Contoso"], "fi-FI": ["Dayforce"] } }',
    );
    assert.equal(applied('{ "words": {} }', 'fi-FI', 'Dayforce'), '{ "words": {"fi-FI": ["Dayforce"]} }');
    assert.equal(
      applied('{ "words": { "fi-FI": [] } }', 'fi-FI', 'Dayforce'),
      '{ "words": { "fi-FI": ["Dayforce"] } }',
    );
  });

  test('Should escape the word as JSON, and not add a word twice', () => {
    assert.equal(
      applied('{ "words": { "fr-FR": [] } }', 'fr-FR', 'l"exemple'),
      '{ "words": { "fr-FR": ["l\\"exemple"] } }',
    );
    assert.equal(applied('{ "words": { "fr-FR": ["mot"] } }', 'fr-FR', 'mot'), 'present');
  });

  test('Should leave a file alone that is not a JSON object, or whose "words" is not one', () => {
    assert.equal(applied('[1, 2]', 'fr-FR', 'mot'), 'unreadable');
    assert.equal(applied('{ "rules": ', 'fr-FR', 'mot'), 'unreadable');
    assert.equal(applied('{ "words": ["mot"] }', 'fr-FR', 'mot'), 'unreadable');
  });
});
