/**
 * The parser and the rules over real articles: every file of the corpus (22 locales, RTL and CJK, up to 1.3 MB)
 * and every anomaly found in the wild, at the lines MANIFEST.tsv gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import type { BilingualDocument } from '../../server/src/core/model';
import { segmentsOf } from '../../server/src/cli/segments';
import { corpusFiles, readArticleText, seedFiles, hasSharedCorpus } from './support/corpus';

const files = corpusFiles();
const documents = new Map<string, BilingualDocument>();
function documentOf(path: string): BilingualDocument {
  let document = documents.get(path);
  if (!document) {
    document = parse(readArticleText(path));
    documents.set(path, document);
  }
  return document;
}

/** Offsets of positions computed independently of LineIndex: the raw text split at every line break. */
function offsetFinder(text: string): (position: { line: number; character: number }) => number {
  const lineStarts = [0];
  for (const found of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(found.index + found[0].length);
  return ({ line, character }) => {
    assert.ok(line < lineStarts.length, `line ${line} is past the end`);
    return lineStarts[line]! + character;
  };
}

/** 1-based lines of a document's diagnostics of one code. */
function linesOf(document: BilingualDocument, code: string): number[] {
  return checkDocument(document, EMPTY_CONFIG)
    .filter((diagnostic) => diagnostic.code === code)
    .map((diagnostic) => document.lines.lineAt(diagnostic.span.start) + 1);
}

function anomaly(name: string): BilingualDocument {
  const file = files.find((candidate) => candidate.fileName === name);
  assert.ok(file, `${name} is in the corpus`);
  return documentOf(file.absolutePath);
}

/** Problems the corpus's well-formed files really have; each was read by hand. */
const KNOWN_PROBLEMS_OF_WELL_FORMED: Record<string, string[]> = {
  // The translation lost a closing fence: "``` powershell" on line 554 runs to "```" on 571, swallowing "```Output".
  'powerShell-Docs__everything-about-switch.md': ['unbalanced-fence@569', 'unbalanced-fence@588'],
};

describe(`corpus (${hasSharedCorpus ? 'shared corpus' : 'test/fixtures copies'}, ${files.length} files)`, () => {
  test('Should find the corpus', () => {
    assert.ok(files.length >= (hasSharedCorpus ? 80 : 15), `found ${files.length} files`);
  });

  test('Should read as many units as MANIFEST.tsv counts, in every file', () => {
    for (const file of files) assert.equal(documentOf(file.absolutePath).units.length, file.units, file.manifestPath);
  });

  test('Should read the locale and translation type of every file', () => {
    for (const file of files) {
      const document = documentOf(file.absolutePath);
      assert.equal(document.locale?.toLowerCase(), file.locale.toLowerCase(), file.manifestPath);
      assert.equal(document.translationType, file.translationType, file.manifestPath);
    }
  });

  test('Should give ranges whose text, found from the line and character alone, is the unit text', () => {
    for (const file of files) {
      const text = readArticleText(file.absolutePath);
      const offsetOf = offsetFinder(text);
      const document = documentOf(file.absolutePath);
      for (const segment of segmentsOf(document)) {
        const { start, end } = segment.targetRange;
        assert.equal(text.slice(offsetOf(start), offsetOf(end)), segment.target, `${file.manifestPath} ${segment.id}`);
        if (segment.sourceRange && segment.source !== null) {
          assert.equal(
            text.slice(offsetOf(segment.sourceRange.start), offsetOf(segment.sourceRange.end)),
            segment.source,
          );
        }
      }
    }
  });

  test('Should give every ID a span holding exactly the ID', () => {
    for (const file of files) {
      const document = documentOf(file.absolutePath);
      for (const unit of document.units) {
        for (const id of [unit.id, unit.lookup?.sourceId]) {
          if (id)
            assert.equal(document.text.slice(id.span.start, id.span.end), id.value, `${file.manifestPath} ${id.value}`);
        }
      }
    }
  });

  test('Should keep units in document order with ranges inside the text that do not overlap', () => {
    for (const file of files) {
      const document = documentOf(file.absolutePath);
      let previousEnd = 0;
      for (const unit of document.units) {
        assert.ok(unit.span.start >= previousEnd, `${file.manifestPath} ${unit.id.value} overlaps the unit before`);
        assert.ok(
          unit.target.start <= unit.target.end &&
            unit.target.end <= unit.span.end &&
            unit.span.end <= document.text.length,
        );
        previousEnd = unit.span.end;
      }
    }
  });

  test('Should find no markup problem in the well-formed files but the ones they really have', () => {
    for (const file of files.filter((candidate) => !candidate.anomaly)) {
      const document = documentOf(file.absolutePath);
      const found = document.problems.map(
        (problem) => `${problem.code}@${document.lines.lineAt(problem.span.start) + 1}`,
      );
      assert.deepEqual(found, KNOWN_PROBLEMS_OF_WELL_FORMED[file.fileName] ?? [], file.manifestPath);
    }
  });

  test('Should read the seed articles with no diagnostic at all', () => {
    for (const seed of seedFiles()) {
      const document = parse(readArticleText(seed));
      assert.deepEqual(checkDocument(document, EMPTY_CONFIG), [], seed);
      assert.ok(document.units.length > 0);
    }
  });
});

describe('real anomalies (MANIFEST.tsv), each at its lines', () => {
  test('Should report the entity-escaped closing quote of unit f9e3a-155 on line 77 and still read the unit', () => {
    const document = anomaly('Dynamics-365-Operations__inventory-settings.md');
    assert.deepEqual(linesOf(document, 'escaped-markup'), [77]);
    assert.ok(document.units.some((unit) => unit.id.value === 'f9e3a-155'));
  });

  test('Should report the escaped run of markup on lines 36 to 42 of the footer module article', () => {
    const lines = linesOf(anomaly('Dynamics-365-Operations__author-footer-module.md'), 'escaped-markup');
    assert.ok(lines.length > 0 && lines.every((line) => line >= 36 && line <= 42), String(lines));
    assert.ok(lines.includes(36) && lines.includes(42));
  });

  test('Should report the escaped markup on lines 44 to 49 and 63 to 68 of the Teams live events article', () => {
    const lines = linesOf(anomaly('OfficeDocs-SkypeForBusiness-pr__configure-teams-live-events.md'), 'escaped-markup');
    assert.ok(lines.every((line) => (line >= 44 && line <= 49) || (line >= 63 && line <= 68)), String(lines));
    assert.ok(lines.includes(44) && lines.includes(63));
  });

  test('Should report the escaped units cbbed-122 (line 55) and cbbed-123 (line 57), not the code after them', () => {
    assert.deepEqual(
      [
        ...new Set(
          linesOf(
            anomaly('office-developer-client-docs__how-to-search-and-obtain-appointments-in-a-time-range.md'),
            'escaped-markup',
          ),
        ),
      ],
      [55, 57],
    );
  });

  test('Should report the bare never-closed <span>s on lines 33 and 35 without nesting the later units', () => {
    const document = anomaly('OfficeDocs-SkypeForBusiness-pr__cloud-consolidation-edge-certificates.md');
    assert.deepEqual([...new Set(linesOf(document, 'unclosed-span'))], [33, 35]);
    assert.deepEqual(linesOf(document, 'missing-source'), []);
    assert.deepEqual(
      document.units.map((unit) => unit.id.value),
      Array.from({ length: 15 }, (_, i) => `fbea0-${103 + i}`),
    );
  });

  test('Should report the invalid <span/> of units 66408-192 and -193 on line 127, and accept the balanced wrappers on 109 to 111', () => {
    const document = anomaly('OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md');
    assert.deepEqual([...new Set(linesOf(document, 'unclosed-span'))], [127]);
    const unitsOnLine127 = document.problems
      .filter((problem) => problem.code === 'unclosed-span')
      .map((problem) => document.units[problem.unitIndex!]!.id.value);
    assert.deepEqual([...new Set(unitsOnLine127)], ['66408-192', '66408-193']);
  });

  test('Should report the stray code fence of the data share article (the ```yaml that cannot close the block on line 156)', () => {
    // MANIFEST.tsv counts fence lines by parity; by CommonMark the fence on line 154 opens a block that "```yaml"
    // cannot close, and the "```" on 166 closes it, so the units on 168-169 are text.
    const document = anomaly('azure-docs-powershell__Remove-AzDataShare.md');
    assert.deepEqual(linesOf(document, 'unbalanced-fence'), [156]);
    assert.equal(document.units.length, 70);
  });

  test('Should report the empty sources of units 7ee7a-111, -116 and -121 on lines 29 to 31', () => {
    assert.deepEqual(
      linesOf(
        anomaly(
          'office-developer-client-docs__custom-date-and-time-formats-for-the-format-function-access-custom-web-app.md',
        ),
        'empty-source',
      ),
      [29, 30, 31],
    );
  });

  test('Should report the empty sources of the anchor-only units on lines 40, 53, 70 and 79', () => {
    assert.deepEqual(
      linesOf(anomaly('OfficeDocs-SkypeForBusiness-pr__set-up-audio-conferencing.md'), 'empty-source'),
      [40, 53, 70, 79],
    );
  });

  test('Should report the table pipe inside unit e4880-142 on line 60', () => {
    assert.ok(
      linesOf(anomaly('Dynamics-365-Operations__transportation-management-engines.md'), 'table-pipe').includes(60),
    );
  });

  test('Should report the unit 08da8-129 that straddles a table cell on line 38', () => {
    assert.ok(linesOf(anomaly('win32-pr__maskededit-control.md'), 'table-pipe').includes(38));
  });

  test('Should report untranslated English prose in the German security guide, 46270-p106 on line 50 among them', () => {
    const lines = linesOf(
      anomaly('OfficeDocs-SkypeForBusiness__security-guide-for-skype-for-business-online.md'),
      'untranslated',
    );
    for (const line of [36, 39, 47, 50, 66, 70]) assert.ok(lines.includes(line), `line ${line} in ${lines}`);
    assert.ok(lines.length >= 40 && lines.length <= 50, `${lines.length} untranslated`);
  });

  test('Should report the units whose "source" is the French text copied into the Japanese article', () => {
    const lines = linesOf(
      anomaly('OfficeDocs-SkypeForBusiness-pr__accessibility-declaration-of-conformance-in-france-for-teams.md'),
      'untranslated',
    );
    assert.ok(lines.length >= 200, `${lines.length} untranslated`);
  });
});
