// UI checks: what a person sees. Packs the .vsix (scripts/package.mjs), installs it into code-server (installed on
// demand into .cache/), opens the sample articles in headless Chromium and, as a user would, opens a localized
// article from the explorer, hovers a target span, runs Preview Bilingual from the command palette and reads the
// webview's table; every step waits on a selector, none on a timer. Screenshots go to test-results/ui/, and also
// to docs/screenshots/ (the README's pictures) with `--update-screenshots`. Then the same article again in
// code-server's web worker extension host, with a copy of the extension that has no Node entry (`main`), so that
// only the browser build (dist/browser/: the extension, and the language server in a Web Worker) can run: status,
// hover, Preview Bilingual and the Problems panel.
//
// Prints one line per check and a summary, writes {"passed":N,"failed":M} to $RESULTS_FILE when set, and exits
// non-zero on any failure, including a run that does not finish within the time limit.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  ensureCodeServer,
  installVsix,
  killProcessGroupNow,
  launchChromium,
  startCodeServer,
  writeUserSettings,
  type RunningBrowser,
  type RunningServer,
} from '../../scripts/code-server.mjs';
import { parse } from '../../server/src/core/parse';
import { copyGridFixtures, gridChecks } from './gridChecks';
import { previewChecks } from './previewChecks';

const root = resolve(__dirname, '../../..');
const RUN_TIMEOUT_MS = Number(process.env.BILINGUAL_DOCS_UI_TIMEOUT_MS ?? 10 * 60 * 1000);
const INSTALL_TIMEOUT_MS = 16 * 60 * 1000;
const STEP_TIMEOUT_MS = 30_000;
/** Two builds of the extension and its server (Node and browser), minified: about 1.1 MiB measured. */
/**
 * The spelling dictionaries are 31.9 MB of it; the issue's ceiling is 40 MB (decimal megabytes, as vsce and the
 * Marketplace count them). Above this the package has picked up something it should not (source maps, tests).
 */
const MAX_VSIX_BYTES = 36_000_000;
const updateScreenshots = process.argv.includes('--update-screenshots');
const screenshotDirs = [
  join(root, 'test-results', 'ui'),
  ...(updateScreenshots ? [join(root, 'docs', 'screenshots')] : []),
];

const ARTICLE = 'et-EE__self-service-password-reset.md';
/** A word of the target text of unit 646d1-104, whose English source the hover must show. */
const HOVERED_WORD = 'administraatorite';
const HOVERED_SOURCE = 'SSPR is enabled by default for Admins.';
/** A word of the target text of unit 646d1-105, where the cursor is when Preview Bilingual opens. */
const CURSOR_WORD = 'registreerida';
const CURSOR_UNIT_ID = '646d1-105';
const PAYLOAD_ARTICLE = 'script-payloads.synthetic.md';
const BROKEN_ARTICLE = 'Dynamics-365-Operations__inventory-settings.md';
/** A Turkish sample with words the tr dictionary lacks, for spelling in the browser build. */
const SPELLING_ARTICLE = 'Dynamics-365-Operations__transportation-management-engines.md';
const SPELLING_WORD = 'sevkıyatı';

interface CheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly detail: string;
  readonly ms: number;
}

const results: CheckResult[] = [];

let currentPage: Page | undefined;

async function check(name: string, body: () => Promise<string | void>): Promise<boolean> {
  const started = Date.now();
  try {
    const detail = (await body()) ?? '';
    results.push({ name, passed: true, detail, ms: Date.now() - started });
    console.log(`  ✔ ${name}${detail ? ` (${detail})` : ''} ${Date.now() - started} ms`);
    return true;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 20).join('\n      ');
    results.push({ name, passed: false, detail, ms: Date.now() - started });
    const picture = currentPage ? join(screenshotDirs[0]!, `failed-${results.length}.png`) : undefined;
    if (currentPage && picture) {
      mkdirSync(screenshotDirs[0]!, { recursive: true });
      await currentPage.screenshot({ path: picture }).catch(() => undefined);
    }
    console.log(
      `  ✘ ${name} ${Date.now() - started} ms\n      ${detail}${picture ? `\n      what the page showed: ${picture}` : ''}`,
    );
    return false;
  }
}

function notRun(name: string, because: string) {
  results.push({ name, passed: false, detail: `not run: ${because}`, ms: 0 });
  console.log(`  ✘ ${name}\n      not run: ${because}`);
}

async function screenshot(page: Page, name: string): Promise<string> {
  const [first, ...copies] = screenshotDirs.map((dir) => join(dir, `${name}.png`));
  mkdirSync(join(first!, '..'), { recursive: true });
  await page.screenshot({ path: first! });
  for (const copy of copies) {
    mkdirSync(join(copy, '..'), { recursive: true });
    copyFileSync(first!, copy);
  }
  return `${name}.png`;
}

function writeResultsFile(passed: number, failed: number) {
  const path = process.env.RESULTS_FILE;
  if (path) writeFileSync(path, JSON.stringify({ passed, failed }) + '\n');
}

function unitsOf(path: string) {
  return parse(readFileSync(path, 'utf8')).units;
}

function packageVsix(outDir: string): string {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const vsix = readdirSync(outDir).find((name) => name.endsWith('.vsix'));
  if (result.status !== 0 || !vsix)
    throw new Error(`npm run package failed (exit ${result.status}):\n${output.split('\n').slice(-30).join('\n')}`);
  console.log(
    output
      .trim()
      .split('\n')
      .filter((line) => /\.vsix|files|DONE|WARNING/i.test(line))
      .map((line) => `  ${line.trim()}`)
      .join('\n'),
  );
  return join(outDir, vsix);
}

/** Resolves with the first frame (the workbench, a webview's outer or inner frame…) where `selector` matches. */
function frameWith(page: Page, selector: string, description: string, timeoutMs = STEP_TIMEOUT_MS): Promise<Frame> {
  return new Promise<Frame>((resolveFrame, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      page.off('frameattached', watch);
      settle();
    };
    const watch = (frame: Frame) => {
      frame.waitForSelector(selector, { state: 'attached', timeout: timeoutMs }).then(
        () => finish(() => resolveFrame(frame)),
        () => undefined, // a frame that is detached or never shows it; another one may
      );
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new Error(`timed out after ${timeoutMs / 1000} s waiting for ${description} (${selector}) in any frame`),
          ),
        ),
      timeoutMs,
    );
    page.on('frameattached', watch);
    for (const frame of page.frames()) watch(frame);
  });
}

/**
 * The little of the page's DOM that `wordCentre` uses in the browser; the test project's `lib` has no DOM, and
 * adding it would let `document` type-check in the Node tests too.
 */
interface PageRect { left: number; top: number; width: number; height: number }
declare const document: {
  querySelector(selector: string): object | null;
  createTreeWalker(root: object, whatToShow: number): { nextNode(): { textContent: string | null } | null };
  createRange(): {
    setStart(node: object, offset: number): void;
    setEnd(node: object, offset: number): void;
    getBoundingClientRect(): PageRect;
  };
};
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** The centre of a word rendered in the editor, found with a DOM Range over Monaco's `.view-lines`. */
async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  await page
    .locator('.editor-instance .view-lines')
    .filter({ hasText: word })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  const box = await page.evaluate(({ wanted, showText }) => {
    const lines = document.querySelector('.editor-instance .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, showText);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, { wanted: word, showText: SHOW_TEXT });
  if (!box) throw new Error(`"${word}" is not rendered as one piece of text in the editor`);
  return box;
}

/** Moves the mouse onto `word` in the editor, as a person would, and waits for a hover that shows `expected`. */
/** Hover attempts, each waiting a third of a step: together as long as one step. */
const HOVER_ATTEMPTS = 3;

async function hoverAndWaitFor(page: Page, word: string, expected: string) {
  const hover = page.locator('.monaco-hover').filter({ hasText: expected }).first();
  // VS Code asks for a hover once per rest of the mouse; one that came back empty (a run failed once so, the
  // server busy) is not asked again until the mouse moves: so it moves away and back, as a person would.
  for (let attempt = 1; ; attempt++) {
    const { x, y } = await wordCentre(page, word);
    await page.mouse.move(x, y - 60);
    await page.mouse.move(x, y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS / HOVER_ATTEMPTS });
      return;
    } catch (error) {
      if (attempt === HOVER_ATTEMPTS) throw error;
    }
  }
}

/**
 * Opens an article by clicking it in the explorer and waits until the extension has read it: its status item
 * shows the unit count (`et-EE · HT · 8 units · …`), and with it the commands that need a bilingual article are
 * in the command palette.
 */
async function openFromExplorer(page: Page, workspace: string, fileName: string, textInEditor: string) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: fileName }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  await row.click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: fileName }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page
    .locator('.editor-instance .view-lines')
    .filter({ hasText: textInEditor })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  const units = unitsOf(join(workspace, fileName)).length;
  await page
    .locator('.statusbar-item')
    .filter({ hasText: ` · ${units} units` })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function runCommand(page: Page, label: RegExp, typed: string) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // Filling the input, rather than typing into whatever has focus, cannot lose the first keys.
  await input.fill(`>${typed}`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

async function placeCursorOn(page: Page, word: string) {
  await page.keyboard.press('Escape');
  const { x, y } = await wordCentre(page, word);
  await page.mouse.click(x, y);
}

/** Each unit's target in the article the preview shows (its default layout: two columns). */
const PREVIEW_TARGETS = '[data-role="target"][data-unit-index]';

/** Runs "Preview Bilingual to the Side", which keeps the article visible beside the preview. */
async function openPreview(page: Page, expectedUnits: number): Promise<Frame> {
  await runCommand(page, /Preview Bilingual to the Side/, 'Preview Bilingual to the Side');
  const frame = await frameWith(page, PREVIEW_TARGETS, 'the article in Preview Bilingual');
  // The page shows the article in one go from the server's preview result, so its first unit means all of them.
  const targets = await frame.locator(PREVIEW_TARGETS).count();
  if (targets !== expectedUnits)
    throw new Error(`the preview shows ${targets} targets; the article has ${expectedUnits} units`);
  return frame;
}

async function uiChecks(
  page: Page,
  workspace: string,
  userDataDir: string,
  baseSettings: Record<string, unknown>,
  dialogs: string[],
) {
  const harness = {
    page,
    workspace,
    userDataDir,
    baseSettings,
    check,
    notRun,
    screenshot,
    frameWith,
    openFromExplorer,
    runCommand,
  };
  if (process.env.BILINGUAL_DOCS_UI_ONLY === 'grid') {
    await page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ hasText: ARTICLE })
      .waitFor({ timeout: 60_000 });
    await gridChecks(harness);
    return;
  }
  const article = join(workspace, ARTICLE);
  const units = unitsOf(article);
  const cursorUnit = units.find((unit) => unit.id.value === CURSOR_UNIT_ID);
  if (!cursorUnit) throw new Error(`${ARTICLE} has no unit ${CURSOR_UNIT_ID}`);

  const workbench = await check('Should show the workbench with the sample articles in the explorer', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ hasText: ARTICLE })
      .waitFor({ timeout: 60_000 });
    return screenshot(page, 'workbench');
  });
  if (!workbench) return;

  const opened = await check(
    'Should open a localized article from the explorer and show its locale and units in the status bar',
    async () => {
      await openFromExplorer(page, workspace, ARTICLE, 'Iseteeninduslik');
      const status = `et-EE · HT · ${units.length} units`;
      await page.locator('.statusbar-item').filter({ hasText: status }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      return `"${status}"; ${await screenshot(page, 'article')}`;
    },
  );

  if (opened) {
    await check('Should show the English source when hovering a target span', async () => {
      await hoverAndWaitFor(page, HOVERED_WORD, HOVERED_SOURCE);
      return screenshot(page, 'hover');
    });
  } else {
    notRun('Should show the English source when hovering a target span', 'the article did not open');
  }

  let preview: Frame | undefined;
  if (opened) {
    await check(
      'Should open Preview Bilingual from the command palette with the article and each unit once',
      async () => {
        await placeCursorOn(page, CURSOR_WORD);
        preview = await openPreview(page, units.length);
        return `${units.length} targets; ${await screenshot(page, 'preview-article')}`;
      },
    );
  } else {
    notRun(
      'Should open Preview Bilingual from the command palette with the article and each unit once',
      'the article did not open',
    );
  }

  if (preview) {
    const frame = preview;
    await check("Should highlight the cursor's unit in the preview", async () => {
      const current = frame.locator(`${PREVIEW_TARGETS}.current`);
      await current.first().waitFor({ timeout: STEP_TIMEOUT_MS });
      const indexes: (string | null)[] = [];
      for (let i = 0; i < (await current.count()); i++)
        indexes.push(await current.nth(i).getAttribute('data-unit-index'));
      if (indexes.length !== 1 || indexes[0] !== String(cursorUnit.index)) {
        throw new Error(
          `highlighted units ${JSON.stringify(indexes)}; expected only unit ${CURSOR_UNIT_ID} (index ${cursorUnit.index})`,
        );
      }
      return `unit ${cursorUnit.index}`;
    });
    // The README's picture: the article, its source on hover, and the preview beside it.
    await check('Should show the English source on hover with the preview beside the article', async () => {
      await hoverAndWaitFor(page, HOVERED_WORD, HOVERED_SOURCE);
      return screenshot(page, 'preview');
    });
  } else {
    notRun("Should highlight the cursor's unit in the preview", 'the preview did not open');
    notRun('Should show the English source on hover with the preview beside the article', 'the preview did not open');
  }

  await check('Should run none of the script payloads of an article in the preview', async () => {
    const payloadUnits = unitsOf(join(workspace, PAYLOAD_ARTICLE));
    await page.keyboard.press('Escape');
    await openFromExplorer(page, workspace, PAYLOAD_ARTICLE, 'Skriptid');
    const frame = await openPreview(page, payloadUnits.length);
    await frame.locator(PREVIEW_TARGETS).filter({ hasText: 'Tavaline lause' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const live = frame
      .locator('#content')
      .locator('script, iframe, object, embed, img, [onerror], [onload], [href], [src]');
    if ((await live.count()) > 0)
      throw new Error(
        `the article holds live markup: ${(await live.evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 80)))).join(' | ')}`,
      );
    const ran: string[] = [];
    for (const each of page.frames()) {
      const marked = each.locator('html[data-pwned]');
      if ((await marked.count().catch(() => 0)) > 0)
        ran.push(`data-pwned="${await marked.getAttribute('data-pwned')}" in ${each.url().slice(0, 60)}`);
    }
    if (ran.length > 0 || dialogs.length > 0) throw new Error(`payloads ran: ${[...ran, ...dialogs].join(', ')}`);
    return `${payloadUnits.length} units, nothing ran; ${await screenshot(page, 'script-payloads')}`;
  });

  await check(
    'Should list the broken tag of an article in the Problems panel and underline it in the editor',
    async () => {
      await runCommand(page, /Close All Editors/, 'View: Close All Editors');
      await openFromExplorer(page, workspace, BROKEN_ARTICLE, 'f9e3a');
      await runCommand(page, /Focus on Problems View/i, 'Focus on Problems View');
      const problem = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'escaped-markup' }).first();
      await problem.waitFor({ timeout: STEP_TIMEOUT_MS });
      // Opening the problem reveals line 77, so the editor renders its squiggle.
      await problem.dblclick();
      await page
        .locator('.editor-instance .squiggly-error')
        .first()
        .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      return screenshot(page, 'diagnostics');
    },
  );

  await previewChecks(harness);
  await gridChecks(harness);
}

/**
 * Copies the installed extensions into `to`, the Bilingual Docs one without `main`: VS Code runs an extension that
 * has only a `browser` entry in the web worker extension host, as vscode.dev and github.dev do.
 */
function installWithoutNodeEntry(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  const registry = join(to, 'extensions.json');
  writeFileSync(registry, readFileSync(registry, 'utf8').split(from).join(to));
  const folder = readdirSync(to).find((name) => name.startsWith('bilingual-docs.bilingual-docs-'));
  if (!folder) throw new Error(`no Bilingual Docs extension in ${to}: ${readdirSync(to).join(', ')}`);
  const manifestPath = join(to, folder, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { main?: string; browser?: string };
  if (!manifest.browser) throw new Error(`${manifestPath} has no browser entry`);
  delete manifest.main;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return `${folder} with only "browser": "${manifest.browser}"`;
}

/** The extension and its language server from the browser build, on the same article as the checks above. */
async function webWorkerHostChecks(page: Page, workspace: string) {
  const units = unitsOf(join(workspace, ARTICLE));
  const host = 'in the web worker extension host';
  const workbench = await check(`Should show the workbench ${host}`, async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: ARTICLE });
    await row.waitFor({ timeout: 60_000 });
  });
  if (!workbench) return;
  const opened = await check(`Should show the article's locale and units in the status bar ${host}`, async () => {
    await openFromExplorer(page, workspace, ARTICLE, 'Iseteeninduslik');
    const status = `et-EE · HT · ${units.length} units`;
    await page.locator('.statusbar-item').filter({ hasText: status }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    return `"${status}"`;
  });
  if (!opened) {
    for (const name of ['hover', 'Preview Bilingual', 'Problems panel']) {
      notRun(`${name} ${host}`, 'the article did not open');
    }
    return;
  }
  await check(`Should show the English source when hovering a target span ${host}`, async () => {
    await hoverAndWaitFor(page, HOVERED_WORD, HOVERED_SOURCE);
  });
  await check(`Should open Preview Bilingual with every unit ${host}`, async () => {
    await placeCursorOn(page, CURSOR_WORD);
    const frame = await openPreview(page, units.length);
    await frame
      .locator('[data-role="source"]')
      .filter({ hasText: HOVERED_SOURCE })
      .first()
      .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
    return `${units.length} rows`;
  });
  await check(`Should list the broken tag of an article in the Problems panel ${host}`, async () => {
    await runCommand(page, /Close All Editors/, 'View: Close All Editors');
    await openFromExplorer(page, workspace, BROKEN_ARTICLE, 'f9e3a');
    await runCommand(page, /Focus on Problems View/i, 'Focus on Problems View');
    const problem = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'escaped-markup' }).first();
    await problem.waitFor({ timeout: STEP_TIMEOUT_MS });
    return screenshotOnlyInTestResults(page, 'web-worker-host-diagnostics');
  });
  await check(`Should list a misspelled word of a Turkish article in the Problems panel ${host}`, async () => {
    await runCommand(page, /Close All Editors/, 'View: Close All Editors');
    await openFromExplorer(page, workspace, SPELLING_ARTICLE, 'Taşıma');
    await runCommand(page, /Focus on Problems View/i, 'Focus on Problems View');
    // The article has more problems than the panel shows rows for (with their related locations): filter the list
    // to the word, as a person would, so its row is drawn wherever it stands.
    await page.keyboard.press('Control+F');
    await page.keyboard.type(SPELLING_WORD);
    // The browser's server gets the Turkish dictionary through the extension and unpacks it itself.
    const problem = page.locator('.markers-panel .monaco-list-row').filter({ hasText: SPELLING_WORD }).first();
    await problem.waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS * 3 });
    // A problem that arrives after the filter was typed can stay filtered out until the filter changes: type it again.
    await page.keyboard.press('Control+A');
    await page.keyboard.type(SPELLING_WORD);
    await problem.waitFor({ timeout: STEP_TIMEOUT_MS });
    return `"${SPELLING_WORD}"`;
  });
}

/** A picture of a check that the README does not show. */
async function screenshotOnlyInTestResults(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDirs[0]!, { recursive: true });
  await page.screenshot({ path: join(screenshotDirs[0]!, `${name}.png`) });
  return `${name}.png`;
}

async function main(): Promise<number> {
  const started = Date.now();
  const runDir = mkdtempSync(join(tmpdir(), 'bilingual-docs-ui-'));
  rmSync(screenshotDirs[0]!, { recursive: true, force: true });
  let server: RunningServer | undefined;
  let browser: RunningBrowser | undefined;
  process.on('exit', () => {
    killProcessGroupNow(browser?.pid);
    killProcessGroupNow(server?.pid);
  });
  const overall = setTimeout(() => {
    console.error(
      `\nTIMEOUT: the UI checks did not finish within ${Math.round((RUN_TIMEOUT_MS + INSTALL_TIMEOUT_MS) / 60000)} min; stopping code-server and Chromium. Logs: ${runDir}`,
    );
    writeResultsFile(results.filter((r) => r.passed).length, results.filter((r) => !r.passed).length + 1);
    process.exit(1);
  }, RUN_TIMEOUT_MS + INSTALL_TIMEOUT_MS);

  try {
    const codeServer = await ensureCodeServer({ root, log: (line) => console.log(line) });
    console.log(`code-server ${codeServer.version} ${codeServer.installedNow ? 'installed' : 'found in .cache/'}`);

    // Without a package the remaining checks still run, on a workbench without the extension, so that what
    // fails is visible in the screenshots.
    const extensionsDir = join(runDir, 'extensions');
    const userDataDir = join(runDir, 'user-data');
    mkdirSync(extensionsDir, { recursive: true });
    let vsix: string | undefined;
    let installed = false;
    const packaged = await check('Should package the extension into a .vsix', async () => {
      vsix = packageVsix(join(runDir, 'vsix'));
      const bytes = statSync(vsix).size;
      // Everything is bundled; a package this big has picked up source maps, node_modules or test output.
      if (bytes > MAX_VSIX_BYTES)
        throw new Error(`${basename(vsix)} is ${bytes.toLocaleString('en')} bytes, more than ${MAX_VSIX_BYTES}`);
      return `${basename(vsix)}, ${bytes.toLocaleString('en')} bytes (${(bytes / 1024).toFixed(1)} KiB)`;
    });
    if (packaged && vsix) {
      const packageFile = vsix;
      installed = await check('Should install the .vsix into code-server', async () =>
        installVsix({ codeServer, vsix: packageFile, extensionsDir, userDataDir }).join(', '),
      );
    } else {
      notRun('Should install the .vsix into code-server', 'there is no .vsix');
    }

    const workspace = join(runDir, 'samples');
    cpSync(join(root, 'samples'), workspace, { recursive: true });
    copyFileSync(join(root, 'test', 'fixtures', 'vscode', PAYLOAD_ARTICLE), join(workspace, PAYLOAD_ARTICLE));
    copyGridFixtures(root, workspace);
    const baseSettings = {
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'editor.hover.delay': 150,
      'workbench.colorTheme': 'Light 2026',
    };
    writeUserSettings(userDataDir, baseSettings);

    server = await startCodeServer({
      codeServer,
      runDir: join(runDir, 'server'),
      userDataDir,
      extensionsDir,
      log: (line) => console.log(line),
    });
    browser = await launchChromium({ runDir, width: 1440, height: 900, log: (line) => console.log(line) });
    const context = browser.browser.contexts()[0] ?? (await browser.browser.newContext());
    const page = await context.newPage();
    currentPage = page;
    await page.setViewportSize({ width: 1440, height: 900 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`dialog "${dialog.message()}"`);
      dialog.dismiss().catch(() => undefined);
    });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, {
      waitUntil: 'domcontentloaded',
      timeout: 60_000,
    });
    const checksStarted = Date.now();
    await uiChecks(page, workspace, userDataDir, baseSettings, dialogs);
    console.log(`UI checks took ${((Date.now() - checksStarted) / 1000).toFixed(1)} s`);

    await page.close();
    await server.stop();
    const webExtensionsDir = join(runDir, 'web-extensions');
    const webUserDataDir = join(runDir, 'web-user-data');
    const copied =
      installed &&
      (await check('Should install a copy of the extension without its Node entry', async () =>
        installWithoutNodeEntry(extensionsDir, webExtensionsDir)));
    if (copied) {
      const settings = { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'editor.hover.delay': 150 };
      writeUserSettings(webUserDataDir, settings);
      server = await startCodeServer({
        codeServer,
        runDir: join(runDir, 'web-server'),
        userDataDir: webUserDataDir,
        extensionsDir: webExtensionsDir,
        log: (line) => console.log(line),
      });
      const webPage = await context.newPage();
      currentPage = webPage;
      await webPage.setViewportSize({ width: 1440, height: 900 });
      const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
      await webPage.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const webStarted = Date.now();
      await webWorkerHostChecks(webPage, workspace);
      console.log(`web worker extension host checks took ${((Date.now() - webStarted) / 1000).toFixed(1)} s`);
    } else {
      notRun('Checks in the web worker extension host', 'the extension was not installed');
    }
  } catch (error) {
    results.push({
      name: 'UI checks could run',
      passed: false,
      detail: error instanceof Error ? error.message : String(error),
      ms: 0,
    });
    console.error(`UI checks could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(overall);
    await browser?.stop();
    await server?.stop();
  }

  const passed = results.filter((r) => r.passed).length;
  const failed = results.filter((r) => !r.passed).length || (results.length === 0 ? 1 : 0);
  console.log(
    `\nUI checks: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshotDirs.join(' and ')}`,
  );
  writeResultsFile(passed, failed);
  if (failed === 0) rmSync(runDir, { recursive: true, force: true });
  else console.log(`logs kept in ${runDir}`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    writeResultsFile(0, 1);
    process.exit(1);
  },
);
