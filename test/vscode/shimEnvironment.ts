// The environment variables by which the integration harness (runTests.ts), the code-server shim and the suite
// inside the extension host talk to each other.
export const SHIM_ENV = {
  /** Folder for the shim's code-server config, logs and Chromium profile. */
  runDir: 'BILINGUAL_DOCS_SHIM_RUN_DIR',
  /** The shim gives up (and stops everything) after this many milliseconds. */
  timeoutMs: 'BILINGUAL_DOCS_SHIM_TIMEOUT_MS',
  /** The shim appends the process-group ids it starts, so the harness can end them if the shim itself hangs. */
  pidsFile: 'BILINGUAL_DOCS_SHIM_PIDS_FILE',
  /** Variables with this prefix reach the extension host, in desktop VS Code and in code-server alike. */
  forwardedPrefix: 'BILINGUAL_DOCS_TEST_',
  /** Where the suite's `run()` writes its results as JSON (a `SuiteResults`). */
  resultsFile: 'BILINGUAL_DOCS_TEST_RESULTS',
  /** Runs only the tests whose full title matches (mocha's grep), e.g. `BILINGUAL_DOCS_TEST_GREP=hover`. */
  grep: 'BILINGUAL_DOCS_TEST_GREP',
  /** VS Code's display language for the run (`--locale`), e.g. `qps-ploc`; English when unset. */
  locale: 'BILINGUAL_DOCS_TEST_LOCALE',
} as const;

/** Lines the suite prints around mocha's report, so the shim shows that report and not the workbench's own log. */
export const REPORT_START = '--- integration suite report ---';
export const REPORT_END = '--- end of integration suite report ---';

export interface TestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly durationMs: number;
  readonly error?: string;
}

export interface SuiteResults {
  readonly passed: number;
  readonly failed: number;
  readonly tests: readonly TestResult[];
}
