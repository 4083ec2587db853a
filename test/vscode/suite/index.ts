// The entry point the extension host requires for extension tests: runs every `*.test.js` bundled next to this
// file with mocha, prints mocha's spec report to the extension host's log, and writes the results as JSON where
// the harness asked (SHIM_ENV.resultsFile), because the log is not the same stream in desktop VS Code and
// code-server. Rejects when a test fails, which makes VS Code exit non-zero.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_END, REPORT_START, SHIM_ENV, type SuiteResults, type TestResult } from '../shimEnvironment';

export async function run(): Promise<void> {
  const grep = process.env[SHIM_ENV.grep];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const tests: TestResult[] = [];
  console.log(REPORT_START);
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      const runner = mocha.run(resolve);
      runner.on('pass', (test) =>
        tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
      );
      runner.on('fail', (test, error: Error) => {
        tests.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration ?? 0,
          error: error.stack ?? error.message,
        });
      });
    } catch (error) {
      reject(error);
    }
  });
  console.log(REPORT_END);
  const results: SuiteResults = {
    passed: tests.filter((test) => test.state === 'passed').length,
    failed: Math.max(failures, tests.filter((test) => test.state === 'failed').length),
    tests,
  };
  const resultsFile = process.env[SHIM_ENV.resultsFile];
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  if (results.failed > 0) throw new Error(`${results.failed} of ${tests.length} integration tests failed`);
}
