import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { article, checkedDocument, fixtureText, joinLines, service } from './support/documents';

const MISMATCH = article(
  '# <span data-ttu-id="27db3-101">Sidefodsmodul</span><span class="sxs-lookup"><span data-stu-id="27db3-101">Footer module</span></span>',
  '',
  '<span data-ttu-id="27db3-110">Tilføj et link.</span><span class="sxs-lookup"><span data-stu-id="27db3-111">Add a link.</span></span>',
  '',
);

describe('diagnostics', () => {
  test("Should report id-mismatch on the source's ID with its code, severity, source and documentation link", () => {
    const diagnostics = service.getDiagnostics(checkedDocument(MISMATCH));
    assert.deepEqual(diagnostics, [
      {
        range: { start: { line: 7, character: 96 }, end: { line: 7, character: 105 } },
        severity: 1,
        code: 'id-mismatch',
        codeDescription: { href: 'file:///package/docs/rules/id-mismatch.md' },
        source: 'bilingual-docs',
        message: "The target's ID 27db3-110 differs from its source's ID 27db3-111.",
      },
    ]);
  });

  test('Should use the configured severity, and report nothing for a rule switched off', () => {
    const asWarning = service.getDiagnostics(checkedDocument(MISMATCH, { rules: { 'id-mismatch': 'warning' } }));
    assert.deepEqual(asWarning.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['id-mismatch', 2]]);
    const asHint = service.getDiagnostics(checkedDocument(MISMATCH, { rules: { 'id-mismatch': 'hint' } }));
    assert.deepEqual(asHint.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['id-mismatch', 4]]);
    assert.deepEqual(service.getDiagnostics(checkedDocument(MISMATCH, { rules: { 'id-mismatch': 'off' } })), []);
  });

  test('Should report nothing on Markdown without bilingual markup', () => {
    const plain = joinLines(
      '---',
      'title: Notes',
      '---',
      '# Notes',
      '',
      'A <span class="note">plain</span> article.',
      '',
    );
    assert.deepEqual(service.getDiagnostics(checkedDocument(plain)), []);
  });

  test('Should report the escaped tags of a real article at their places', () => {
    const article = fixtureText('anomalies/Dynamics-365-Operations__author-footer-module.md');
    const diagnostics = service.getDiagnostics(checkedDocument(article));
    const escaped = diagnostics.filter((diagnostic) => diagnostic.code === 'escaped-markup');
    assert.ok(escaped.length > 0);
    const lines = article.split(/\r\n|\r|\n/);
    for (const diagnostic of escaped) {
      const { start, end } = diagnostic.range;
      assert.equal(start.line, end.line);
      assert.match(lines[start.line]!.slice(start.character, end.character), /^<(span|a) [^>]*&quot;[^>]*>$/);
    }
  });
});
