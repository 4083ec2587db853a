// `npm start`: try Bilingual Docs on the sample articles (samples/) in a real VS Code.
// - Where the desktop VS Code's `code` command is on PATH: builds, then opens samples/ in a new VS Code window
//   with this folder as the extension under development.
// - Elsewhere (or with `npm start -- --browser`): packs the .vsix, installs it into code-server (installed on
//   demand into the git-ignored .cache/, once, about 3 minutes), starts code-server on 127.0.0.1 and prints the
//   address to open in a browser. `PORT=8080 npm start` picks the port; Ctrl+C stops it.
// Everything it writes stays in dist/ and .cache/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, installVsix, startCodeServer, writeUserSettings } from './code-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const samples = join(root, 'samples');
const inBrowser = process.argv.includes('--browser');

function run(title, command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

function hasDesktopCode() {
  return spawnSync('code', ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
}

async function startDesktop() {
  run('build', process.execPath, [join(root, 'scripts', 'build.mjs')]);
  const code = spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, samples], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  code.on('exit', (status) => {
    if (status === 0)
      console.log(
        'Opened samples/ in VS Code with Bilingual Docs under development; after `npm run build`, run "Developer: Reload Window" there.',
      );
    process.exit(status ?? 1);
  });
}

async function startInBrowser() {
  const cache = join(root, '.cache', 'start');
  const extensionsDir = join(cache, 'extensions');
  const userDataDir = join(cache, 'user-data');
  mkdirSync(extensionsDir, { recursive: true });

  const codeServer = await ensureCodeServer({ root });
  run('npm run package', process.execPath, [join(root, 'scripts', 'package.mjs'), '--out-dir', join(cache, 'vsix')]);
  const vsix = readdirSync(join(cache, 'vsix')).find((name) => name.endsWith('.vsix'));
  if (!vsix) throw new Error('npm run package made no .vsix');
  installVsix({ codeServer, vsix: join(cache, 'vsix', vsix), extensionsDir, userDataDir });
  // Settings are written once; what you change in the browser is kept for the next `npm start`.
  if (!existsSync(join(userDataDir, 'User', 'settings.json')))
    writeUserSettings(userDataDir, { 'editor.wordWrap': 'on' });

  const server = await startCodeServer({
    codeServer,
    runDir: join(cache, 'server'),
    userDataDir,
    extensionsDir,
    port: Number(process.env.PORT ?? 0),
    log: () => undefined,
  });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    `\nBilingual Docs ${vsix.replace(/^.*-(\d[^-]*)\.vsix$/, '$1')} is running in code-server ${codeServer.version} (VS Code in the browser).`,
  );
  console.log(`Open: ${server.url}/?folder=${encodeURIComponent(samples)}`);
  console.log('Press Ctrl+C to stop.');
  const status = await server.exited;
  console.error(`code-server stopped (exit ${status}); its log: ${server.logFile}`);
  process.exit(status ?? 1);
}

try {
  if (!inBrowser && hasDesktopCode()) await startDesktop();
  else await startInBrowser();
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
