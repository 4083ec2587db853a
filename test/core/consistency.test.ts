import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { ConsistencyIndex, LocaleIndexes, indexedUnitsOf } from '../../server/src/core/consistency';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { inconsistentSource } from '../../server/src/core/rules/consistency/inconsistentSource';
import { inconsistentTarget } from '../../server/src/core/rules/consistency/inconsistentTarget';
import { applyEdits, fixture, reportedUnits, runRule, withTarget } from './rules/support';

const estonian = fixture('seeds/et-EE__self-service-password-reset.md');
/** The seed with unit 646d1-104 translated another way, as a second translator might have. */
const reworded = withTarget(estonian, '646d1-104', () => 'SSPR on vaikimisi lubatud administraatoritele.');

/** The markup of one real unit of the seed, as written. */
function unitMarkup(id: string): string {
  const start = estonian.indexOf(`<span data-ttu-id="${id}">`);
  return estonian.slice(start, estonian.indexOf('</span></span>', start) + '</span></span>'.length);
}

function indexOf(documents: Record<string, string>): LocaleIndexes {
  const indexes = new LocaleIndexes();
  for (const [key, text] of Object.entries(documents)) {
    const document = parse(text);
    indexes.setDocument(key, document.locale!.toLowerCase(), indexedUnitsOf(document, key));
  }
  return indexes;
}

describe('consistency across units', () => {
  test('Should report the one article of three that translates a real unit otherwise, with the others as related', () => {
    const indexes = indexOf({ 'a.md': estonian, 'b.md': estonian, 'c.md': reworded });
    assert.deepEqual(indexes.findingsFor('a.md'), []);
    const [finding, ...rest] = indexes.findingsFor('c.md');
    assert.deepEqual(rest, []);
    assert.equal(finding!.code, 'inconsistent-target');
    assert.equal(finding!.unit.id, '646d1-104');
    assert.equal(
      finding!.message,
      "The source 'SSPR is enabled by default for Admins.' of unit 646d1-104 is translated otherwise elsewhere: " +
        "'SSPR on administraatorite jaoks vaikimisi lubatud.' (2 other units).",
    );
    assert.deepEqual(
      finding!.related.map((related) => related.document),
      ['a.md', 'b.md'],
    );
  });

  test('Should report both sides of a tie, and find the change of one document in the findings of another', () => {
    const indexes = indexOf({ 'a.md': estonian, 'c.md': reworded });
    assert.deepEqual(indexes.findingsFor('a.md').map((finding) => finding.unit.id), ['646d1-104']);
    indexes.setDocument('c.md', 'et-ee', indexedUnitsOf(parse(estonian), 'c.md'));
    assert.deepEqual(indexes.findingsFor('a.md'), []);
    indexes.removeDocument('c.md');
    assert.deepEqual(indexes.findingsFor('a.md'), []);
  });

  test('Should find per document, from the groups with several variants only, what each document alone finds', () => {
    const finnish = fixture('seeds/fi-FI__self-service-password-reset.md');
    const tied = withTarget(estonian, '646d1-105', () => 'Klõpsake siin.');
    const indexes = indexOf({ 'a.md': estonian, 'b.md': reworded, 'c.md': tied, 'fi.md': finnish });
    const byDocument = indexes.findingsByDocument();
    const describe = (findings: readonly { code: string; unit: { id: string }; message: string }[]) =>
      findings.map((finding) => `${finding.unit.id} ${finding.code} ${finding.message}`).sort();
    assert.ok(byDocument.size > 0);
    for (const key of ['a.md', 'b.md', 'c.md', 'fi.md']) {
      assert.deepEqual(describe(byDocument.get(key) ?? []), describe(indexes.findingsFor(key)), key);
    }
  });

  test('Should compare locales apart: a Finnish article is no other translation of an Estonian one', () => {
    const indexes = indexOf({ 'et.md': estonian, 'fi.md': fixture('seeds/fi-FI__self-service-password-reset.md') });
    assert.deepEqual(indexes.findingsFor('et.md'), []);
  });

  test('Should offer the other translation as a fix that gives back the article as it was', () => {
    const text = `${reworded}\n\n${unitMarkup('646d1-104').replaceAll('646d1-104', '646d1-140')}\n`;
    const checked = runRule(inconsistentTarget, text);
    assert.deepEqual(reportedUnits(inconsistentTarget, text), ['646d1-104', '646d1-140']);
    const fix = checked.findings[0]!.fixes![0]!;
    assert.equal(fix.title, "Use 'SSPR on administraatorite jaoks vaikimisi lubatud.' as in 1 other unit");
    assert.ok(applyEdits(text, fix.edits).startsWith(estonian));
    assert.deepEqual(checked.findings[0]!.related!.map((related) => related.message), [
      "Translated 'SSPR on administraatorite jaoks vaikimisi lubatud.' in unit 646d1-140.",
    ]);
  });

  test('Should report one translation standing for two sources, but not for sources that differ in punctuation', () => {
    const other = unitMarkup('646d1-108').replaceAll('646d1-108', '646d1-141');
    const differentSource = `${estonian}\n\n${other.replace('>SSPR FAQ<', '>SSPR troubleshooting<')}\n`;
    assert.deepEqual(reportedUnits(inconsistentSource, differentSource), ['646d1-108', '646d1-141']);
    const punctuated = `${estonian}\n\n${other.replace('>SSPR FAQ<', '>SSPR FAQ.<')}\n`;
    assert.deepEqual(reportedUnits(inconsistentSource, punctuated), []);
  });

  test('Should use the index it is given, and say which document a related unit is in', () => {
    const index = new ConsistencyIndex();
    const first = parse(estonian);
    const second = parse(reworded);
    index.setDocument('a.md', indexedUnitsOf(first, 'a.md'));
    index.setDocument('c.md', indexedUnitsOf(second, 'c.md'));
    const diagnostics = checkDocument(second, EMPTY_CONFIG, { acrossDocuments: { index, key: 'c.md' } });
    const inconsistent = diagnostics.filter((diagnostic) => diagnostic.code === 'inconsistent-target');
    assert.equal(inconsistent.length, 1);
    assert.deepEqual(inconsistent[0]!.related!.map((related) => related.document), ['a.md']);
    assert.deepEqual(
      checkDocument(second, EMPTY_CONFIG).filter((diagnostic) => diagnostic.code === 'inconsistent-target'),
      [],
    );
  });
});
