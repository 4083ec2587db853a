/**
 * Properties of the quick fixes over real articles and random damage done to them: a fix changes only what it
 * names (never a character of another unit's target or source, never text of its own unit unless the rule is
 * about that text), and a fix applied once is done (the same fix is not offered again, or changes nothing).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { checkDocument } from '../../server/src/core/check';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import type { BilingualDocument, TextEdit } from '../../server/src/core/model';
import type { Diagnostic, Fix } from '../../server/src/core/rules/rule';
import { corpusFiles, readArticleText, seedFiles } from './support/corpus';

/** Rules whose fixes are meant to change the target text itself (its link destination, its edge whitespace). */
const RULES_THAT_EDIT_TARGET_TEXT = new Set(['link-mismatch', 'whitespace-mismatch']);

const articles = [
  ...seedFiles().map(readArticleText),
  ...corpusFiles()
    .filter((file) => file.anomaly || file.units < 80)
    .slice(0, 20)
    .map((file) => readArticleText(file.absolutePath)),
];

/** Damage the way real files are damaged, so that fixes get offered. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('retype-id' as const), unit: fc.nat(), digit: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('escape-quotes' as const), unit: fc.nat() }),
  fc.record({ kind: fc.constant('edge-space' as const), unit: fc.nat() }),
  fc.record({ kind: fc.constant('relink' as const), unit: fc.nat() }),
);

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

function damaged(text: string, damages: readonly { kind: string; unit: number; digit?: number }[]): string {
  let result = text;
  for (const change of damages) {
    const document = parse(result);
    if (document.units.length === 0) return result;
    const unit = document.units[change.unit % document.units.length]!;
    if (change.kind === 'retype-id' && unit.lookup?.sourceId) {
      const span = unit.lookup.sourceId.span;
      result = applyEdits(result, [{ span: { start: span.end - 1, end: span.end }, newText: String(change.digit) }]);
    } else if (change.kind === 'escape-quotes') {
      const tag = unit.targetOpenTag;
      result = applyEdits(result, [{ span: tag, newText: result.slice(tag.start, tag.end).replace(/"/g, '&quot;') }]);
    } else if (change.kind === 'edge-space') {
      result = applyEdits(result, [{ span: { start: unit.target.start, end: unit.target.start }, newText: ' ' }]);
    } else if (change.kind === 'relink') {
      const target = result.slice(unit.target.start, unit.target.end);
      const link = /\]\(([^)\s]+)/.exec(target);
      if (link) {
        const at = unit.target.start + link.index + 2;
        result = applyEdits(result, [{ span: { start: at, end: at + link[1]!.length }, newText: `${link[1]}-x` }]);
      }
    }
  }
  return result;
}

/** Target and source text of each unit, by its position among the units. */
function unitTexts(document: BilingualDocument): { target: string; source: string | undefined }[] {
  return document.units.map((unit) => ({
    target: document.text.slice(unit.target.start, unit.target.end),
    source: unit.lookup ? document.text.slice(unit.lookup.source.start, unit.lookup.source.end) : undefined,
  }));
}

function fixesOf(document: BilingualDocument): { diagnostic: Diagnostic; fix: Fix }[] {
  return checkDocument(document, EMPTY_CONFIG).flatMap((diagnostic) =>
    (diagnostic.fixes ?? []).map((fix) => ({ diagnostic, fix })),
  );
}

function assertFixChangesOnlyWhatItNames(before: BilingualDocument, diagnostic: Diagnostic, fix: Fix): void {
  const after = parse(applyEdits(before.text, fix.edits));
  const textsBefore = unitTexts(before);
  const textsAfter = unitTexts(after);
  assert.equal(textsAfter.length, textsBefore.length, `${diagnostic.code}: "${fix.title}" changed the number of units`);
  textsBefore.forEach((texts, index) => {
    const ownUnit = index === diagnostic.unitIndex;
    if (!(ownUnit && RULES_THAT_EDIT_TARGET_TEXT.has(diagnostic.code))) {
      assert.equal(
        textsAfter[index]!.target,
        texts.target,
        `${diagnostic.code}: "${fix.title}" changed the target of unit ${index}`,
      );
    }
    assert.equal(
      textsAfter[index]!.source,
      texts.source,
      `${diagnostic.code}: "${fix.title}" changed the source of unit ${index}`,
    );
  });
}

/** Where an offset of the text before the edits stands after them. */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of edits)
    if (edit.span.end <= offset) shift += edit.newText.length - (edit.span.end - edit.span.start);
  return offset + shift;
}

function assertFixIsDone(before: BilingualDocument, diagnostic: Diagnostic, fix: Fix): void {
  const fixedText = applyEdits(before.text, fix.edits);
  const start = mapOffset(diagnostic.span.start, fix.edits);
  const again = fixesOf(parse(fixedText)).filter(
    (candidate) =>
      candidate.diagnostic.code === diagnostic.code &&
      candidate.fix.title === fix.title &&
      candidate.diagnostic.span.start === start,
  );
  for (const repeat of again) {
    assert.equal(
      applyEdits(fixedText, repeat.fix.edits),
      fixedText,
      `${diagnostic.code}: "${fix.title}" changes the text again after it was applied`,
    );
  }
}

describe('quick fix properties', () => {
  test('Should change only what a fix names, and leave nothing to fix again, on damaged real articles', () => {
    let fixesSeen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...articles),
        fc.array(damage, { minLength: 1, maxLength: 4 }),
        (article, damages) => {
          const document = parse(damaged(article, damages));
          for (const { diagnostic, fix } of fixesOf(document)) {
            fixesSeen++;
            assertFixChangesOnlyWhatItNames(document, diagnostic, fix);
            assertFixIsDone(document, diagnostic, fix);
          }
        },
      ),
      { numRuns: 150 },
    );
    assert.ok(fixesSeen > 100, `only ${fixesSeen} fixes were tried`);
  });

  test('Should apply every safe fix of an article together without overlapping edits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...articles),
        fc.array(damage, { minLength: 1, maxLength: 6 }),
        (article, damages) => {
          const document = parse(damaged(article, damages));
          const safe = fixesOf(document).filter(({ fix }) => fix.safe);
          const edits = safe.flatMap(({ fix }) => fix.edits).sort((a, b) => a.span.start - b.span.start);
          for (let i = 1; i < edits.length; i++) {
            if (edits[i]!.span.start < edits[i - 1]!.span.end) return; // overlapping fixes: fix-all keeps one of them
          }
          const fixed = parse(applyEdits(document.text, edits));
          assert.equal(fixed.units.length, document.units.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
