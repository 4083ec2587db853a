import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../server/src/core/wordCount';
import { canonicalLocale } from '../../server/src/core/summary';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { unit } from './support/articles';

function article(locale: string, type: string, ...body: string[]): string {
  return [
    '---',
    'title: Artikkel',
    `ms.contentlocale: ${locale}`,
    `ms.translationtype: ${type}`,
    '---',
    ...body,
    '',
  ].join('\n');
}

describe('word counts', () => {
  const cases: [string, string, number][] = [
    ['words separated by spaces', 'SSPR is enabled by default for Admins.', 7],
    ['no words in punctuation alone', '- | ** --- :', 0],
    ['words with letters of any script', 'Пароль сброшен, användare får ändra', 5],
    ['numbers as words', 'Version 2.0 of 2024', 4],
    ['nothing for HTML tags, but a word on each side', 'Click<br/>here <a name="top">now</a>', 3],
    ['nothing for link destinations', 'See [the guide](https://learn.microsoft.com/en-us/azure/guide) first.', 4],
    ['nothing for character references', 'Save&nbsp;now &amp; later', 3],
    ['each Chinese or Japanese character', '密码重置 SSPR', 5],
    ['kana and kanji alike', 'パスワードをリセット', 10],
    ['Korean by its spaces', '셀프 서비스 암호 재설정', 4],
  ];
  for (const [what, text, words] of cases) {
    test(`Should count ${what}`, () => {
      assert.equal(countWords(text), words);
    });
  }

  test('Should count in time linear in the text, whatever markup-like characters it holds', () => {
    const hostile = '<a '.repeat(200_000) + '](x '.repeat(200_000) + '&a '.repeat(200_000);
    assert.equal(countWords(hostile), 600_000);
  });

  test('Should count only between the offsets given', () => {
    const text = 'one two three four';
    assert.equal(countWords(text, 4, 13), 2);
  });
});

describe('summary by locale and translation type', () => {
  test('Should write a locale in its usual case, whatever the file wrote', () => {
    assert.deepEqual(['et-ee', 'ET-EE', 'zh-hant-tw', 'sr-latn-rs', 'es-419', 'en_US'].map(canonicalLocale), [
      'et-EE',
      'et-EE',
      'zh-Hant-TW',
      'sr-Latn-RS',
      'es-419',
      'en_US',
    ]);
  });

  test('Should total files, units, words, untranslated units and problems by rule for each locale and type', async () => {
    const folder = new TempFolder();
    try {
      folder.write(
        'et-ee/a.md',
        article(
          'et-ee',
          'HT',
          unit('646d1-101', 'SSPR on lubatud.', 'SSPR is enabled.'),
          unit('646d1-102', 'Reset your password.', 'Reset your password.'),
        ),
      );
      folder.write(
        'et-EE/b.md',
        article('et-EE', 'HT', unit('646d1-103', 'Klõpsake siin.', 'Click here.', '646d1-130')),
      );
      folder.write('et-EE/mt.md', article('et-EE', 'MT', unit('646d1-104', 'Azure', 'Azure')));
      folder.write(
        'ja-jp/c.md',
        article('ja-JP', 'MT', unit('646d1-105', 'パスワードをリセット', 'Reset the password')),
      );
      folder.write('plain.md', '# Notes\n\nNo markup here.\n');
      const run = await runInMemory(['check', '.', '--format', 'json', '--rule', 'untranslated=off'], folder.path);
      const { summary } = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(summary.byLocale, {
        'et-EE HT': {
          files: 2,
          units: 3,
          sourceWords: 8,
          targetWords: 8,
          untranslatedUnits: 1,
          problems: 1,
          byRule: { 'id-mismatch': 1 },
        },
        'et-EE MT': {
          files: 1,
          units: 1,
          sourceWords: 1,
          targetWords: 1,
          untranslatedUnits: 0,
          problems: 0,
          byRule: {},
        },
        'ja-JP MT': {
          files: 1,
          units: 1,
          sourceWords: 3,
          targetWords: 10,
          untranslatedUnits: 0,
          problems: 0,
          byRule: {},
        },
      });
      assert.deepEqual(
        {
          files: summary.files,
          filesWithMarkup: summary.filesWithMarkup,
          units: summary.units,
          problems: summary.problems,
          byRule: summary.byRule,
          bySeverity: summary.bySeverity,
        },
        {
          files: 5,
          filesWithMarkup: 4,
          units: 5,
          problems: 1,
          byRule: { 'id-mismatch': 1 },
          bySeverity: { error: 1, warning: 0, info: 0, hint: 0 },
        },
      );
    } finally {
      folder.dispose();
    }
  });

  test('Should count untranslated units that a suppression comment or the configuration hides', async () => {
    const folder = new TempFolder();
    try {
      const untranslated = unit('646d1-102', 'Reset your password.', 'Reset your password.');
      folder.write('shown.md', article('et-EE', 'HT', untranslated));
      folder.write(
        'suppressed.md',
        article('et-EE', 'HT', '<!-- bilingual-docs-disable-file untranslated -->', untranslated),
      );
      const counts = async (...options: string[]): Promise<[number, number]> => {
        const { summary } = JSON.parse(
          (await runInMemory(['check', '.', '--format', 'json', ...options], folder.path)).stdout,
        ) as JsonOutput;
        return [summary.byLocale['et-EE HT']!.untranslatedUnits, summary.byRule['untranslated'] ?? 0];
      };
      assert.deepEqual(await counts(), [2, 1]);
      assert.deepEqual(await counts('--rule', 'untranslated=off'), [2, 0]);
    } finally {
      folder.dispose();
    }
  });

  test('Should keep stdout to one diagnostic per line in text format and put the table and totals on stderr', async () => {
    const folder = new TempFolder();
    try {
      folder.write(
        'et-ee/a.md',
        article(
          'et-EE',
          'HT',
          unit('646d1-101', 'SSPR on lubatud.', 'SSPR is enabled.'),
          unit('646d1-102', 'Reset your password.', 'Reset your password.'),
        ),
      );
      folder.write(
        'fi-fi/b.md',
        article('fi-FI', 'MT', unit('646d1-103', 'Napsauta tästä.', 'Click here.', '646d1-130')),
      );
      const run = await runInMemory(['check', '.'], folder.path);
      assert.equal(run.code, 1);
      assert.equal(
        run.stdout,
        [
          'et-ee/a.md:7:31 info untranslated The target of unit 646d1-102 is the same as its source: it looks untranslated (locale et-ee).',
          "fi-fi/b.md:6:97 error id-mismatch The target's ID 646d1-103 differs from its source's ID 646d1-130.",
          '',
        ].join('\n'),
      );
      assert.equal(
        run.stderr,
        [
          'locale  type  files  units  source words  target words  untranslated  problems',
          'et-EE   HT        1      2             6             6             1         1',
          'fi-FI   MT        1      1             2             2             0         1',
          'by rule: id-mismatch 1, untranslated 1',
          '2 problems (1 error, 0 warnings, 1 info, 0 hints) in 2 bilingual files of 2 checked; 3 units',
          '',
        ].join('\n'),
      );
    } finally {
      folder.dispose();
    }
  });
});
