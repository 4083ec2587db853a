import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { EMPTY_CONFIG, type BilingualDocsConfig } from '../../server/src/core/config';
import { createLanguageService } from '../../server/src/languageService';
import { corpusFiles, readArticleText, repositoryRoot } from '../core/support/corpus';
import { runInMemory, TempFolder, type JsonDiagnostic, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';
import { testSpeller } from '../core/support/spellers';

const service = createLanguageService({ ruleDocumentationLink: () => undefined, spellers: testSpeller });
const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

/** What the editor shows for an article under a configuration, in the CLI's JSON shape. */
function editorDiagnostics(text: string, config: BilingualDocsConfig): JsonDiagnostic[] {
  const checked = service.check({ uri: 'file:///article.md', version: 1, model: parse(text) }, config);
  return service.getDiagnostics(checked).map((diagnostic) => ({
    code: String(diagnostic.code),
    severity: SEVERITY_NAMES[diagnostic.severity!]!,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
  }));
}

/**
 * The CLI's diagnostics of one file, without the related locations of the consistency rules: the language service
 * does not pass those on yet (its workspace index will), and the findings themselves must agree.
 */
async function cliDiagnostics(path: string, cwd: string, ruleOptions: string[] = []): Promise<JsonDiagnostic[]> {
  const run = await runInMemory(['check', path, '--format', 'json', ...ruleOptions], cwd);
  return (JSON.parse(run.stdout) as JsonOutput).files[0]!.diagnostics.map(({ code, severity, message, range }) => ({
    code,
    severity,
    message,
    range,
  }));
}

describe('the CLI and the editor agree', () => {
  const interesting = corpusFiles().filter((file) => file.anomaly !== '' || file.manifestPath.startsWith('seeds/'));

  test('Should have anomalies and seeds to compare', () => {
    assert.ok(interesting.length >= 10);
  });

  for (const file of interesting) {
    test(`Should give the language service's diagnostics for ${file.fileName}`, async () => {
      const fromCli = await cliDiagnostics(file.absolutePath, repositoryRoot);
      assert.deepEqual(fromCli, editorDiagnostics(readArticleText(file.absolutePath), EMPTY_CONFIG));
    });
  }

  test('Should agree under the same configuration, from a file for the CLI and settings for the editor', async () => {
    const config: BilingualDocsConfig = {
      rules: { 'escaped-markup': 'warning', untranslated: 'off', 'whitespace-mismatch': 'hint' },
    };
    const anomalies = interesting.filter((file) => file.anomaly !== '');
    const folder = new TempFolder();
    try {
      folder.write('.bilingual-docs.json', JSON.stringify(config));
      for (const file of anomalies) {
        const copy = folder.copy(file.absolutePath, join('articles', file.fileName));
        const fromCli = await cliDiagnostics(copy, folder.path);
        assert.deepEqual(fromCli, editorDiagnostics(readArticleText(file.absolutePath), config), file.fileName);
      }
    } finally {
      folder.dispose();
    }
  });

  test('Should honor the same suppression comments', async () => {
    const text = danishArticle(
      '<!-- bilingual-docs-disable-next-unit untranslated -->',
      unit('27db3-101', 'Add a footer link.', 'Add a footer link.'),
      unit('27db3-102', 'Select the module.', 'Select the module.'),
      '<!-- bilingual-docs-disable-unit 27db3-102 untranslatd -->',
    );
    const folder = new TempFolder();
    try {
      folder.write('footer.md', text);
      const fromCli = await cliDiagnostics('footer.md', folder.path);
      assert.deepEqual(fromCli.map((diagnostic) => diagnostic.code), ['untranslated', 'suppression-invalid']);
      assert.deepEqual(fromCli, editorDiagnostics(text, EMPTY_CONFIG));
    } finally {
      folder.dispose();
    }
  });
});
