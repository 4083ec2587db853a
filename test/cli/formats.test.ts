import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRoot, repositoryRoot } from '../core/support/corpus';
import { RULES } from '../../server/src/core/rules';
import { FINGERPRINT_KEY } from '../../server/src/cli/formats/sarif';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';

/**
 * The codes each anomaly of the corpus is reported with: what the manifest describes, and the translation QA
 * findings these files really have (a doubled "le le" in the French copy, brackets lost with the escaped markup,
 * units translated two ways, within a file and across the Japanese ones).
 */
const ANOMALY_CODES: Record<string, string[]> = {
  'Dynamics-365-Operations__author-footer-module.md': ['escaped-markup'],
  'Dynamics-365-Operations__inventory-settings.md': ['bracket-mismatch', 'escaped-markup'],
  'Dynamics-365-Operations__transportation-management-engines.md': ['inconsistent-target', 'table-pipe'],
  'OfficeDocs-SkypeForBusiness-pr__CQD-data-and-reports.md': [
    'alphanumeric-mismatch',
    'end-punctuation',
    'format-mismatch',
    'quote-mismatch',
    'unclosed-span',
    'untranslated',
    'whitespace-mismatch',
  ],
  'OfficeDocs-SkypeForBusiness-pr__accessibility-declaration-of-conformance-in-france-for-teams.md': [
    'inconsistent-target',
    'repeated-word',
    'untranslated',
  ],
  'OfficeDocs-SkypeForBusiness-pr__cloud-consolidation-edge-certificates.md': ['bracket-mismatch', 'unclosed-span'],
  'OfficeDocs-SkypeForBusiness-pr__configure-teams-live-events.md': [
    'end-punctuation',
    'escaped-markup',
    'inconsistent-source',
  ],
  'OfficeDocs-SkypeForBusiness-pr__set-up-audio-conferencing.md': [
    'alphanumeric-mismatch',
    'bracket-mismatch',
    'empty-source',
    'end-punctuation',
  ],
  'OfficeDocs-SkypeForBusiness__security-guide-for-skype-for-business-online.md': [
    'alphanumeric-mismatch',
    'bracket-mismatch',
    'split-compound',
    'untranslated',
  ],
  'azure-docs-powershell__Remove-AzDataShare.md': ['unbalanced-fence'],
  'office-developer-client-docs__custom-date-and-time-formats-for-the-format-function-access-custom-web-app.md': [
    'empty-source',
  ],
  'office-developer-client-docs__how-to-search-and-obtain-appointments-in-a-time-range.md': ['escaped-markup'],
  'win32-pr__maskededit-control.md': ['alphanumeric-mismatch', 'repeated-word', 'table-pipe'],
};

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          helpUri?: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    automationDetails?: { id: string };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: SarifResult[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
  }[];
}

/** The properties SARIF 2.1.0 requires of a log, a run, a tool, a rule and a result, and the values it allows. */
function assertValidSarif(log: SarifLog): void {
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.runs.length, 1);
  const [run] = log.runs;
  assert.equal(run!.tool.driver.name, 'bilingual-docs');
  assert.equal(typeof run!.tool.driver.version, 'string');
  const ruleIds = run!.tool.driver.rules.map((rule) => rule.id);
  assert.equal(new Set(ruleIds).size, ruleIds.length);
  for (const rule of run!.tool.driver.rules) {
    assert.match(rule.id, /^[a-z-]+$/);
    assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
  }
  assert.equal(run!.columnKind, 'utf16CodeUnits');
  assert.match(run!.originalUriBaseIds['%SRCROOT%']!.uri, /^file:\/\/\/.*\/$/);
  for (const result of run!.results) {
    assert.equal(ruleIds[result.ruleIndex], result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text.length > 0);
    assert.equal(result.locations.length, 1);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.doesNotMatch(artifactLocation.uri, /^\/|\\/);
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
    assert.match(result.partialFingerprints[FINGERPRINT_KEY]!, /^[0-9a-f]{32}$/);
  }
  assert.equal(typeof run!.invocations[0]!.executionSuccessful, 'boolean');
}

describe('output formats', () => {
  test('Should find nothing in the seed articles and exit 0', async () => {
    const run = await runInMemory(['check', 'test/fixtures/seeds', '--format', 'json'], repositoryRoot);
    assert.equal(run.code, 0);
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(output.files, [
      {
        path: 'test/fixtures/seeds/et-EE__self-service-password-reset.md',
        locale: 'et-EE',
        translationType: 'HT',
        units: 8,
        diagnostics: [],
      },
      {
        path: 'test/fixtures/seeds/fi-FI__self-service-password-reset.md',
        locale: 'fi-FI',
        translationType: 'MT',
        units: 8,
        diagnostics: [],
      },
    ]);
    assert.deepEqual(
      {
        files: output.summary.files,
        filesWithMarkup: output.summary.filesWithMarkup,
        units: output.summary.units,
        problems: output.summary.problems,
      },
      { files: 2, filesWithMarkup: 2, units: 16, problems: 0 },
    );
  });

  test('Should report each anomaly of the corpus with its expected codes and exit 1', async () => {
    // The anomalies are broken markup; what the spelling rule says of their text is tested in spelling.test.ts.
    const run = await runInMemory(
      ['check', join(fixturesRoot, 'anomalies'), '--format', 'json', '--rule', 'spelling=off'],
      repositoryRoot,
    );
    assert.equal(run.code, 1);
    const output = JSON.parse(run.stdout) as JsonOutput;
    const codes = Object.fromEntries(
      output.files.map((file) => [
        file.path.split('/').pop()!,
        [...new Set(file.diagnostics.map((diagnostic) => diagnostic.code))].sort(),
      ]),
    );
    assert.deepEqual(codes, ANOMALY_CODES);
  });

  test('Should print one compiler-style line per diagnostic in text format, with 1-based lines and columns', async () => {
    const run = await runInMemory(['check', 'test/fixtures/vscode'], repositoryRoot);
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      "test/fixtures/vscode/id-mismatch.synthetic.md:23:514 error id-mismatch The target's ID 646d1-104 differs from its source's ID 646d1-140.\n",
    );
  });

  test('Should show the same diagnostics in text, JSON and SARIF', async () => {
    const folder = join(fixturesRoot, 'anomalies');
    const text = await runInMemory(['check', folder], repositoryRoot);
    const json = JSON.parse(
      (await runInMemory(['check', folder, '--format', 'json'], repositoryRoot)).stdout,
    ) as JsonOutput;
    const sarif = JSON.parse(
      (await runInMemory(['check', folder, '--format', 'sarif'], repositoryRoot)).stdout,
    ) as SarifLog;
    const fromJson = json.files.flatMap((file) =>
      file.diagnostics.map(
        (d) => `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`,
      ),
    );
    const fromText = text.stdout.trimEnd().split('\n').map((line) => line.replace(/ (error|warning|info|hint) /, ' '));
    const fromSarif = sarif.runs[0]!.results.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine}:${region.startColumn} ${result.ruleId} ${result.message.text}`;
    });
    assert.ok(fromJson.length > 400);
    assert.deepEqual(fromText, fromJson);
    assert.deepEqual(fromSarif, fromJson);
  });

  test('Should write JSON exactly as JSON.stringify would indent it, also with no files', async () => {
    const filled = await runInMemory(['check', 'test/fixtures/real', '--format', 'json'], repositoryRoot);
    assert.equal(filled.stdout, `${JSON.stringify(JSON.parse(filled.stdout), null, 2)}\n`);
    const empty = new TempFolder();
    try {
      const none = await runInMemory(['check', '.', '--format', 'json'], empty.path);
      assert.equal(none.code, 0);
      assert.equal(none.stdout, `${JSON.stringify(JSON.parse(none.stdout), null, 2)}\n`);
      assert.deepEqual((JSON.parse(none.stdout) as JsonOutput).files, []);
    } finally {
      empty.dispose();
    }
  });

  test('Should write valid SARIF 2.1.0 with every rule described and every result pointing at its rule', async () => {
    const run = await runInMemory(['check', 'test/fixtures', '--format', 'sarif'], repositoryRoot);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, `${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    const log = JSON.parse(run.stdout) as SarifLog;
    assertValidSarif(log);
    const [sarifRun] = log.runs;
    assert.deepEqual(sarifRun!.tool.driver.rules.map((rule) => rule.id), RULES.map((rule) => rule.code));
    assert.ok(sarifRun!.results.length > 400);
    assert.equal(sarifRun!.originalUriBaseIds['%SRCROOT%']!.uri, `file://${repositoryRoot}/`);
    assert.equal(sarifRun!.automationDetails, undefined);
    assert.ok(sarifRun!.tool.driver.rules.every((rule) => rule.helpUri === undefined));
    assert.deepEqual(sarifRun!.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  test('Should link each rule to its page only when the docs address is given', async () => {
    const run = await runInMemory(
      [
        'check',
        'test/fixtures/seeds',
        '--format',
        'sarif',
        '--docs-url',
        'https://example.org/bilingual-docs/docs/rules',
      ],
      repositoryRoot,
    );
    const rules = (JSON.parse(run.stdout) as SarifLog).runs[0]!.tool.driver.rules;
    assert.equal(
      rules.find((rule) => rule.id === 'id-mismatch')!.helpUri,
      'https://example.org/bilingual-docs/docs/rules/id-mismatch.md',
    );
  });

  test('Should name the shard in SARIF so each shard uploads as its own code scanning category', async () => {
    const run = await runInMemory(
      ['check', 'test/fixtures/seeds', '--format', 'sarif', '--shard', '2/3'],
      repositoryRoot,
    );
    assert.deepEqual((JSON.parse(run.stdout) as SarifLog).runs[0]!.automationDetails, {
      id: 'bilingual-docs/shard-2-of-3/',
    });
  });

  test('Should keep fingerprints when lines move, and give two findings of one unit different ones', async () => {
    const folder = new TempFolder();
    try {
      const body = [
        unit('27db3-101', 'Tilføj et link.', 'Add a link.', '27db3-111'),
        '',
        unit('27db3-102', 'Add two links.', 'Add two links.'),
      ];
      folder.write('footer.md', danishArticle(...body));
      const before = (
        JSON.parse((await runInMemory(['check', '.', '--format', 'sarif'], folder.path)).stdout) as SarifLog
      ).runs[0]!.results;
      folder.write('footer.md', danishArticle('# Sidefodsmodul', '', 'Ny indledning.', '', ...body));
      const afterMove = (
        JSON.parse((await runInMemory(['check', '.', '--format', 'sarif'], folder.path)).stdout) as SarifLog
      ).runs[0]!.results;
      assert.deepEqual(before.map((result) => result.ruleId), ['id-mismatch', 'untranslated']);
      assert.deepEqual(
        afterMove.map((result) => result.locations[0]!.physicalLocation.region.startLine - 4),
        before.map((result) => result.locations[0]!.physicalLocation.region.startLine),
      );
      assert.deepEqual(
        afterMove.map((result) => result.partialFingerprints),
        before.map((result) => result.partialFingerprints),
      );
      const prints = before.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
      assert.equal(new Set(prints).size, prints.length);
    } finally {
      folder.dispose();
    }
  });

  test('Should report a skipped file as a SARIF notification, the run still successful', async () => {
    const folder = new TempFolder();
    try {
      folder.write('binary.md', Buffer.from([0, 1, 2, 3]));
      const run = await runInMemory(['check', '.', '--format', 'sarif'], folder.path);
      const invocation = (JSON.parse(run.stdout) as SarifLog).runs[0]!.invocations[0]!;
      assert.deepEqual(invocation, {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: 'binary.md: binary file (it holds NUL bytes), not an article' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'binary.md', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      });
    } finally {
      folder.dispose();
    }
  });

  test('Should list the rules with their codes and default severities', async () => {
    const run = await runInMemory(['rules', '--format', 'json'], repositoryRoot);
    const rules = JSON.parse(run.stdout) as { code: string; defaultSeverity: string }[];
    assert.deepEqual(
      rules.map((rule) => [rule.code, rule.defaultSeverity]),
      RULES.map((rule) => [rule.code, rule.defaultSeverity]),
    );
    const text = await runInMemory(['rules'], repositoryRoot);
    assert.equal(
      text.stdout.split('\n')[0],
      `${'id-mismatch'.padEnd(26)}${'error'.padEnd(9)}Target and source IDs differ`,
    );
    // Once, at the end: which languages the spelling rule checks, and that the others are not checked.
    const coverage = text.stdout.trimEnd().split('\n').at(-1)!;
    assert.match(coverage, /^spelling checks articles in ca, cs, da, de, el, es, et, fi, fr, gl, it, lt, lv, nb, nl, /);
    assert.match(coverage, /\(ja, zh, ko, ar, he, hu, eu, th…\) are not spell-checked/);
  });

  test('Should keep the README contract of the JSON: path, locale, translationType, units and four-field diagnostics', async () => {
    const run = await runInMemory(
      ['check', 'test/fixtures/vscode/id-mismatch.synthetic.md', '--format', 'json'],
      repositoryRoot,
    );
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(Object.keys(output), ['files', 'summary']);
    assert.deepEqual(Object.keys(output.files[0]!), ['path', 'locale', 'translationType', 'units', 'diagnostics']);
    assert.deepEqual(output.files[0]!.diagnostics, [
      {
        code: 'id-mismatch',
        severity: 'error',
        message: "The target's ID 646d1-104 differs from its source's ID 646d1-140.",
        range: { start: { line: 22, character: 513 }, end: { line: 22, character: 522 } },
      },
    ]);
    const lines = readFileSync(join(fixturesRoot, 'vscode/id-mismatch.synthetic.md'), 'utf8').split('\n');
    assert.equal(lines[22]!.slice(513, 522), '646d1-140');
  });
});
