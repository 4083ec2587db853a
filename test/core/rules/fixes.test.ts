import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse';
import { linkMismatch } from '../../../server/src/core/rules/translation/linkMismatch';
import { whitespaceMismatch } from '../../../server/src/core/rules/translation/whitespaceMismatch';
import { applyEdits, article, runRule, unit } from './support';

/** The edges and the core of a text, by the whitespace the generators use. */
const split = (text: string) => /^([ \t\u00a0]*)(.*?)([ \t\u00a0]*)$/s.exec(text)!.slice(1) as [string, string, string];

const edge = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0'), maxLength: 3 });
const words = fc
  .string({ unit: fc.constantFrom('a', 'ä', 'b', ' ', '.', '*', '1'), minLength: 1, maxLength: 20 })
  .filter((text) => /[aäb1]/.test(text));
const destination = fc.constantFrom(
  'a.md',
  'https://aka.ms/x',
  'https://learn.microsoft.com/en-us/x',
  'https://learn.microsoft.com/de-de/x',
  '#anchor',
  'media/b.png',
);
const linked = fc.tuple(words, destination).map(([text, url]) => `[${text.trim() || 'x'}](${url})`);
const unitText = fc.array(fc.oneof(words, linked), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

describe('quick fixes of the translation rules', () => {
  test("Should change nothing but the target's edges when taking the source's edge whitespace", () => {
    fc.assert(
      fc.property(
        edge,
        unitText,
        edge,
        edge,
        unitText,
        edge,
        (targetStart, target, targetEnd, sourceStart, source, sourceEnd) => {
          const fullTarget = `${targetStart}${target}${targetEnd}`;
          const fullSource = `${sourceStart}${source}${sourceEnd}`;
          const text = article('et-EE', unit('646d1-104', fullTarget, fullSource));
          const checked = runRule(whitespaceMismatch, text);
          for (const finding of checked.findings) {
            const fixed = parse(applyEdits(text, finding.fixes![0]!.edits));
            const fixedTarget = fixed.text.slice(fixed.units[0]!.target.start, fixed.units[0]!.target.end);
            const [sourceLeading, , sourceTrailing] = split(fullSource);
            assert.equal(fixedTarget, `${sourceLeading}${split(fullTarget)[1]}${sourceTrailing}`);
            assert.deepEqual(runRule(whitespaceMismatch, fixed.text).findings, []);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test("Should change nothing but the target's destinations when taking the source's", () => {
    fc.assert(
      fc.property(unitText, unitText, (target, source) => {
        const text = article('et-EE', unit('646d1-105', target, source));
        const checked = runRule(linkMismatch, text);
        const unitTarget = checked.document.units[0]!.target;
        for (const finding of checked.findings) {
          for (const fix of finding.fixes ?? []) {
            for (const edit of fix.edits)
              assert.ok(unitTarget.start <= edit.span.start && edit.span.end <= unitTarget.end);
            const fixed = applyEdits(text, fix.edits);
            assert.equal(fixed.slice(0, unitTarget.start), text.slice(0, unitTarget.start));
            assert.equal(fixed.slice(fixed.length - (text.length - unitTarget.end)), text.slice(unitTarget.end));
            assert.deepEqual(runRule(linkMismatch, fixed).findings, []);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
