/**
 * No regular expression of the extension, the language server or the CLI may take more than linear time: one
 * crafted line must not stall CI or freeze a hover. The expressions are found by reading the sources, so a new one
 * is covered the day it is written; each is run, as a global search over the whole input (every start position,
 * as `replace` and `matchAll` do), over long runs of each character that regular expressions treat specially.
 *
 * This tests complexity, not speed: the time at four times the length must stay near four times the time, far
 * from the sixteen times of a quadratic pattern (an exponential one does not finish at all). Times are the best
 * of several alternating rounds, and a suspect is measured again before it fails, so a loaded machine only makes
 * the test slower, not wrong.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { repositoryRoot } from './support/corpus';
import { findRegexes } from './support/regexSources';
import { readFrontMatter } from '../../server/src/core/reading/frontMatter';

const SEARCHED_FOLDERS = ['server/src', 'client/src', 'client/media/src', 'shared'];

/**
 * Patterns assembled at run time from data, which the search cannot evaluate, with why each is linear. A new one
 * fails the test until it is listed here (or written from constants, so that it is run like the others).
 */
const BUILT_FROM_DATA: Readonly<Record<string, string>> = {
  'server/src/core/rules/frontMatter/fields.ts': 'an anchored field name (escaped), then [ \\t]*: ; one pass',
  'server/src/core/rules/translation/linkMismatch.ts': 'an alternation of escaped locale names; no quantifier',
  'server/src/core/rules/translation/numberMismatch.ts':
    'an alternation of number words in \\b…(?![a-z]); no quantifier',
};

/** Spaces, line breaks and every Unicode space and format character (Cf), astral ones included. */
function invisibleCharacters(): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (/[\s\p{Zs}\p{Zl}\p{Zp}\p{Cf}]/u.test(character)) found.push(character);
  }
  return found;
}

/** The runs: one per special character or pair, printable ASCII punctuation, letters and digits included. */
function runUnits(): string[] {
  const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
  const words = ['a', 'Z', 'ä', '語', '0', '9'];
  const pairs = [
    '\r\n',
    '<a',
    '</',
    '[]',
    '](',
    '()',
    '&#',
    '&amp;',
    '**',
    '__',
    '` ',
    '# ',
    '| ',
    '\\|',
    'a ',
    ' a',
    '-\n',
    '*\n',
  ];
  return [...new Set([...invisibleCharacters(), ...punctuation, ...words, ...pairs])];
}

/** Run lengths for a regular expression: quadratic time already shows at these. */
const REGEX_RUN = 1_000;
/** Linear growth is 4×, quadratic 16×: a suspect grows by more than this, plus the timer's noise. */
const RATIO = 8;
const NOISE_MS = 1;
/** No pattern on at most 16,000 characters takes this long unless it is exponential. */
const TIMEOUT_MS = 3_000;

type Work = (text: string) => void;
/**
 * Milliseconds of CPU time this process has used: unlike the clock, it does not run on while other processes have
 * the CPU, so a loaded machine barely changes the figures.
 */
function cpuTime(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const context = vm.createContext({ now: cpuTime, work: (_text: string) => {}, small: '', large: '', rounds: 1 });
/**
 * Best-of-`rounds` times of the work on each text, the two lengths measured in turn so that a change of load hits
 * both. One call of the script per measurement, since each call with a timeout costs a watchdog thread.
 */
const bestTimesScript = new vm.Script(`{
  const best = { small: Infinity, large: Infinity };
  for (let round = 0; round < rounds; round++) {
    let start = now();
    work(small);
    best.small = Math.min(best.small, now() - start);
    start = now();
    work(large);
    best.large = Math.min(best.large, now() - start);
  }
  best;
}`);

class Timeout extends Error {}

function bestTimes(work: Work, small: string, large: string, rounds: number): { small: number; large: number } {
  Object.assign(context, { work, small, large, rounds });
  try {
    return bestTimesScript.runInContext(context, { timeout: TIMEOUT_MS * rounds }) as { small: number; large: number };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Timeout();
    throw error;
  }
}

/** A global search over the whole text, as `replace` or `matchAll` make it; empty matches step on. */
function searchAll(regex: RegExp): Work {
  return (text) => {
    regex.lastIndex = 0;
    let match;
    while ((match = regex.exec(text)) !== null) if (match[0].length === 0) regex.lastIndex++;
  };
}

const grows = (times: { small: number; large: number }): boolean => times.large > RATIO * times.small + NOISE_MS;

function describeInput(unit: string, ending: string): string {
  const name = [...unit].map(
    (character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `a run of ${name.join(' ')}${ending ? ' then U+0001' : ''}`;
}

/**
 * The first input on which the work grows faster than linearly, confirmed by measuring again, if any. Each run is
 * tried alone and followed by a character that ends no run, so that a match must fail at its end.
 */
function superLinearInput(
  work: Work,
  units: readonly string[],
  { length, wrap = (run: string) => run }: { length: number; wrap?: (run: string) => string },
): string | undefined {
  for (const unit of units) {
    for (const ending of ['', '\u0001']) {
      const small = wrap(unit.repeat(length) + ending);
      const large = wrap(unit.repeat(4 * length) + ending);
      try {
        if (!grows(bestTimes(work, small, large, 1))) continue;
        const confirmations = [0, 1, 2].map(() => bestTimes(work, small, large, 7));
        if (confirmations.every(grows)) {
          const times = confirmations.at(-1)!;
          const figures = `${times.small.toFixed(2)} ms at ${length}, ${times.large.toFixed(2)} ms at ${4 * length}`;
          return `${describeInput(unit, ending)}: ${figures}`;
        }
      } catch (error) {
        if (error instanceof Timeout) return `${describeInput(unit, ending)}: no answer within ${TIMEOUT_MS} ms`;
        throw error;
      }
    }
  }
  return undefined;
}

describe('regular expressions', () => {
  const sources = findRegexes(repositoryRoot, SEARCHED_FOLDERS);

  test('Should find the regular expressions of every source file, and account for each built from data', () => {
    assert.ok(sources.files > 50, `${sources.files} source files`);
    assert.ok(sources.regexes.length > 80, `${sources.regexes.length} regular expressions`);
    for (const file of [
      'server/src/core/reading/blocks.ts',
      'server/src/languageService/text.ts',
      'client/src/preview/markdown.ts',
    ]) {
      assert.ok(
        sources.regexes.some((found) => found.where.startsWith(`${file}:`)),
        file,
      );
    }
    const unlisted = sources.unresolved.filter((found) => !(found.where.replace(/:\d+$/, '') in BUILT_FROM_DATA));
    assert.deepEqual(
      unlisted,
      [],
      'a RegExp built from run-time data: list it in BUILT_FROM_DATA with why it is linear',
    );
  });

  test('Should search every regular expression in time linear in the input on long runs of special characters', () => {
    const units = runUnits();
    const slow: string[] = [];
    for (const found of sources.regexes) {
      const regex = new RegExp(found.source, `${found.flags.replace(/[gy]/g, '')}g`);
      const input = superLinearInput(searchAll(regex), units, { length: REGEX_RUN });
      if (input !== undefined) slow.push(`${found.where} /${found.source}/${found.flags} on ${input}`);
    }
    assert.deepEqual(slow, []);
  });
});

describe('front matter', () => {
  test('Should read front matter in time linear in its length on long runs of special characters', () => {
    const wrap = (run: string): string => `---\ntitle: Pealkiri\n${run}\nms.contentlocale: et-EE\n---\n`;
    // Longer runs than for a pattern: below a few thousand lines the YAML parser's time grows by up to 8x for 4x
    // the length (memory warming up) before it settles to 4x. One character of each kind is enough here.
    const units = [
      ...['\n', '\r', '\r\n', ' ', '\t', '\u00a0', '\u2028', '\ufeff'],
      ...['#', '-', ':', '[', '{', '"', "'", '&', '*', '|', '>', '\\', 'a', '0', '# c\n', '- \n', 'a: \n'],
    ];
    assert.equal(superLinearInput((text) => readFrontMatter(text), units, { length: 4_000, wrap }), undefined);
  });
});
