// UI checks of the Bilingual Editor, driven only by its contract (data-role, data-unit-index, lang, dir) and by
// the keyboard, as a translator would: open an article in the grid, type, commit with Ctrl+Enter, save, undo;
// the right-to-left article and the 1.34 MB article of 5,799 units; axe-core in three themes. Figures (open time,
// main-thread work per keystroke) are printed, never asserted.
import { copyFileSync, readFileSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { parse } from '../../server/src/core/parse';
import { axeViolations, describeViolations } from './axe';

export interface UiHarness {
  readonly page: Page;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly baseSettings: Record<string, unknown>;
  check(name: string, body: () => Promise<string | void>): Promise<boolean>;
  notRun(name: string, because: string): void;
  screenshot(page: Page, name: string): Promise<string>;
  frameWith(page: Page, selector: string, description: string, timeoutMs?: number): Promise<Frame>;
  openFromExplorer(page: Page, workspace: string, fileName: string, textInEditor: string): Promise<void>;
  runCommand(page: Page, label: RegExp, typed: string): Promise<void>;
}

const STEP_TIMEOUT_MS = 30_000;
const RTL_ARTICLE = 'he-IL__dynamics-365-project-operations-pr__intercompany-invoicing.md';
const LARGE_ARTICLE = 'fr-FR__win32-pr__c-user.md';
/** A sample article with broken markup in the wild, so units with problems. */
const BROKEN_ARTICLE = 'Dynamics-365-Operations__inventory-settings.md';
/** A Turkish sample with a real typo of its machine translation, `sevkıyatı` (for `sevkiyatı`). */
const SPELLING_ARTICLE = 'Dynamics-365-Operations__transportation-management-engines.md';
const SPELLING_WORD = 'sevkıyatı';
const TARGET = '[data-role="target"]';
const EDITABLE_TARGET = '[data-role="target"][contenteditable="true"]';

/** The files the grid checks open, copied from test/fixtures into the UI checks' workspace. */
export function copyGridFixtures(root: string, workspace: string): void {
  for (const name of [RTL_ARTICLE, LARGE_ARTICLE])
    copyFileSync(join(root, 'test', 'fixtures', 'real', name), join(workspace, name));
}

/**
 * Waits until the file on disk satisfies `accept`, read again on every change in its folder (VS Code may save by
 * replacing the file); the save is VS Code's, so only the file can tell. Fails after STEP_TIMEOUT_MS.
 */
function waitForFile(path: string, accept: (text: string) => boolean, description: string): Promise<string> {
  return new Promise((resolveText, reject) => {
    const watcher = watch(dirname(path));
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out waiting for ${description}`))),
      STEP_TIMEOUT_MS,
    );
    const probe = () => {
      const text = readFileSync(path, 'utf8');
      if (accept(text)) finish(() => resolveText(text));
    };
    watcher.on('change', probe);
    watcher.on('error', (error) => finish(() => reject(error)));
    probe();
  });
}

async function focusedUnitIndex(frame: Frame): Promise<number | null> {
  return frame.evaluate(() => {
    const focused = (
      globalThis as unknown as {
        document: { activeElement: { closest(s: string): { getAttribute(n: string): string | null } | null } | null };
      }
    ).document.activeElement;
    const value = focused?.closest('[data-unit-index]')?.getAttribute('data-unit-index');
    return value === undefined || value === null ? null : Number(value);
  });
}

/** Opens an article from the explorer, then in the grid; `openMs` is the time from the command to its first rows. */
async function openInGrid(
  harness: UiHarness,
  fileName: string,
  textInEditor: string,
): Promise<{ frame: Frame; openMs: number }> {
  const { page, workspace } = harness;
  await harness.runCommand(page, /Close All Editors/, 'View: Close All Editors');
  await harness.openFromExplorer(page, workspace, fileName, textInEditor);
  const started = Date.now();
  await harness.runCommand(page, /Open in Bilingual Editor(?! to the Side)/, 'Open in Bilingual Editor');
  const frame = await harness.frameWith(page, TARGET, `the Bilingual Editor grid of ${fileName}`);
  return { frame, openMs: Date.now() - started };
}

/**
 * Picks a colour theme by its label as a person would, with "Preferences: Color Theme", and waits for the grid to
 * wear it.
 */
export async function setTheme(harness: UiHarness, theme: string, bodyClass: string, frame: Frame): Promise<void> {
  const { page } = harness;
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill('>Preferences: Color Theme');
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: 'Preferences: Color Theme' })
    .first()
    .click();
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: new RegExp(`^${theme}`) }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await frame.locator(`body.${bodyClass}`).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
}

/** Focuses a target cell and waits until VS Code sends the grid's keys (Enter, Escape, Ctrl+Enter) to it. */
async function focusCell(frame: Frame, cell: ReturnType<Frame['locator']>): Promise<void> {
  await cell.click();
  await frame.locator('body[data-keys="grid"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
}

export async function gridChecks(harness: UiHarness): Promise<void> {
  const { page, workspace } = harness;
  const rtlPath = join(workspace, RTL_ARTICLE);
  const original = readFileSync(rtlPath, 'utf8');
  const units = parse(original).units;
  let grid: Frame | undefined;

  await harness.check(
    'Should open a right-to-left article in the Bilingual Editor with its locale and direction on every target',
    async () => {
      grid = (await openInGrid(harness, RTL_ARTICLE, 'ms.contentlocale')).frame;
      const targets = await grid
        .locator(TARGET)
        .evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('lang'), cell.getAttribute('dir')]));
      const wrong = targets.filter(([lang, dir]) => lang !== 'he-IL' || dir !== 'rtl');
      if (targets.length === 0 || wrong.length > 0)
        throw new Error(`${wrong.length} of ${targets.length} target cells lack lang="he-IL" dir="rtl"`);
      const sources = await grid
        .locator('[data-role="source"]')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('lang')));
      if (sources.some((lang) => lang !== 'en-US'))
        throw new Error(`source cells with lang ${[...new Set(sources)].join(', ')}`);
      const rowCount = Number(await grid.locator('[role="grid"]').getAttribute('aria-rowcount'));
      if (!(rowCount > units.length)) throw new Error(`aria-rowcount ${rowCount} for ${units.length} units`);
      const unindexed = await grid.locator('[role="row"]:not([aria-rowindex])').count();
      if (unindexed > 0) throw new Error(`${unindexed} rows without aria-rowindex`);
      return `${targets.length} target cells rendered of ${units.length} units; ${await harness.screenshot(page, 'editor-rtl')}`;
    },
  );
  if (!grid) {
    for (const name of ['typing', 'axe']) harness.notRun(`Bilingual Editor ${name}`, 'the grid did not open');
    return;
  }
  const frame = grid;

  await harness.check(
    'Should replace a cell with Ctrl+A and typing, commit it with Ctrl+Enter, move to the next unit and save exactly that edit',
    async () => {
      const cell = frame.locator(EDITABLE_TARGET).first();
      const unitIndex = Number(
        await cell.evaluate((element) => element.closest('[data-unit-index]')!.getAttribute('data-unit-index')),
      );
      await focusCell(frame, cell);
      await page.keyboard.press('Control+A');
      const typed = 'שלום <b> & עולם 😀';
      await page.keyboard.insertText(typed);
      await frame.locator('body[data-keys="grid"]').waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      const shown = await cell.evaluate((element) => element.textContent);
      if (shown !== typed)
        throw new Error(`the cell shows "${shown}" after Ctrl+A and typing; expected only "${typed}"`);
      await page.keyboard.press('Control+Enter');
      await frame.waitForFunction(
        (previous) => {
          const focused = (
            globalThis as unknown as {
              document: {
                activeElement: { closest(s: string): { getAttribute(n: string): string | null } | null } | null;
              };
            }
          ).document.activeElement;
          const index = focused?.closest('[data-unit-index]')?.getAttribute('data-unit-index');
          return index !== undefined && index !== null && Number(index) > previous;
        },
        unitIndex,
        { timeout: STEP_TIMEOUT_MS },
      );
      const next = await focusedUnitIndex(frame);
      await page.keyboard.press('Control+S');
      const unit = units[unitIndex]!;
      const expected =
        original.slice(0, unit.target.start) + 'שלום &lt;b&gt; &amp; עולם 😀' + original.slice(unit.target.end);
      await waitForFile(rtlPath, (text) => text === expected, 'the saved article to hold exactly the typed target');
      return `unit ${unitIndex + 1} written, focus on unit ${(next ?? 0) + 1}`;
    },
  );

  await harness.check(
    'Should undo the committed edit with Ctrl+Z in the grid and save the article back byte for byte',
    async () => {
      await focusCell(frame, frame.locator(TARGET).first());
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+S');
      await waitForFile(rtlPath, (text) => text === original, 'the article as it was before the edit');
      return 'the file is unchanged';
    },
  );

  await harness.check('Should keep markup tokens whole when typing after them', async () => {
    const withToken = frame.locator(`${EDITABLE_TARGET}:has(.token)`).first();
    await withToken.waitFor({ timeout: STEP_TIMEOUT_MS });
    const unitIndex = Number(
      await withToken.evaluate((element) => element.closest('[data-unit-index]')!.getAttribute('data-unit-index')),
    );
    await focusCell(frame, withToken);
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' נוסף');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    const unit = units[unitIndex]!;
    const expected = original.slice(0, unit.target.end) + ' נוסף' + original.slice(unit.target.end);
    await waitForFile(rtlPath, (text) => text === expected, 'the target with its markup kept and the words added');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+S');
    await waitForFile(rtlPath, (text) => text === original, 'the article back as it was');
    return `unit ${unitIndex + 1}`;
  });

  const themes: [string, string][] = [
    ['Light 2026', 'vscode-light'],
    ['Dark 2026', 'vscode-dark'],
    ['Dark High Contrast', 'vscode-high-contrast'],
  ];
  for (const [theme, bodyClass] of themes) {
    await harness.check(`Should pass axe-core's WCAG 2.1 A/AA rules in the Bilingual Editor in ${theme}`, async () => {
      await setTheme(harness, theme, bodyClass, frame);
      const violations = await axeViolations(frame);
      if (violations.length > 0) throw new Error(describeViolations(violations));
      return `no violations; ${await harness.screenshot(page, `editor-${bodyClass}`)}`;
    });
  }
  await setTheme(harness, 'Light 2026', 'vscode-light', frame).catch(() => undefined);

  await harness.check(
    'Should move to the next unit with a problem with F8, and filter the units with problems',
    async () => {
      const broken = (await openInGrid(harness, BROKEN_ARTICLE, 'f9e3a')).frame;
      await focusCell(broken, broken.locator(EDITABLE_TARGET).first());
      const before = await focusedUnitIndex(broken);
      await page.keyboard.press('F8');
      const landed = broken.locator('.unit-row.has-problems [data-role="target"]:focus');
      await landed.waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      const after = await focusedUnitIndex(broken);
      if (after === before) throw new Error(`F8 stayed on unit ${before}`);
      await broken.locator('#filter').selectOption('problems');
      const shown = await broken.locator('[role="row"][data-unit-index]').count();
      const withProblems = await broken.locator('.unit-row.has-problems').count();
      if (shown === 0 || shown !== withProblems)
        throw new Error(`the filter shows ${shown} rows, ${withProblems} of them with problems`);
      const picture = await harness.screenshot(page, 'editor-problems');
      await broken.locator('#filter').selectOption('all');
      return `F8 from unit ${(before ?? 0) + 1} to unit ${(after ?? 0) + 1}; ${shown} rows with problems; ${picture}`;
    },
  );

  await harness.check(
    "Should offer a misspelled word's corrections in its row while its target has the focus, and apply one by keyboard",
    async () => {
      const { frame: turkish } = await openInGrid(harness, SPELLING_ARTICLE, 'Taşıma');
      // Only the units with problems, so that the unit is among the rows drawn.
      await turkish.locator('#filter').selectOption('problems');
      const cell = turkish.locator(EDITABLE_TARGET, { hasText: SPELLING_WORD }).first();
      const unitIndex = await cell.evaluate((element) => {
        return element.closest('[data-unit-index]')?.getAttribute('data-unit-index');
      });
      const row = `[data-unit-index="${unitIndex}"]`;
      await focusCell(turkish, cell);
      // The corrections come from the dictionary once the cell has the focus; the caret stays where it was.
      const correction = turkish.locator(`${row} button[data-action="fix"]`, { hasText: /^Change to/ }).first();
      await correction.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      const title = (await correction.textContent()) ?? '';
      if ((await focusedUnitIndex(turkish)) !== Number(unitIndex)) {
        throw new Error(`the focus left unit ${Number(unitIndex) + 1} when its corrections came`);
      }
      await correction.focus();
      await page.keyboard.press('Enter');
      // Corrected, the unit has no problem left and leaves the filtered rows: the header counts the edit.
      const counts = turkish.locator('#counts');
      await counts.filter({ hasText: /\b1 edited\b/ }).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      await turkish.locator('#filter').selectOption('all');
      const corrected = title.replace(/^Change to "(.*)"$/, '$1');
      const target = turkish.locator(`${row} ${TARGET}`);
      await target.filter({ hasText: corrected }).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      // The sample stays as it is on disk for the checks after this one (the browser build's among them).
      await harness.runCommand(page, /Revert File/, 'File: Revert File');
      await counts.filter({ hasText: /\b0 edited\b/ }).waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
      return `unit ${Number(unitIndex) + 1}: ${title}, applied and reverted`;
    },
  );

  await harness.check(
    'Should open the 1.34 MB article of 5,799 units in the grid with only the rows in view in the page',
    async () => {
      const { frame: large, openMs } = await openInGrid(harness, LARGE_ARTICLE, 'ms.contentlocale');
      const rowCount = Number(await large.locator('[role="grid"]').getAttribute('aria-rowcount'));
      const rendered = await large.locator('[role="row"][data-unit-index]').count();
      if (rendered > 200) throw new Error(`${rendered} unit rows in the page: the grid is not virtualised`);
      // The webview's frame runs in the workbench's renderer, so the page's main thread is the one that types.
      const session = await page.context().newCDPSession(page);
      await session.send('Performance.enable');
      const taskDuration = async () => {
        const { metrics } = await session.send('Performance.getMetrics');
        return metrics.find((metric: { name: string; value: number }) => metric.name === 'TaskDuration')?.value ?? 0;
      };
      await focusCell(large, large.locator(EDITABLE_TARGET).first());
      await page.keyboard.press('End');
      const keys = 40;
      const before = await taskDuration();
      for (let i = 0; i < keys; i++) await page.keyboard.type('a');
      const perKeyMs = (((await taskDuration()) - before) * 1000) / keys;
      await page.keyboard.press('Escape');
      console.log(
        `    figures: open in the grid ${openMs} ms (from the command, with the article already open in the text editor, to its first rows); ${perKeyMs.toFixed(2)} ms of main-thread work per keystroke in a cell`,
      );
      return `aria-rowcount ${rowCount}, ${rendered} unit rows in the page; open ${openMs} ms; ${perKeyMs.toFixed(2)} ms per keystroke; ${await harness.screenshot(page, 'editor-large')}`;
    },
  );
}
