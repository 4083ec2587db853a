/**
 * The Bilingual Editor's edit computation over real articles: a target set through it re-reads as exactly what was
 * typed, with every other byte of the article unchanged, for every unit of every corpus file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EditedPiece, TextPiece } from '../../shared/protocol';
import { displayText, targetChange, targetTextAfterEdit, unwritableEdit } from '../../shared/targetEdit';
import { parse } from '../../server/src/core/parse';
import { sliceOf, type BilingualDocument } from '../../server/src/core/model';
import { textPieces } from '../../server/src/core/editing/textPieces';
import { targetReadOnlyReason } from '../../server/src/core/editing/editable';
import { corpusFiles, readArticleText, seedFiles } from './support/corpus';

const files = corpusFiles();

/** What a translator might type: markup characters, a table pipe, right-to-left and astral characters. */
const TYPED = 'Ouvrez <Paramètres> & cliquez | choisissez *tout* \\ مرحبا بالعالم שלום 😀 𝒳 C:\\';

function fileNamed(name: string): string {
  const file = files.find((candidate) => candidate.fileName === name);
  assert.ok(file, `${name} is in the corpus`);
  return readArticleText(file.absolutePath);
}

const asEdited = (pieces: readonly TextPiece[]): EditedPiece[] =>
  pieces.map((piece) => (piece.kind === 'text' ? { kind: 'text', text: piece.text } : markupOf(piece.raw)));

function markupOf(raw: string): EditedPiece {
  return { kind: 'markup', raw };
}

/** The article with each edited unit's inner target replaced, exactly as the editor's edit replaces it. */
function withTargets(document: BilingualDocument, newTargets: ReadonlyMap<number, string>): string {
  let text = '';
  let at = 0;
  for (const [index, target] of [...newTargets].sort(([a], [b]) => a - b)) {
    const unit = document.units[index]!;
    text += document.text.slice(at, unit.target.start) + target;
    at = unit.target.end;
  }
  return text + document.text.slice(at);
}

/**
 * The re-read article has the same units with the same IDs, and every byte outside the inner targets (tags,
 * sources, the text between units) is the original's, found through the new reading's own offsets.
 */
function assertSameOutsideTargets(before: BilingualDocument, after: BilingualDocument, label: string): void {
  assert.equal(after.units.length, before.units.length, `${label}: unit count`);
  let beforeAt = 0;
  let afterAt = 0;
  for (const unit of after.units) {
    const original = before.units[unit.index]!;
    assert.equal(unit.id.value, original.id.value, `${label}: ID of unit ${unit.index}`);
    const bytesBefore = before.text.slice(beforeAt, original.target.start);
    assert.equal(after.text.slice(afterAt, unit.target.start), bytesBefore, `${label}: bytes before ${unit.id.value}`);
    beforeAt = original.target.end;
    afterAt = unit.target.end;
  }
  assert.equal(after.text.slice(afterAt), before.text.slice(beforeAt), `${label}: bytes after the last unit`);
}

function editableUnits(document: BilingualDocument) {
  return document.units.filter((unit) => targetReadOnlyReason(document, unit) === null);
}

describe('Setting targets through the edit computation, for every unit of every corpus file', () => {
  test('Should re-read each target as exactly the text typed, with every other byte unchanged', () => {
    let edited = 0;
    for (const file of files) {
      const before = parse(readArticleText(file.absolutePath));
      const units = editableUnits(before);
      const typed = (unit: (typeof units)[number]): string =>
        targetTextAfterEdit(textPieces(sliceOf(before.text, unit.target)), [{ kind: 'text', text: TYPED }]);
      const newTargets = new Map(units.map((unit) => [unit.index, typed(unit)]));
      const after = parse(withTargets(before, newTargets));
      assertSameOutsideTargets(before, after, file.manifestPath);
      for (const unit of units) {
        const pieces = textPieces(sliceOf(after.text, after.units[unit.index]!.target));
        assert.equal(displayText(pieces), TYPED, `${file.manifestPath} ${unit.id.value}`);
        edited++;
      }
    }
    assert.ok(edited > 1000, `${edited} units edited`);
  });

  test('Should keep every markup piece byte for byte when only the text between them changes', () => {
    for (const file of files) {
      const before = parse(readArticleText(file.absolutePath));
      const units = editableUnits(before);
      const newTargets = new Map<number, string>();
      const expected = new Map<number, string>();
      for (const unit of units) {
        const pieces = textPieces(sliceOf(before.text, unit.target));
        const edited = pieces.map((piece): EditedPiece =>
          piece.kind === 'text' ? { kind: 'text', text: TYPED } : markupOf(piece.raw),
        );
        const target = targetTextAfterEdit(pieces, edited);
        let at = 0;
        for (const piece of pieces) {
          if (piece.kind !== 'markup') continue;
          const found = target.indexOf(piece.raw, at);
          assert.ok(found >= 0, `${file.manifestPath} ${unit.id.value}: ${piece.raw} is kept`);
          at = found + piece.raw.length;
        }
        newTargets.set(unit.index, target);
        expected.set(unit.index, displayText(edited));
      }
      const after = parse(withTargets(before, newTargets));
      assertSameOutsideTargets(before, after, file.manifestPath);
      for (const [index, shown] of expected) {
        const reread = displayText(textPieces(sliceOf(after.text, after.units[index]!.target)));
        assert.equal(reread, shown, `${file.manifestPath} ${before.units[index]!.id.value}`);
      }
    }
  });

  test('Should change nothing at all when the pieces come back unchanged', () => {
    for (const file of files) {
      const document = parse(readArticleText(file.absolutePath));
      for (const unit of document.units) {
        const raw = sliceOf(document.text, unit.target);
        const pieces = textPieces(raw);
        assert.equal(targetTextAfterEdit(pieces, asEdited(pieces)), raw, `${file.manifestPath} ${unit.id.value}`);
        assert.equal(targetChange(pieces, asEdited(pieces)), null);
      }
    }
  });

  test('Should edit one unit alone and leave the rest of the article as it was (small articles, unit by unit)', () => {
    const small = files.filter((file) => file.units <= 60);
    assert.ok(small.length >= 5, `${small.length} small articles`);
    for (const file of small) {
      const before = parse(readArticleText(file.absolutePath));
      for (const unit of editableUnits(before)) {
        const pieces = textPieces(sliceOf(before.text, unit.target));
        const change = targetChange(pieces, [{ kind: 'text', text: TYPED }]);
        assert.ok(change, `${unit.id.value} changes`);
        const start = unit.target.start + change.start;
        const end = unit.target.start + change.end;
        const after = parse(before.text.slice(0, start) + change.newText + before.text.slice(end));
        assertSameOutsideTargets(before, after, `${file.manifestPath} ${unit.id.value}`);
        for (const other of after.units) {
          const shown = displayText(textPieces(sliceOf(after.text, other.target)));
          if (other.index === unit.index) assert.equal(shown, TYPED);
          else assert.equal(sliceOf(after.text, other.target), sliceOf(before.text, before.units[other.index]!.target));
        }
      }
    }
  });

  test('Should find every corpus target editable, and refuse a target whose span is never closed', () => {
    const readOnly = files.flatMap((file) => {
      const document = parse(readArticleText(file.absolutePath));
      const refused = document.units.filter((unit) => targetReadOnlyReason(document, unit) !== null);
      return refused.map((unit) => `${file.fileName} ${unit.id.value}`);
    });
    // Every target of the corpus, anomalies included, is closed and holds no unit markup of its own.
    assert.deepEqual(readOnly, []);
    const text = readArticleText(seedFiles()[0]!);
    const close = text.indexOf('</span><span class="sxs-lookup">');
    const broken = parse(text.slice(0, close) + text.slice(close + '</span>'.length));
    const unclosed = broken.units.find((unit) => !unit.targetCloseTag);
    assert.ok(unclosed, 'cutting a </span> leaves a target unclosed');
    assert.match(targetReadOnlyReason(broken, unclosed) ?? '', /never closed/);
  });
});

describe('The edit computation', () => {
  const raw = targetOf('Dynamics-365-Operations__inventory-visibility.md', '13466-177');

  function targetOf(name: string, id: string): string {
    const document = parse(fileNamed(name));
    const unit = document.units.find((candidate) => candidate.id.value === id);
    assert.ok(unit, `${id} is a unit of ${name}`);
    return sliceOf(document.text, unit.target);
  }

  test('Should rewrite only the changed middle and keep the bytes before and after it', () => {
    const pieces = textPieces(raw);
    const edited = asEdited(pieces);
    const last = edited.length - 1;
    edited[last] = { kind: 'text', text: ' & <b>.' };
    const change = targetChange(pieces, edited);
    // The final `.` was kept, so the new text goes in before it.
    assert.deepEqual(change, { start: raw.length - 1, end: raw.length - 1, newText: ' &amp; &lt;b&gt;' });
    assert.equal(targetTextAfterEdit(pieces, edited), raw.slice(0, -1) + ' &amp; &lt;b&gt;.');
  });

  test('Should let markup pieces be moved and deleted whole', () => {
    const pieces = textPieces(raw);
    const withoutEmphasis = asEdited(pieces).filter((piece) => piece.kind === 'text' || piece.raw !== '**');
    const target = targetTextAfterEdit(pieces, withoutEmphasis);
    assert.equal(target, raw.replaceAll('**', ''));
  });

  test('Should write a backslash that would escape what follows as &#92;, and keep one that escapes nothing', () => {
    const pieces = textPieces('Polku');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: 'C:\\Temp\\' }]), 'C:\\Temp&#92;');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: 'a\\<b' }]), 'a&#92;&lt;b');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: 'a\\' }, markupOf('**')]), 'a&#92;**');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: 'a\\b `x`' }]), 'a\\b &#96;x&#96;');
  });

  test('Should write a ] before ( as &#93;, so typed text never makes a link destination that reads escaped', () => {
    const pieces = textPieces('Polku');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: '[a](b&c)' }]), '[a&#93;(b&amp;c)');
    assert.equal(displayText(textPieces('[a&#93;(b&amp;c)')), '[a](b&c)');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: '[a] (b)' }]), '[a] (b)');
  });

  test('Should rewrite a kept bare & or backslash that new text would join into a reference or an escape', () => {
    const pieces = textPieces('A & B');
    assert.equal(targetTextAfterEdit(pieces, [{ kind: 'text', text: 'A &lt;' }]), 'A &amp;lt;');
    const escaped = textPieces('a\\ &lt;');
    assert.equal(targetTextAfterEdit(escaped, [{ kind: 'text', text: 'a\\<' }]), 'a&#92;&lt;');
  });

  test('Should turn typed and pasted line breaks into spaces, and keep the line breaks left as they were', () => {
    const typed = (original: string, text: string): string =>
      targetTextAfterEdit(textPieces(original), [{ kind: 'text', text }]);
    assert.equal(typed('x', 'one\ntwo\r\nthree\rfour'), 'one two three four');
    assert.equal(typed('one\ntwo', 'one\ntwo, three'), 'one\ntwo, three');
  });

  test('Should never split a surrogate pair between kept and written text', () => {
    const pieces = textPieces('𝒳');
    assert.deepEqual(targetChange(pieces, [{ kind: 'text', text: '𝒴' }]), { start: 0, end: 2, newText: '𝒴' });
  });

  test('Should re-read any mix of typed text and moved or deleted markup as the grid showed it', () => {
    const fragment = fc.constantFrom(
      ...['a', 'D', '#', ' ', '<', '>', '&', '&lt;', '&amp;', '&#92;', '&nbsp;', ';', '\\', '\\*', '`', '``'],
      ...['*', '**', '_', '|', '[', ']', '(', ')', '](x)', '"', '!', '<b>', '</b>', '<br/>', '`c`', 'ش', '😀'],
      ...['[!NOTE]', '<!'],
      ...['<!--', '-->', '<?', '?>', '<code>', '</code>', '&#96;', '&#93;', '![', '=', '<a href="x">'],
    );
    const step = fc.tuple(fc.nat(), fc.nat(), fc.array(fragment, { maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), fc.array(step, { maxLength: 4 }), (parts, steps) => {
        const pieces = textPieces(parts.join(''));
        const edited = asEdited(pieces);
        for (const [at, what, typed] of steps) {
          if (what % 3 === 0) edited.splice(at % (edited.length + 1), 0, { kind: 'text', text: typed.join('') });
          else if (what % 3 === 1 && edited.length > 0) edited.splice(at % edited.length, 1);
          else if (edited.length > 0) edited.splice(what % edited.length, 0, ...edited.splice(at % edited.length, 1));
        }
        if (unwritableEdit(pieces, edited) !== null) return;
        assert.equal(displayText(textPieces(targetTextAfterEdit(pieces, edited))), displayText(edited));
      }),
      { numRuns: 5000 },
    );
  });

  test('Should refuse to write code tokens whose backticks would touch or that changed order', () => {
    const pieces = textPieces('Käytä `Get-Item` ja `Set-Item`.');
    const [, first, , second] = asEdited(pieces);
    assert.equal(unwritableEdit(pieces, asEdited(pieces)), null);
    assert.deepEqual(unwritableEdit(pieces, [first!, second!]), {
      kind: 'touchingBackticks',
      first: '`Get-Item`',
      second: '`Set-Item`',
    });
    assert.equal(unwritableEdit(pieces, [first!, { kind: 'text', text: ' ' }, second!]), null);
    const swapped = unwritableEdit(pieces, [second!, { kind: 'text', text: ' ' }, first!]);
    assert.deepEqual(swapped, { kind: 'codeOrder' });
    assert.equal(unwritableEdit(pieces, [{ kind: 'text', text: 'ja ' }, second!]), null, 'deleting code is fine');
  });

  test('Should re-read whatever text is typed into a real target as that text', () => {
    const pieces = textPieces(raw);
    const typed = fc.array(
      fc.constantFrom(
        ...['a', ' ', '<', '>', '&', '&lt;', '&#92;', ';', '\\', '`', '*', '_', '|', '[', ']', '(', ')', '"', '!'],
        ...[':', '@', 'ش', 'ש', '😀', '\u200f'],
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(typed, fc.integer({ min: 0, max: pieces.length }), (parts, at) => {
        const text = parts.join('');
        const edited = asEdited(pieces);
        edited.splice(at, 0, { kind: 'text', text });
        assert.equal(displayText(textPieces(targetTextAfterEdit(pieces, edited))), displayText(edited));
      }),
      { numRuns: 1000 },
    );
  });
});
