import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInMemory, TempFolder, type JsonOutput } from './support/cli';
import { danishArticle, unit } from './support/articles';
import { overviewFigures, summaryFigures } from './support/reportPage';
import { fixturesRoot } from '../core/support/corpus';
import { checkText } from '../../server/src/core/fileReport';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { QaReportBuilder } from '../../server/src/core/report/qaReport';
import { REPORT_PALETTES, renderReportHtml } from '../../server/src/core/report/reportHtml';
import { contrastRatio } from '../../client/src/contrast';

const realArticles = join(fixturesRoot, 'real');

function readReport(folder: TempFolder, name = 'report.html'): string {
  return readFileSync(join(folder.path, name), 'utf8');
}

describe('bilingual-docs report', () => {
  test('Should show per locale the files, units, words, untranslated units and problems JSON counts', async () => {
    const folder = new TempFolder();
    try {
      const json = await runInMemory(['check', realArticles, '--format', 'json'], folder.path);
      const run = await runInMemory(['report', realArticles, '--out', 'report.html'], folder.path);
      assert.equal(run.code, json.code);
      const { summary } = JSON.parse(json.stdout) as JsonOutput;
      const html = readReport(folder);
      assert.deepEqual(Object.keys(overviewFigures(html)), Object.keys(summary.byLocale));
      assert.deepEqual(overviewFigures(html), summaryFigures(summary.byLocale));
    } finally {
      folder.dispose();
    }
  });

  test('Should list every problem up to the cap with its file and line, linked relative to the report', async () => {
    const folder = new TempFolder();
    try {
      const json = await runInMemory(['check', realArticles, '--format', 'json'], folder.path);
      await runInMemory(['report', realArticles, '--out', 'out/report.html'], folder.path);
      const html = readReport(folder, 'out/report.html');
      const { files } = JSON.parse(json.stdout) as JsonOutput;
      const withProblems = files.find((file) => file.diagnostics.length > 0)!;
      const name = withProblems.path.split('/').pop()!;
      const line = withProblems.diagnostics[0]!.range.start.line + 1;
      const escapedName = name.replace(/\./g, '\\.');
      const link = new RegExp(`<a href="\\.\\./(?:\\.\\./)*[^"]*/${escapedName}#L${line}" data-line="${line - 1}">`);
      assert.match(html, link);
      assert.match(html, /id="problems"/);
    } finally {
      folder.dispose();
    }
  });

  test('Should show inconsistent translations with each variant, its count and where it is', async () => {
    const folder = new TempFolder();
    try {
      const save = (id: string, target: string) => unit(id, target, 'Save the file.');
      folder.write('a.md', danishArticle(save('646d1-101', 'Gem filen.'), '', save('646d1-102', 'Gem filen.')));
      folder.write('b.md', danishArticle(save('646d1-103', 'Gem filen.'), '', save('646d1-104', 'Gem dokumentet.')));
      await runInMemory(['report', '.', '--out', 'report.html'], folder.path);
      const html = readReport(folder);
      const section = /<h2 id="consistency">[\s\S]*?<\/section>/.exec(html)![0];
      assert.match(section, /<th scope="rowgroup" rowspan="2" class="text" lang="en">Save the file\.<\/th>/);
      assert.match(section, /lang="da-DK" dir="auto">Gem filen\.<\/td><td class="number">3<\/td>/);
      assert.match(section, /lang="da-DK" dir="auto">Gem dokumentet\.<\/td><td class="number">1<\/td>/);
      assert.match(section, /Gem dokumentet\.<\/td><td class="number">1<\/td><td><a href="b\.md#L8"/);
    } finally {
      folder.dispose();
    }
  });

  test('Should escape every text of the articles, markup in a target included', async () => {
    const folder = new TempFolder();
    try {
      const target = 'Klik <script>alert("x")</script> <img src=x onerror=alert(1)> her.';
      folder.write('a.md', danishArticle(unit('646d1-101', target, 'Click here.')));
      await runInMemory(['report', '.', '--out', 'report.html'], folder.path);
      const html = readReport(folder);
      assert.doesNotMatch(html, /<script|<img/i);
      const escaped =
        'Klik &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#60;img src=x onerror=alert(1)&#62; her.';
      assert.ok(html.includes(escaped));
    } finally {
      folder.dispose();
    }
  });

  test('Should make a page that requests nothing: no remote source, link or import; its policy says so', async () => {
    const folder = new TempFolder();
    try {
      const linked = unit('646d1-101', 'Se [guiden](https://example.com/g).', 'See [it](https://example.com/o).');
      folder.write('a.md', danishArticle(linked));
      await runInMemory(['report', '.', realArticles, '--out', 'report.html'], folder.path);
      const html = readReport(folder);
      assert.doesNotMatch(html, /\b(?:src|href)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
      assert.doesNotMatch(html, /@import|url\(/i);
      const policy = 'default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;';
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`));
      assert.match(html, /<html lang="en">[\s\S]*<title>Bilingual Docs QA report<\/title>/);
    } finally {
      folder.dispose();
    }
  });

  test('Should exit as check does: 0 without errors, 1 with one', async () => {
    const folder = new TempFolder();
    try {
      folder.write('a.md', danishArticle(unit('646d1-101', 'Click here.', 'Click here.')));
      assert.equal((await runInMemory(['report', '.', '--out', 'clean.html'], folder.path)).code, 0);
      const argv = ['report', '.', '--out', 'failing.html', '--rule', 'untranslated=error'];
      const failing = await runInMemory(argv, folder.path);
      assert.equal(failing.code, 1);
      assert.match(readReport(folder, 'failing.html'), /<h3 id="rule-untranslated-error">untranslated/);
    } finally {
      folder.dispose();
    }
  });

  test('Should list the findings of the glossaries of the configuration file under Glossary', async () => {
    const folder = new TempFolder();
    try {
      const seed = readFileSync(join(fixturesRoot, 'seeds/et-EE__self-service-password-reset.md'), 'utf8');
      folder.write('.git/HEAD', 'ref: refs/heads/main\n');
      folder.write('.bilingual-docs.json', JSON.stringify({ glossaries: ['terms.csv'] }));
      folder.write('terms.csv', 'source,target,locale,status\npassword,parool,et-EE,preferred\n');
      folder.write('articles/sspr.md', seed.replace('oma paroolide lähtestamine', 'oma salasõnade lähtestamine'));
      await runInMemory(['report', 'articles', '--out', 'report.html'], folder.path);
      const html = readReport(folder);
      const section = /<h2 id="glossary">Glossary<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
      assert.match(section, /<h3 id="rule-glossary-term-[a-z]+">glossary-term/);
      assert.match(section, /salasõnade/);
    } finally {
      folder.dispose();
    }
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['without --out', ['report', '.'], /report needs --out FILE\.html/],
    ['with --out -', ['report', '.', '--out', '-'], /report writes a file: give --out FILE\.html, not "-"/],
    ['with --out naming a folder', ['report', '.', '--out', '.'], /--out \. is a folder/],
    ['with a bad --rule', ['report', '.', '--out', 'r.html', '--rule', 'nonsense'], /--rule takes CODE=SEVERITY/],
    ['when the file cannot be written', ['report', '.', '--out', 'bad\u0000name.html'], /could not write bad/],
  ];
  for (const [what, argv, message] of usageErrors) {
    test(`Should answer with a usage error and exit 2 ${what}`, async () => {
      const folder = new TempFolder();
      try {
        const run = await runInMemory(argv, folder.path);
        assert.equal(run.code, 2);
        assert.match(run.stderr, message);
      } finally {
        folder.dispose();
      }
    });
  }
});

describe('QA report page', () => {
  const articles = readdirSync(realArticles).map((name) => readFileSync(join(realArticles, name), 'utf8'));
  const reports = articles.map((text, index) => checkText(`${index}.md`, text, EMPTY_CONFIG, { unitTexts: true }));

  test('Should list at most the cap of problems per rule and say how many there are', () => {
    const report = reports.reduce((most, next) => (next.diagnostics.length > most.diagnostics.length ? next : most));
    const counts = new Map<string, number>();
    for (const diagnostic of report.diagnostics) counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
    const [code, count] = [...counts].find(([, n]) => n > 2)!;
    const builder = new QaReportBuilder((path) => path, { problemsPerRule: 2, groups: 1 });
    builder.addFile(report);
    const built = builder.build({ scope: '.', generatedAt: '2026-01-01T00:00:00.000Z', toolVersion: '0.0.0' });
    const rule = built.rules.find((entry) => entry.code === code)!;
    assert.equal(rule.count, count);
    assert.equal(rule.problems.length, 2);
    assert.match(renderReportHtml(built), new RegExp(`The first 2 of ${count} are listed`));
  });

  test('Should give the glossary rules a section of their own, whatever rule codes they come with', () => {
    const real = reports.find((report) => report.diagnostics.some((diagnostic) => diagnostic.unitText))!;
    const about = real.diagnostics.find((diagnostic) => diagnostic.unitText)!;
    // The glossary rules are another helper's: a finding of theirs is a diagnostic like any other.
    const glossary = { ...about, code: 'forbidden-term', severity: 'warning' as const, message: 'Use "konto".' };
    const builder = new QaReportBuilder((path) => path);
    builder.addFile({ ...real, diagnostics: [...real.diagnostics, glossary] });
    const html = renderReportHtml(builder.build({ scope: '.', generatedAt: '2026-01-01', toolVersion: '0.0.0' }));
    const section = /<h2 id="glossary">Glossary<\/h2>([\s\S]*?)<\/section>/.exec(html)![1]!;
    assert.match(section, /<h3 id="rule-forbidden-term-warning">forbidden-term/);
    assert.ok(section.includes('Use &#34;konto&#34;.'));
    const problems = /<h2 id="problems">[\s\S]*?<\/section>/.exec(html)![0];
    assert.doesNotMatch(problems, /forbidden-term/);
    assert.match(html, /<li><a href="#glossary">Glossary<\/a><\/li>/);
  });

  test('Should show each problem with the source and target of its unit', () => {
    const index = reports.findIndex((report) => report.diagnostics.some((diagnostic) => diagnostic.unitText));
    const about = reports[index]!.diagnostics.find((diagnostic) => diagnostic.unitText)!;
    assert.ok(articles[index]!.includes(about.unitText!.source) && articles[index]!.includes(about.unitText!.target));
  });

  test('Should keep a contrast of at least 4.5:1 for every text colour in light and dark', () => {
    for (const [scheme, palette] of Object.entries(REPORT_PALETTES)) {
      const texts = [palette.text, palette.muted, palette.link, ...Object.values(palette.severities)];
      for (const background of [palette.background, palette.surface]) {
        for (const text of texts) {
          const ratio = contrastRatio(text, background);
          assert.ok(ratio >= 4.5, `${scheme}: ${text.join(',')} on ${background.join(',')} is ${ratio.toFixed(2)}:1`);
        }
      }
    }
  });
});
