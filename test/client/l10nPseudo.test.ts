/**
 * The client under a pseudo-locale, in memory: a pseudo bundle made from l10n/bundle.l10n.json (each text wrapped
 * in ［…］ with its vowels accented, as `qps-ploc` does) is loaded the way activation loads VS Code's bundle, then
 * the status bar's words, both webview pages, Preview Bilingual's content for real articles in every layout, the
 * grid's words and the commands' messages are made. Every word on them must come out pseudo-localized, except what
 * the article itself or the language server brought (unit text, IDs, rule codes and messages, the locale).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { parse as parseHtml } from 'parse5';
import { parse } from '../../server/src/core/parse';
import { EMPTY_CONFIG } from '../../server/src/core/config';
import { createLanguageService } from '../../server/src/languageService';
import type { PreviewResult } from '../../shared/protocol';
import { statusAccessibilityLabel, statusText, translationTypeText } from '../../client/src/summaryText';
import { renderPreviewShell, layoutLabel } from '../../client/src/preview/shell';
import { renderPreviewContent } from '../../client/src/preview/render';
import { PREVIEW_LAYOUTS } from '../../client/src/preview/messages';
import { classifyLink, linkedFile } from '../../client/src/preview/links';
import { renderGridShell } from '../../client/src/editor/gridShell';
import { gridPageText } from '../../client/src/editor/gridText';
import { gridContentOf } from '../../client/src/editor/gridRows';
import { sourceMessage } from '../../client/src/commands/sourceMessage';
import { findProblemUnit, problemUnitStatus } from '../../client/src/units';
import { summary } from './previewData';
import { pseudo, pseudoBundle } from './pseudoLocale';

const FIXTURES = join(process.cwd(), 'test/fixtures');

l10n.config({ contents: pseudoBundle(process.cwd()) });

/**
 * The words of a text that are neither pseudo-localized nor brought by the article or the server: `allowed` is
 * taken out first, then every ［…］ (innermost first, since translated text holds translated text), and what
 * still has two letters in a row is English the client wrote without l10n.
 */
function unlocalizedWords(text: string, allowed: readonly string[] = []): string | null {
  let rest = text;
  // Longest first, so a message is taken out whole before a word of it is.
  const longestFirst = allowed.filter((words) => words !== '').sort((a, b) => b.length - a.length);
  for (const words of longestFirst) rest = rest.split(words).join(' ');
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/［[^［］]*］/g, ' ');
  }
  return /[A-Za-z]{2,}/.test(rest) ? rest.trim() : null;
}

function assertLocalized(texts: readonly string[], allowed: readonly string[] = []): void {
  const english = texts.filter((text) => unlocalizedWords(text, allowed) !== null);
  assert.deepEqual(english, []);
}

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

/** Text the page shows or says: text nodes and the attributes people read or hear. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']);

/**
 * The page's own words in rendered HTML. `isArticle` marks elements holding the article's text; inside them only
 * elements that `isChrome` marks (an alert's title, an image's label) are the client's words.
 */
function pageWords(
  html: string,
  isArticle: (attributes: Record<string, string>) => boolean = () => false,
  isChrome: (attributes: Record<string, string>) => boolean = () => false,
): string[] {
  const words: string[] = [];
  const visit = (node: Node, inArticle: boolean): void => {
    if (node.nodeName === '#text') {
      if (!inArticle) words.push(node.value ?? '');
      return;
    }
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    const attributes = Object.fromEntries((node.attrs ?? []).map((attribute) => [attribute.name, attribute.value]));
    const chrome = isChrome(attributes);
    const article = (inArticle || isArticle(attributes)) && !chrome;
    if (!article) {
      for (const [name, value] of Object.entries(attributes)) if (SPOKEN_ATTRIBUTES.has(name)) words.push(value);
    }
    for (const child of node.childNodes ?? []) visit(child, article);
  };
  visit(parseHtml(html) as unknown as Node, false);
  return words.filter((text) => text.trim() !== '');
}

/** Every string in the page's `data-page-text`, however deep. */
function pageTextValues(html: string): string[] {
  const match = /data-page-text="([^"]*)"/.exec(html);
  assert.ok(match, 'the page carries its words');
  const json = match[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const values: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(JSON.parse(json));
  return values;
}

const service = createLanguageService({ ruleDocumentationLink: (code) => `file:///package/docs/rules/${code}.md` });

function checkedArticle(path: string) {
  const text = readFileSync(join(FIXTURES, path), 'utf8').replace(/^\uFEFF/, '');
  const checked = service.check({ uri: `file:///articles/${path}`, version: 1, model: parse(text) }, EMPTY_CONFIG);
  return { text, checked };
}

function previewOf(path: string): { text: string; preview: PreviewResult } {
  const { text, checked } = checkedArticle(path);
  const preview = service.getPreview(checked);
  assert.ok(preview, path);
  return { text, preview };
}

/** What the article and the server bring into the preview: not the client's words to translate. */
function articleWords(preview: PreviewResult, fileName: string): string[] {
  const { summary: facts } = preview;
  const problems = [...preview.units.flatMap((unit) => unit.problems), ...preview.otherProblems];
  return [
    fileName,
    facts.title ?? '',
    facts.locale ?? '',
    facts.translationType ?? '',
    ...preview.units.flatMap((unit) => [unit.id, unit.sourceId ?? '']),
    ...problems.flatMap((problem) => [problem.code, problem.message]),
  ];
}

const ARTICLES = [
  'seeds/et-EE__self-service-password-reset.md',
  'real/Dynamics-365-Operations__associate-lease-with-fixed-asset.md',
  'real/Dynamics-365-Operations__inventory-visibility.md',
  'anomalies/Dynamics-365-Operations__inventory-settings.md',
];

const hasClass = (attributes: Record<string, string>, ...names: string[]) =>
  (attributes['class'] ?? '').split(/\s+/).some((name) => names.includes(name));

describe('The client under a pseudo-locale', () => {
  test('Should pseudo-localize the status bar text and what a screen reader says for it', () => {
    const facts = summary({ problemCount: 3, problemsBySeverity: { error: 1, warning: 2, info: 0, hint: 0 } });
    const texts = [statusText(facts), statusAccessibilityLabel(facts), statusText(summary({ locale: null }))];
    assertLocalized(texts, ['et-EE', 'HT']);
    assert.equal(statusText(facts), 'et-EE · HT · ［8 úńítś］ · ［3 próblémś］');
  });

  test('Should pseudo-localize every word of the preview page and the words it sends to its script', () => {
    const html = renderPreviewShell({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce: 'bm9uY2U=',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/dist/media/preview.js',
      styleUri: 'https://file+.vscode-resource.vscode-cdn.net/client/media/preview.css',
      documentUri: 'file:///articles/et-EE.md',
      title: pseudo('Bilingual {0}').replace('{0}', 'et-EE.md'),
      layout: 'columns',
      uiLanguage: 'qps-ploc',
    });
    assert.match(html, /<html lang="qps-ploc"/);
    assertLocalized(pageWords(html), ['et-EE.md']);
    const values = pageTextValues(html);
    assert.ok(values.length >= 7);
    assert.deepEqual(values.filter((value) => !value.startsWith('［')), []);
  });

  test('Should pseudo-localize every word of the grid page and every word it gives its script', () => {
    const html = renderGridShell({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce: 'bm9uY2U=',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/dist/media/editor.js',
      styleUri: 'https://file+.vscode-resource.vscode-cdn.net/client/media/editor.css',
      title: pseudo('Bilingual Editor: {0}').replace('{0}', 'a.md'),
      uiLanguage: 'qps-ploc',
    });
    assertLocalized(pageWords(html), ['a.md']);
    const values = pageTextValues(html);
    const expected = Object.keys(gridPageText()).length - 2 + 4 + 9;
    assert.equal(values.length, expected, 'every word, the severities and the markup roles too');
    assert.deepEqual(values.filter((value) => !value.startsWith('［')), []);
  });

  for (const path of ARTICLES) {
    test(`Should pseudo-localize the preview's own words around ${path} in every layout`, () => {
      const { text, preview } = previewOf(path);
      const fileName = path.split('/').pop()!;
      const allowed = articleWords(preview, fileName);
      for (const layout of PREVIEW_LAYOUTS) {
        const html = renderPreviewContent(preview, { fileName, layout, text, resolveImage: () => null });
        // The article's text: a unit's sides, anything in its language, and the article's blocks in the layouts.
        const isArticle = (attributes: Record<string, string>) =>
          attributes['data-role'] !== undefined ||
          attributes['lang'] !== undefined ||
          hasClass(attributes, 'block', 'unshown-unit');
        // The client's words inside the article: an alert's title, an image's or an include's label, a note.
        const isChrome = (attributes: Record<string, string>) =>
          hasClass(attributes, 'alert-title', 'image-label', 'include-label', 'note', 'unit-problems');
        const words = pageWords(`<main>${html}</main>`, isArticle, isChrome);
        assert.ok(words.length > 3, `${layout}: the page has words of its own`);
        assertLocalized(words, allowed);
      }
    });
  }

  test('Should pseudo-localize the titles of the docs alerts in the article', () => {
    const { text, preview } = previewOf('real/Dynamics-365-Operations__associate-lease-with-fixed-asset.md');
    const html = renderPreviewContent(preview, { fileName: 'a.md', layout: 'columns', text, resolveImage: () => null });
    const titles = [...html.matchAll(/<p class="alert-title">([^<]*)<\/p>/g)].map((match) => match[1]!);
    assert.ok(titles.length > 0, 'the article has a [!NOTE]');
    assertLocalized(titles);
  });

  test('Should pseudo-localize the grid\'s notice for an article without markup', () => {
    const { checked } = checkedArticle('real/Dynamics-365-Operations__cash-mgmt.md');
    const model = service.getEditorModel({ ...checked, model: parse('# Plain Markdown\n\nNo units here.\n') });
    assert.ok(model);
    const content = gridContentOf(model, 'plain.md', new Map());
    assert.ok(content.header.notice);
    assertLocalized([content.header.notice]);
  });

  test('Should pseudo-localize what the commands say, keeping the unit\'s ID and words', () => {
    const { preview } = previewOf('anomalies/Dynamics-365-Operations__inventory-settings.md');
    const match = findProblemUnit(preview.units, { line: 1_000_000, character: 0 }, 'next');
    assert.ok(match?.wrapped, 'the search comes round to the first unit with a problem');
    const status = problemUnitStatus(match, 'next');
    const unit = preview.units.find((candidate) => candidate.source !== null)!;
    const blocked = classifyLink('javascript:alert(1)');
    const refused = linkedFile('/a/b.md', '../../../etc/passwd', ['/a']);
    assert.ok(blocked.kind === 'blocked' && refused.kind === 'refused');
    assertLocalized(
      [
        status,
        sourceMessage(unit.id, null),
        sourceMessage(unit.id, ''),
        ...PREVIEW_LAYOUTS.map(layoutLabel),
        translationTypeText('MT'),
        blocked.reason,
        refused.reason,
      ],
      [...articleWords(preview, ''), 'javascript'],
    );
    assert.ok(sourceMessage(unit.id, unit.source).startsWith('［'), 'the source is framed in the user\'s language');
  });

  test('Should find English the client wrote itself, so the checks above can fail', () => {
    assert.equal(unlocalizedWords('［Lóádíńg］'), null);
    assert.equal(unlocalizedWords('［［8 úńíts］, ［3 próbléms］］'), null);
    assert.notEqual(unlocalizedWords('et-EE · 8 units', ['et-EE']), null);
    assert.deepEqual(pageWords('<p class="notice">Loading the preview…</p><button aria-label="Close">✕</button>'), [
      'Loading the preview…',
      'Close',
      '✕',
    ]);
  });
});
