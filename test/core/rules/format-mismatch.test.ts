import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMismatch } from '../../../server/src/core/rules/translation/formatMismatch';
import { article, described, runRule, unit } from './support';

const messages = (text: string) => runRule(formatMismatch, text).findings.map((finding) => finding.message);

describe('format-mismatch', () => {
  test('Should report format-mismatch at the target when it lost the bold of the source', () => {
    const checked = runRule(
      formatMismatch,
      article('et-EE', unit('9f375-143', 'Valige Salvesta.', 'Select **Save**.')),
    );
    assert.deepEqual(described(checked), [
      { message: 'Formatting differs in unit 9f375-143: bold 0 in the target, 1 in the source.', range: '5:30-5:46' },
    ]);
  });

  test('Should count emphasis as CommonMark reads it: not snake_case names, not asterisks in code, not bold with inner spaces', () => {
    assert.deepEqual(
      messages(article('et-EE', unit('9f375-144', 'Kasutage my_var_name ja `a*b*c`.', 'Use my_var_name and `a*b*c`.'))),
      [],
    );
    assert.deepEqual(messages(article('et-EE', unit('9f375-145', '** Salvesta **', '**Save**'))), [
      'Formatting differs in unit 9f375-145: bold 0 in the target, 1 in the source.',
    ]);
    assert.deepEqual(
      messages(article('et-EE', unit('9f375-146', '***Väga*** _oluline_', '***Very*** *important*'))),
      [],
    );
  });

  test('Should count <strong> as bold and <em> as italic', () => {
    assert.deepEqual(
      messages(article('et-EE', unit('e4880-140', '<strong>Salvesta</strong> <em>kohe</em>', '**Save** *now*'))),
      [],
    );
  });

  test('Should report lost line breaks, includes and changed alert markers', () => {
    assert.deepEqual(
      messages(
        article(
          'et-EE',
          unit('57e78-347', 'Rida üks rida kaks', 'Line one<br/>line two'),
          unit(
            '57e78-348',
            '[!TIP] Vt ka [!INCLUDE[a](a.md)]',
            '[!NOTE] See [!INCLUDE[a](a.md)] and [!INCLUDE[b](b.md)]',
          ),
        ),
      ),
      [
        'Formatting differs in unit 57e78-347: <br> 0 in the target, 1 in the source.',
        'Formatting differs in unit 57e78-348: [!INCLUDE] 1 in the target, 2 in the source; [!NOTE] 0 in the target, 1 in the source; [!TIP] 1 in the target, 0 in the source.',
      ],
    );
  });

  test('Should accept UI labels in brackets or quotes in place of bold in Chinese, Japanese and Korean, but not elsewhere', () => {
    assert.deepEqual(
      messages(
        article(
          'zh-TW',
          unit(
            '17486-124',
            '若您選取 [宣告服務] 的「宣告」：',
            'If you selected **Announcement** for **Announcement service**:',
          ),
        ),
      ),
      [],
    );
    assert.deepEqual(
      messages(
        article(
          'fr-FR',
          unit('17486-125', 'Si vous avez sélectionné [Annonce] :', 'If you selected **Announcement**:'),
        ),
      ),
      ['Formatting differs in unit 17486-125: bold 0 in the target, 1 in the source.'],
    );
  });
});
