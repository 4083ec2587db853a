// A stand-in for the VS Code executable that `@vscode/test-electron`'s `runTests()` launches, for machines that
// cannot download the desktop VS Code. It takes the same Electron-style arguments (`--extensionDevelopmentPath=…`,
// `--extensionTestsPath=…`, a folder, `--user-data-dir=…`, `--extensions-dir=…`) and runs them through code-server:
// the same workbench and extension host, served on a loopback port and shown in headless Chromium. The workbench
// opened with `enable-smoke-test-driver` honours the test payload in its URL, forwards the extension host's log to
// `codeAutomationLog` and reports the suite's exit code through `codeAutomationExit`, which becomes this process's
// exit code, as the desktop VS Code's own would.
//
// runTests.ts writes a small executable script that runs this file with Node; see `writeShimExecutable`.
import { appendFileSync, createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import {
  HARMLESS_LOG_LINES,
  ensureCodeServer,
  killProcessGroupNow,
  launchChromium,
  startCodeServer,
  writeUserSettings,
  type RunningBrowser,
  type RunningServer,
  declareEmptyLanguagePack,
} from '../../scripts/code-server.mjs';
import { REPORT_END, REPORT_START, SHIM_ENV } from './shimEnvironment';

const root = resolve(__dirname, '../../..');

interface LaunchArguments {
  extensionDevelopmentPaths: string[];
  extensionTestsPath: string | undefined;
  folder: string | undefined;
  userDataDir: string | undefined;
  extensionsDir: string | undefined;
}

function parseArguments(argv: readonly string[]): LaunchArguments {
  const parsed: LaunchArguments = {
    extensionDevelopmentPaths: [],
    extensionTestsPath: undefined,
    folder: undefined,
    userDataDir: undefined,
    extensionsDir: undefined,
  };
  for (const arg of argv) {
    const [name, value] = splitOption(arg);
    if (name === '--extensionDevelopmentPath' && value) parsed.extensionDevelopmentPaths.push(resolve(value));
    else if (name === '--extensionTestsPath' && value) parsed.extensionTestsPath = resolve(value);
    else if (name === '--user-data-dir' && value) parsed.userDataDir = resolve(value);
    else if (name === '--extensions-dir' && value) parsed.extensionsDir = resolve(value);
    else if (!arg.startsWith('-') && parsed.folder === undefined) parsed.folder = resolve(arg);
    // Electron and desktop-only switches (--no-sandbox, --disable-updates, --skip-welcome …) mean nothing here.
  }
  return parsed;
}

function splitOption(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** The variables the harness meant for the extension host (runTests' `extensionTestsEnv`). */
function extensionEnvironment(): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith(SHIM_ENV.forwardedPrefix) && value !== undefined) forwarded[name] = value;
  }
  return forwarded;
}

function isHarmless(message: string): boolean {
  const firstLine = message.split('\n', 1)[0] ?? '';
  return HARMLESS_LOG_LINES.some((pattern) => pattern.test(firstLine));
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (!args.extensionTestsPath || args.extensionDevelopmentPaths.length === 0) {
    console.error(
      'code-server shim: expected --extensionDevelopmentPath=… and --extensionTestsPath=… (it only runs extension tests)',
    );
    return 2;
  }
  const runDir = process.env[SHIM_ENV.runDir] ?? mkdtempSync(join(tmpdir(), 'bilingual-docs-shim-'));
  mkdirSync(runDir, { recursive: true });
  const userDataDir = args.userDataDir ?? join(runDir, 'user-data');
  const extensionsDir = args.extensionsDir ?? join(runDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  // VS Code in a browser saves after a delay by default; tests that try a quick fix must leave the file as it was.
  writeUserSettings(userDataDir, { 'files.autoSave': 'off', 'files.refactoring.autoSave': false });
  const timeoutMs = Number(process.env[SHIM_ENV.timeoutMs] ?? 10 * 60 * 1000);
  const pidsFile = process.env[SHIM_ENV.pidsFile];
  const log = (line: string) => console.log(`[code-server shim] ${line}`);

  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  // If this process dies in a way that skips the `finally` below, nothing may be left behind.
  process.on('exit', () => {
    killProcessGroupNow(browser?.pid);
    killProcessGroupNow(server?.pid);
  });
  const remember = (pid: number) => {
    if (pidsFile) appendFileSync(pidsFile, `${pid}\n`);
  };

  try {
    const codeServer = await ensureCodeServer({ root, log });
    const locale = process.env[SHIM_ENV.locale];
    if (locale) declareEmptyLanguagePack(userDataDir, locale);
    server = await startCodeServer({
      codeServer,
      runDir,
      userDataDir,
      extensionsDir,
      smokeTestDriver: true,
      locale,
      log,
    });
    remember(server.pid);
    browser = await launchChromium({ runDir, log });
    remember(browser.pid);

    const context = browser.browser.contexts()[0] ?? (await browser.browser.newContext());
    const page = await context.newPage();
    const consoleLog = createWriteStream(join(runDir, 'workbench-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

    const exitCode = new Promise<number>((resolveExit, rejectExit) => {
      const timer = setTimeout(
        () => rejectExit(new Error(`the extension tests did not finish within ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs,
      );
      page.exposeFunction('codeAutomationExit', (code: number) => {
        clearTimeout(timer);
        resolveExit(Number(code));
      }).catch(rejectExit);
      page.on('crash', () => {
        clearTimeout(timer);
        rejectExit(new Error('the workbench page crashed'));
      });
    });
    let inReport = false;
    await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      consoleLog.write(`[automation ${type}] ${text}\n`);
      // Everything the window logs comes through here; the terminal shows only mocha's report and what the
      // extension logs while the suite runs, less the messages that only say this machine is offline.
      if (text.includes(REPORT_START)) inReport = true;
      else if (text.includes(REPORT_END)) inReport = false;
      else if (inReport && !isHarmless(text)) console.log(text);
    });

    const remote = (path: string) => `vscode-remote://127.0.0.1:${server!.port}${path}`;
    const payload: [string, string][] = [
      ...args.extensionDevelopmentPaths.map((path): [string, string] => ['extensionDevelopmentPath', remote(path)]),
      ['extensionTestsPath', remote(args.extensionTestsPath)],
      ['extensionEnvironment', JSON.stringify(extensionEnvironment())],
      ['skipWelcome', 'true'],
    ];
    const query = new URLSearchParams({ payload: JSON.stringify(payload) });
    if (args.folder) query.set('folder', args.folder);
    log(
      `opening the workbench${args.folder ? ` on ${args.folder}` : ''}; the full log goes to ${join(runDir, 'workbench-console.log')}`,
    );
    await page.goto(`${server.url}/?${query.toString()}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const code = await exitCode;
    log(`extension tests finished with exit code ${code}`);
    return code;
  } catch (error) {
    console.error(`[code-server shim] ${error instanceof Error ? error.message : String(error)}`);
    console.error(`[code-server shim] logs: ${runDir}`);
    return 1;
  } finally {
    await browser?.stop();
    await server?.stop();
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // runTests() forwards Ctrl+C as SIGINT; exiting runs the 'exit' handler, which ends both process groups.
  process.on(signal, () => process.exit(130));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
