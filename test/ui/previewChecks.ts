// UI checks of Preview Bilingual's article mode and of VS Code's own Markdown preview of a bilingual article,
// driven by the preview's contract (data-layout, data-role, data-unit-index, lang, dir) and by what a reviewer
// does: open an article, switch the layout from the Quick Pick, open another article, scroll one side and watch
// the other; axe-core in three themes. Every step waits on a selector or a condition in the page, none on a timer.
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { parse } from '../../server/src/core/parse';
import { readFileSync } from 'node:fs';
import { axeViolations, describeViolations } from './axe';
import { setTheme, type UiHarness } from './gridChecks';

const STEP_TIMEOUT_MS = 30_000;
const RTL_ARTICLE = 'dynamics-365-project-operations-pr__define-roles.md';
const CJK_ARTICLE = 'OfficeDocs-SkypeForBusiness-pr__view-guests.md';
const LONG_ARTICLE = 'powerShell-Docs__everything-about-switch.md';
const SEED = 'et-EE__self-service-password-reset.md';
const SEED_TARGET = 'SSPR on administraatorite jaoks vaikimisi lubatud.';
const SEED_SOURCE = 'SSPR is enabled by default for Admins.';
const TARGET = '[data-role="target"][data-unit-index]';
const SHOW_SOURCE_VALUES = ['hidden', 'inline', 'tooltip'];

function unitCount(workspace: string, fileName: string): number {
  return parse(readFileSync(join(workspace, fileName), 'utf8')).units.length;
}

/** Opens the article and its preview beside it, and waits for the article's targets in the given layout. */
async function previewArticle(
  harness: UiHarness,
  fileName: string,
  textInEditor: string,
  lang: string,
): Promise<Frame> {
  const { page, workspace } = harness;
  await harness.runCommand(page, /Close All Editors/, 'View: Close All Editors');
  await harness.openFromExplorer(page, workspace, fileName, textInEditor);
  await harness.runCommand(page, /Preview Bilingual to the Side/, 'Preview Bilingual to the Side');
  const frame = await harness.frameWith(page, `${TARGET}[lang="${lang}"]`, `the preview of ${fileName}`);
  const targets = await frame.locator(TARGET).count();
  const units = unitCount(workspace, fileName);
  if (targets !== units) throw new Error(`the preview shows ${targets} targets; ${fileName} has ${units} units`);
  return frame;
}

/** "Change Preview Layout…" from the command palette; its own Quick Pick then offers the layouts. */
async function chooseLayout(harness: UiHarness, label: RegExp): Promise<void> {
  const { page } = harness;
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill('>Change Preview Layout');
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: /Change Preview Layout/ }).first().click();
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}


/** Sets `bilingualDocs.builtinPreview.showSource` in the Settings editor, as a user does. */
async function setShowSource(harness: UiHarness, value: string): Promise<void> {
  const { page } = harness;
  await harness.runCommand(page, /Preferences: Open User Settings(?! \(JSON\))/, 'Preferences: Open User Settings');
  // The search box is a small Monaco editor: click it and type, as a user does.
  const search = page.locator('.settings-editor .suggest-input-container').first();
  await search.waitFor({ timeout: STEP_TIMEOUT_MS });
  await search.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('bilingualDocs.builtinPreview.showSource');
  // Wait for the search to have found the setting, not just for any drop-down of the editor's first page.
  const select = page
    .locator('.settings-editor .setting-item-enum')
    .filter({ hasText: 'Show Source' })
    .locator('select')
    .first();
  await select.waitFor({ timeout: STEP_TIMEOUT_MS });
  // The drop-down lists the values in the order of the setting's enum; the keyboard picks one as a user would.
  await select.focus();
  await page.keyboard.press('Enter');
  await page
    .locator('.monaco-select-box-dropdown-container')
    .first()
    .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Home');
  for (let step = 0; step < SHOW_SOURCE_VALUES.indexOf(value); step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The Settings editor marks a value it has written (one that is not the default); close it only then.
  const configured = page
    .locator('.settings-editor .setting-item-contents.is-configured')
    .filter({ hasText: 'Show Source' });
  await configured.waitFor({ state: value === 'hidden' ? 'detached' : 'attached', timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Escape');
}

export async function previewChecks(harness: UiHarness): Promise<void> {
  const { page } = harness;
  let rtl: Frame | undefined;

  await harness.check(
    'Should show a Hebrew article in two columns, its targets right to left beside the English',
    async () => {
      rtl = await previewArticle(harness, RTL_ARTICLE, 'ms.contentlocale', 'he-IL');
      const frame = rtl;
      await frame.locator('html[data-layout="columns"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      const directions = (await frame.evaluate(
        `[...document.querySelectorAll('[data-role="target"]')].map((target) => getComputedStyle(target).direction + ' ' + target.lang)`,
      )) as string[];
      if (directions.some((direction) => direction !== 'rtl he-IL'))
        throw new Error(`targets laid out as ${[...new Set(directions)].join(', ')}`);
      const sources = (await frame.evaluate(
        `[...document.querySelectorAll('[data-role="source"]')].map((source) => getComputedStyle(source).direction + ' ' + source.lang + ' ' + (source.offsetParent !== null))`,
      )) as string[];
      if (sources.some((source) => source !== 'ltr en-US true'))
        throw new Error(`sources: ${[...new Set(sources)].join(', ')}`);
      if ((await frame.locator('.block h1').count()) !== 2)
        throw new Error('the title is not a heading in both columns');
      return `${directions.length} targets right to left; ${await harness.screenshot(page, 'preview-rtl')}`;
    },
  );

  await harness.check('Should show a Japanese article with strict line breaking', async () => {
    const frame = await previewArticle(harness, CJK_ARTICLE, 'ms.contentlocale', 'ja-JP');
    const lineBreaks = (await frame.evaluate(
      `[...document.querySelectorAll('[data-role="target"]')].map((target) => getComputedStyle(target).lineBreak)`,
    )) as string[];
    if (lineBreaks.some((lineBreak) => lineBreak !== 'strict'))
      throw new Error(`line-break ${[...new Set(lineBreaks)].join(', ')}`);
    const image = frame.locator('img[src*="vscode-resource"], img[src*="vscode-cdn"]');
    return `${lineBreaks.length} targets, ${await image.count()} local image(s) by webview URI; ${await harness.screenshot(page, 'preview-cjk')}`;
  });

  await harness.check(
    'Should switch the layout from "Change Preview Layout…" and show each source where the layout puts it',
    async () => {
      const frame = await previewArticle(harness, SEED, 'Iseteeninduslik', 'et-EE');
      await chooseLayout(harness, /source under each unit/);
      await frame
        .locator('html[data-layout="interleaved"] .article.layout-interleaved')
        .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      const displays = (await frame.evaluate(
        `[...document.querySelectorAll('[data-role="source"]')].map((source) => getComputedStyle(source).display)`,
      )) as string[];
      if (displays.some((display) => display !== 'block'))
        throw new Error(`interleaved sources displayed ${[...new Set(displays)].join(', ')}`);
      const interleaved = await harness.screenshot(page, 'preview-interleaved');
      await chooseLayout(harness, /selected unit in a panel/);
      await frame
        .locator('html[data-layout="target"] .article.layout-target')
        .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      await frame.locator(TARGET).filter({ hasText: SEED_TARGET }).first().click();
      await frame.locator('#source-panel').filter({ hasText: SEED_SOURCE }).waitFor({ timeout: STEP_TIMEOUT_MS });
      const panel = await harness.screenshot(page, 'preview-target-panel');
      await chooseLayout(harness, /Table of units/);
      await frame
        .locator('html[data-layout="units"] table.units')
        .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      await chooseLayout(harness, /source beside each block/);
      await frame
        .locator('html[data-layout="columns"] .article.layout-columns')
        .waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      return `${interleaved}, ${panel}`;
    },
  );

  await harness.check('Should follow the active editor to another article', async () => {
    await previewArticle(harness, SEED, 'Iseteeninduslik', 'et-EE');
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: RTL_ARTICLE }).first().click();
    await harness.frameWith(page, `${TARGET}[lang="he-IL"]`, 'the preview following the Hebrew article');
    const tabs = await page.locator('.tabs-container .tab').filter({ hasText: 'Bilingual ' }).count();
    if (tabs !== 1) throw new Error(`${tabs} preview tabs; one preview should follow the editor`);
    return `one preview, now on ${RTL_ARTICLE}`;
  });

  await harness.check(
    'Should scroll the editor with the preview and the preview with the editor, unit by unit',
    async () => {
      const frame = await previewArticle(harness, LONG_ARTICLE, 'ms.contentlocale', 'ko-KR');
      const units = parse(readFileSync(join(harness.workspace, LONG_ARTICLE), 'utf8')).units;
      const far = units[Math.floor(units.length * 0.8)]!;
      await frame.evaluate(
        `document.querySelector('[data-role="target"][data-unit-index="${far.index}"]').scrollIntoView({ block: 'start' })`,
      );
      await page
        .locator('.editor-instance .view-lines')
        .filter({ hasText: `data-ttu-id="${far.id.value}"` })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT_MS });
      const farY = (await frame.evaluate('window.scrollY')) as number;
      // Back to the top of the editor (Ctrl+Home): the preview follows the editor's scrolling to the first unit.
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('ControlOrMeta+Home');
      // A function, not a string: the page's Content-Security-Policy forbids evaluating strings in it.
      await frame.waitForFunction(
        (limit: number) => (globalThis as unknown as { scrollY: number }).scrollY < limit,
        farY / 4,
        { timeout: STEP_TIMEOUT_MS },
      );
      return `preview → editor to unit ${far.id.value}, editor → preview back to the top; ${await harness.screenshot(page, 'preview-scroll-sync')}`;
    },
  );

  // Light last, so the checks after these see the light theme they started with.
  for (const [theme, bodyClass] of [
    ['Dark 2026', 'vscode-dark'],
    ['Dark High Contrast', 'vscode-high-contrast'],
    ['Light 2026', 'vscode-light'],
  ] as const) {
    await harness.check(`Should pass axe-core's WCAG 2.1 A/AA rules in the article preview in ${theme}`, async () => {
      const frame = await previewArticle(harness, RTL_ARTICLE, 'ms.contentlocale', 'he-IL');
      await setTheme(harness, theme, bodyClass, frame);
      const title = (await frame.evaluate('document.title + "|" + document.documentElement.lang')) as string;
      if (!/^.+\|en$/.test(title)) throw new Error(`title and lang of the page: ${title}`);
      const violations = await axeViolations(frame);
      if (violations.length > 0) throw new Error(describeViolations(violations));
      return `no violations; ${await harness.screenshot(page, `preview-${bodyClass}`)}`;
    });
  }
  await harness.check(
    "Should show the seed in VS Code's Markdown preview without its sources, and with them when asked",
    async () => {
      await harness.runCommand(page, /Close All Editors/, 'View: Close All Editors');
      await harness.openFromExplorer(page, harness.workspace, SEED, 'Iseteeninduslik');
      await harness.runCommand(page, /Markdown: Open Preview to the Side/, 'Markdown: Open Preview to the Side');
      const frame = await harness.frameWith(page, 'span[data-ttu-id]', "VS Code's Markdown preview of the seed");
      await frame
        .locator('span[data-ttu-id]')
        .filter({ hasText: SEED_TARGET })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT_MS });
      if ((await frame.locator('.sxs-lookup').count()) > 0) throw new Error('the built-in preview shows the sources');
      const hidden = await harness.screenshot(page, 'builtin-preview');
      await setShowSource(harness, 'inline');
      const inline = await harness.frameWith(
        page,
        '.sxs-lookup',
        'the sources in the built-in preview after the setting changed',
      );
      await inline
        .locator('.sxs-lookup')
        .filter({ hasText: SEED_SOURCE })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT_MS });
      const shown = await harness.screenshot(page, 'builtin-preview-inline');
      await setShowSource(harness, 'hidden');
      return `${hidden}, ${shown}`;
    },
  );
  // Whatever a check left open (a Quick Pick, the Settings editor), the next checks start from a clean window.
  await page.keyboard.press('Escape');
  await harness.runCommand(page, /Close All Editors/, 'View: Close All Editors').catch(() => undefined);
}
