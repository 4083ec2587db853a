import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeMismatch } from '../../../server/src/core/rules/translation/codeMismatch';
import { article, described, runRule, spanText, unit } from './support';

describe('code-mismatch', () => {
  test('Should report code-mismatch at the translated code span of the target', () => {
    const checked = runRule(
      codeMismatch,
      article('et-EE', unit('28e2e-121', 'Käivitage `Hangi-AzVM`.', 'Run `Get-AzVM`.')),
    );
    assert.deepEqual(described(checked), [
      {
        message:
          'Inline code differs in unit 28e2e-121: the target has `Hangi-AzVM`, which the source does not; the source has `Get-AzVM`, which the target does not.',
        range: '5:40-5:52',
      },
    ]);
    assert.equal(spanText(checked), '`Hangi-AzVM`');
  });

  test('Should report code the target lost at the target text', () => {
    const checked = runRule(codeMismatch, article('et-EE', unit('28e2e-122', 'Käivitage käsk.', 'Run `Get-AzVM`.')));
    assert.deepEqual(described(checked), [
      {
        message: 'Inline code differs in unit 28e2e-122: the source has `Get-AzVM`, which the target does not.',
        range: '5:30-5:45',
      },
    ]);
  });

  test('Should accept the same code in another order, with other backtick strings or inner padding, or as <code>', () => {
    const checked = runRule(
      codeMismatch,
      article(
        'et-EE',
        unit('28e2e-123', '`-Name` ja `-Force`', '`-Force` and `-Name`'),
        unit('28e2e-124', '``a `b` c`` ja ` x `', '`` a `b` c `` and `x`'),
        unit('28e2e-125', '<code>Get-AzVM</code>', '`Get-AzVM`'),
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should not read escaped backticks as code, so code the target adds around them is reported', () => {
    const checked = runRule(
      codeMismatch,
      article('zh-CN', unit('57e78-353', '下列字符无效：`\\ / " :`', 'The following characters are not valid: \\`\\ / " :')),
    );
    assert.equal(spanText(checked), '`\\ / " :`');
  });

  test('Should not read a backtick string without a closing string of the same length as code', () => {
    const checked = runRule(codeMismatch, article('et-EE', unit('28e2e-126', 'Märk `` ja `x`', 'The `` mark and `x`')));
    assert.deepEqual(checked.findings, []);
  });
});
