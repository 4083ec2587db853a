import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tablePipe } from '../../../server/src/core/rules/translation/tablePipe';
import { article, described, findingLines, findingUnitIds, fixture, runRule, spanText, unit } from './support';

describe('table-pipe', () => {
  test('Should report table-pipe at an unescaped pipe in a unit on a table row', () => {
    const checked = runRule(
      tablePipe,
      article(
        'et-EE',
        '| Parameeter | Kirjeldus |',
        '|---|---|',
        `| RateBaseAssigner | ${unit('e4880-142', 'Kaks osa, eraldatud püstkriipsuga (|).', 'Two segments delimited by a vertical bar (\\|).')} |`,
      ),
    );
    assert.deepEqual(described(checked), [
      {
        message: 'The unescaped | in the target of unit e4880-142 splits its table cell; write \\| instead.',
        range: '7:86-7:87',
      },
    ]);
    assert.equal(spanText(checked), '|');
  });

  test('Should accept escaped pipes, pipes in inline code and the &#124; entity', () => {
    const checked = runRule(
      tablePipe,
      article(
        'et-EE',
        '| A | B |',
        '|---|---|',
        `| x | ${unit('e4880-143', 'Märk \\| ja `a|b` ja &#124;', 'The \\| mark and `a|b` and &#124;')} |`,
      ),
    );
    assert.deepEqual(checked.findings, []);
  });

  test('Should not report a pipe in a unit outside tables', () => {
    const checked = runRule(tablePipe, article('et-EE', unit('e4880-144', 'Valik A | valik B', 'Option A | option B')));
    assert.deepEqual(checked.findings, []);
  });

  test('Should find rows of tables written without outer pipes by their delimiter row', () => {
    const checked = runRule(
      tablePipe,
      article(
        'et-EE',
        'Parameeter | Kirjeldus',
        '--- | ---',
        `x | ${unit('e4880-145', 'Tekst', 'Text with a | pipe')}`,
      ),
    );
    assert.deepEqual(checked.findings.map((finding) => finding.message), [
      'The unescaped | in the source of unit e4880-145 splits its table cell; write \\| instead.',
    ]);
  });

  test('Should report the pipe that splits the tr-TR transportation engines table at line 60', () => {
    const checked = runRule(
      tablePipe,
      fixture('anomalies/Dynamics-365-Operations__transportation-management-engines.md'),
    );
    assert.deepEqual(findingLines(checked), [60]);
    assert.deepEqual(findingUnitIds(checked), ['e4880-142']);
  });

  test('Should report the unit that straddles a cell boundary in the fr-FR masked edit table at line 38', () => {
    const checked = runRule(tablePipe, fixture('anomalies/win32-pr__maskededit-control.md'));
    assert.deepEqual(findingLines(checked), [38]);
    assert.deepEqual(findingUnitIds(checked), ['08da8-129']);
    assert.equal(
      checked.findings[0]!.message,
      'The unescaped | in the target of unit 08da8-129 splits its table cell; write \\| instead.',
    );
  });
});
