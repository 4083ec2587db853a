import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../server/src/languageService';
import {
  applyEdits,
  article,
  checkedDocument,
  fixtureText,
  parsedDocument,
  positionOf,
  service,
} from './support/documents';

const URI = 'file:///articles/article.md';

function editsOf(action: CodeAction): TextEdit[] {
  return action.edit?.changes?.[URI] ?? [];
}

function cursorAt(text: string, needle: string, offset = 0): Range {
  const position = positionOf(text, needle, offset);
  return { start: position, end: position };
}

const BROKEN = article(
  '# <span data-ttu-id=&quot;27db3-109&quot;>Sidefodsmodul</span><span class="sxs-lookup"><span data-stu-id="27db3-109">Footer module</span></span>',
  '',
  '<span data-ttu-id="27db3-110">Tilføj et link.</span><span class="sxs-lookup"><span data-stu-id="27db3-111">Add a link.</span></span>',
  '',
);

describe('code actions', () => {
  test("Should offer both id-mismatch fixes, the source's ID first and preferred, each changing only that ID", () => {
    const document = checkedDocument(BROKEN);
    const actions = service.getCodeActions(document, { range: cursorAt(BROKEN, '27db3-111', 2), only: ['quickfix'] });
    assert.deepEqual(
      actions.map((action) => [
        action.title,
        action.kind,
        action.isPreferred,
        action.diagnostics?.map((diagnostic) => diagnostic.code),
      ]),
      [
        ["Change the source's ID to 27db3-110", 'quickfix', true, ['id-mismatch']],
        ["Change the target's ID to 27db3-111", 'quickfix', false, ['id-mismatch']],
        ['Suppress id-mismatch for unit 27db3-110', 'quickfix', undefined, ['id-mismatch']],
        ['Suppress id-mismatch in this file', 'quickfix', undefined, ['id-mismatch']],
      ],
    );
    assert.equal(
      applyEdits(BROKEN, editsOf(actions[0]!)),
      BROKEN.replace('data-stu-id="27db3-111"', 'data-stu-id="27db3-110"'),
    );
    assert.equal(
      applyEdits(BROKEN, editsOf(actions[1]!)),
      BROKEN.replace('data-ttu-id="27db3-110"', 'data-ttu-id="27db3-111"'),
    );
  });

  test("Should not offer to change the target's ID to an ID another unit already has", () => {
    // A real article whose lookup of 27db3-103 was copied from the next line: its source ID is 27db3-104's.
    const real = fixtureText('anomalies/Dynamics-365-Operations__author-footer-module.md');
    const copied = real.replace('data-stu-id="27db3-103"', 'data-stu-id="27db3-104"');
    const document = checkedDocument(copied);
    const actions = service.getCodeActions(document, {
      range: cursorAt(copied, 'data-stu-id="27db3-104"', 14),
      only: ['quickfix'],
    });
    const fixes = actions.filter(
      (action) => action.diagnostics?.[0]?.code === 'id-mismatch' && !action.title.startsWith('Suppress'),
    );
    assert.deepEqual(fixes.map((action) => action.title), ["Change the source's ID to 27db3-103"]);
    const fixed = applyEdits(copied, editsOf(fixes[0]!));
    assert.equal(fixed, real);
    const codes = (text: string) => service.getDiagnostics(checkedDocument(text)).map((diagnostic) => diagnostic.code);
    assert.ok(!codes(fixed).includes('id-mismatch') && !codes(fixed).includes('duplicate-id'));
    // Were the target renamed, the article would hold 27db3-104 twice.
    assert.ok(codes(copied.replace('data-ttu-id="27db3-103"', 'data-ttu-id="27db3-104"')).includes('duplicate-id'));
  });

  test('Should attach the same diagnostic the editor shows to a quick fix', () => {
    const document = checkedDocument(BROKEN);
    const [published] = service.getDiagnostics(document).filter((diagnostic) => diagnostic.code === 'id-mismatch');
    const [action] = service.getCodeActions(document, { range: cursorAt(BROKEN, '27db3-111'), only: ['quickfix'] });
    assert.deepEqual(action?.diagnostics, [published]);
  });

  test('Should unescape an escaped tag and change nothing else', () => {
    const document = checkedDocument(BROKEN);
    const [action] = service.getCodeActions(document, {
      range: cursorAt(BROKEN, 'data-ttu-id=&quot;', 3),
      only: ['quickfix'],
    });
    assert.equal(action?.title, 'Unescape the tag (&quot; → ")');
    assert.equal(
      applyEdits(BROKEN, editsOf(action!)),
      BROKEN.replace('<span data-ttu-id=&quot;27db3-109&quot;>', '<span data-ttu-id="27db3-109">'),
    );
  });

  test('Should offer no quick fix where no finding is', () => {
    const document = checkedDocument(BROKEN);
    assert.deepEqual(service.getCodeActions(document, { range: cursorAt(BROKEN, 'Tilføj'), only: ['quickfix'] }), []);
  });

  test('Should offer nothing for a range outside the document', () => {
    const document = checkedDocument(BROKEN);
    const past = { line: 8, character: 200 };
    assert.deepEqual(service.getCodeActions(document, { range: { start: { line: 7, character: 0 }, end: past } }), []);
    assert.deepEqual(
      service.getCodeActions(document, {
        range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      }),
      [],
    );
  });

  test('Should apply only safe fixes in fix-all', () => {
    const document = checkedDocument(BROKEN);
    const actions = service.getCodeActions(document, { range: cursorAt(BROKEN, 'Tilføj'), only: ['source.fixAll'] });
    assert.deepEqual(
      actions.map((action) => [action.kind, action.title]),
      [[FIX_ALL_KIND, 'Fix all safely fixable Bilingual Docs problems']],
    );
    // The escaped tag is unescaped; the ID mismatch has no safe fix and stays for the translator to decide.
    assert.equal(
      applyEdits(BROKEN, editsOf(actions[0]!)),
      BROKEN.replace('<span data-ttu-id=&quot;27db3-109&quot;>', '<span data-ttu-id="27db3-109">'),
    );
  });

  test('Should answer a request for all kinds with the quick fixes and the fix-all', () => {
    const document = checkedDocument(BROKEN);
    const actions = service.getCodeActions(document, { range: cursorAt(BROKEN, 'data-ttu-id=&quot;', 3) });
    assert.deepEqual(
      actions.map((action) => [action.kind, action.title]),
      [
        ['quickfix', 'Unescape the tag (&quot; → ")'],
        ['quickfix', 'Suppress escaped-markup in this file'],
        [FIX_ALL_KIND, 'Fix all safely fixable Bilingual Docs problems'],
      ],
    );
  });

  test('Should silence a finding with a suppression comment added at the end of the article, and change nothing else', () => {
    const document = checkedDocument(BROKEN);
    const actions = service.getCodeActions(document, { range: cursorAt(BROKEN, '27db3-111', 2), only: ['quickfix'] });
    for (const title of ['Suppress id-mismatch for unit 27db3-110', 'Suppress id-mismatch in this file']) {
      const action = actions.find((candidate) => candidate.title === title)!;
      const suppressed = applyEdits(BROKEN, editsOf(action));
      assert.ok(suppressed.startsWith(BROKEN), 'only appends');
      assert.match(
        suppressed.slice(BROKEN.length),
        /^<!-- bilingual-docs-disable-(unit 27db3-110|file) id-mismatch -->\n$/,
      );
      const codes = service.getDiagnostics(checkedDocument(suppressed)).map((diagnostic) => diagnostic.code);
      assert.ok(!codes.includes('id-mismatch'), `${title}: ${codes}`);
      assert.ok(codes.includes('escaped-markup'));
    }
  });

  test('Should offer no fix-all when nothing can be fixed safely', () => {
    const mismatchOnly = BROKEN.replace('<span data-ttu-id=&quot;27db3-109&quot;>', '<span data-ttu-id="27db3-109">');
    assert.deepEqual(
      service.getCodeActions(checkedDocument(mismatchOnly), {
        range: cursorAt(mismatchOnly, 'Tilføj'),
        only: ['source'],
      }),
      [],
    );
  });

  test('Should fix every escaped tag of a real article in one fix-all, leaving no escaped unit markup', () => {
    const article = fixtureText('anomalies/Dynamics-365-Operations__author-footer-module.md');
    const before = checkedDocument(article);
    const [fixAll] = service.getCodeActions(before, { range: cursorAt(article, '---'), only: ['source.fixAll'] });
    const fixed = applyEdits(article, editsOf(fixAll!));
    assert.equal(fixed, article.replace(/<(?:span|a) [^<>]*&quot;[^<>]*>/g, (tag) => tag.replaceAll('&quot;', '"')));
    const after = checkedDocument(fixed);
    assert.deepEqual(after.diagnostics.filter((diagnostic) => diagnostic.code === 'escaped-markup'), []);
  });

  test('Should skip a safe fix whose edits overlap one already taken', () => {
    const text = 'abcdefghij';
    const parsed = parsedDocument(text);
    const fix = (start: number, end: number, newText: string) => ({
      title: newText,
      edits: [{ span: { start, end }, newText }],
      safe: true,
    });
    const document = {
      ...parsed,
      model: { ...parsed.model, hasMarkup: true },
      diagnostics: [
        { code: 'a', severity: 'error' as const, message: 'a', span: { start: 0, end: 4 }, fixes: [fix(1, 3, 'X')] },
        { code: 'b', severity: 'error' as const, message: 'b', span: { start: 2, end: 5 }, fixes: [fix(2, 4, 'Y')] },
        { code: 'c', severity: 'error' as const, message: 'c', span: { start: 3, end: 4 }, fixes: [fix(3, 3, 'Z')] },
        {
          code: 'd',
          severity: 'error' as const,
          message: 'd',
          span: { start: 6, end: 8 },
          fixes: [fix(1, 1, 'W'), fix(6, 8, 'V')].map((f, i) => ({ ...f, safe: i === 1 })),
        },
      ],
    };
    const [fixAll] = service.getCodeActions(document, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      only: [FIX_ALL_KIND],
    });
    assert.equal(applyEdits(text, editsOf(fixAll!)), 'aXZdefVij');
  });
});
