import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportRequest, type ReportResult } from '../../shared/protocol';
import { runInMemory, TempFolder, type JsonOutput } from '../cli/support/cli';
import { overviewFigures, summaryFigures } from '../cli/support/reportPage';
import { FIXTURES } from './support/documents';
import { StdioLanguageClient } from './support/stdioClient';

const REAL = join(FIXTURES, 'real');
const REAL_URI = pathToFileURL(REAL).href;

describe('bilingualDocs/report', () => {
  let client: StdioLanguageClient | undefined;

  before(async () => {
    client = await StdioLanguageClient.start({ rootUri: REAL_URI, settings: { rules: {}, diagnosticsDelay: 10 } });
  });

  after(() => client?.kill());

  const report = (params: unknown) => client!.request<ReportResult | null>(ReportRequest.method, params);

  test('Should report on the workspace with the same figures per locale as bilingual-docs check', async () => {
    const folder = new TempFolder();
    try {
      const json = await runInMemory(['check', REAL, '--format', 'json'], folder.path);
      const { summary } = JSON.parse(json.stdout) as JsonOutput;
      const result = (await report({ uris: [] }))!;
      assert.equal(result.files, summary.files);
      assert.equal(result.problems, summary.problems);
      assert.deepEqual(overviewFigures(result.html), summaryFigures(summary.byLocale));
    } finally {
      folder.dispose();
    }
  });

  test('Should link each problem to its file by URI, or relative to the folder the page is saved in', async () => {
    const name = 'Dynamics-365-Operations__cash-mgmt.md';
    const file = `${REAL_URI}/${name}`;
    const byUri = (await report({ uris: [file] }))!;
    assert.equal(byUri.files, 1);
    const escapedFile = file.replace(/[.$]/g, '\\$&');
    assert.match(byUri.html, new RegExp(`<a href="${escapedFile}#L\\d+" data-line="\\d+">${name}:\\d+</a>`));
    const saved = (await report({ uris: [file], linksFrom: `${pathToFileURL(FIXTURES).href}/reports` }))!;
    assert.match(saved.html, new RegExp(`<a href="\\.\\./real/${name.replace(/\./g, '\\.')}#L\\d+"`));
  });

  test('Should make the webview page with a nonce on its style and script, and a policy for only them', async () => {
    const nonce = 'bm9uY2UxMjM0NTY3ODkwMTI=';
    const webview = { nonce, cspSource: 'https://webview.test', scriptUri: 'https://webview.test/report.js' };
    const { html } = (await report({ uris: [REAL_URI], webview }))!;
    const policy =
      `default-src &#39;none&#39;; style-src &#39;nonce-${nonce}&#39;; ` +
      `script-src &#39;nonce-${nonce}&#39; https://webview.test`;
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`));
    assert.ok(html.includes(`<style nonce="${webview.nonce}">`));
    assert.ok(html.includes(`<script nonce="${webview.nonce}" src="https://webview.test/report.js"></script>`));
  });

  test('Should write the page in the language of a client that says German, the command line staying English', async () => {
    const german = await StdioLanguageClient.start({ rootUri: REAL_URI, locale: 'de', settings: { rules: {} } });
    try {
      const { html } = (await german.request<ReportResult | null>(ReportRequest.method, { uris: [REAL_URI] }))!;
      assert.match(html, /^<!DOCTYPE html>\n<html lang="de">/);
      for (const words of ['Übersicht nach Gebietsschema', 'Nicht übersetzte Einheiten', 'Probleme nach Regel']) {
        assert.ok(html.includes(words), `no "${words}" in the page`);
      }
      assert.ok(!html.includes('Overview by locale'));
    } finally {
      german.kill();
    }
    const english = (await report({ uris: [REAL_URI] }))!;
    assert.match(english.html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(english.html.includes('Overview by locale'));
  });

  test('Should answer bad parameters with an error, and a policy source that would break the policy too', async () => {
    await assert.rejects(report({ uris: 'file:///x' }), /Expected params\.uris to be a list of URIs/);
    const webview = { nonce: 'abc', cspSource: "x; script-src 'unsafe-inline'", scriptUri: 'x' };
    await assert.rejects(report({ uris: [], webview }), /Expected params\.webview to hold a cspSource/);
  });
});
