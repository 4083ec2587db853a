/**
 * Core figures, printed as one JSON object: parse and check throughput over the corpus against parse5's
 * Tokenizer alone over the same text, the time of hostile inputs at two sizes (to show linear growth), and the
 * Bilingual Editor's model of the largest article (its time and the size of its JSON).
 * Run through `npm run bench`; a figure, never a pass/fail.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from '../server/src/core/parse';
import { checkDocument } from '../server/src/core/check';
import { EMPTY_CONFIG } from '../server/src/core/config';
import { createLanguageService } from '../server/src/languageService';
import { renderArticle } from '../client/src/preview/article';
import { rewriteBilingualSource } from '../client/src/builtinPreview';
import { markdownFiles, tokenizeOnly } from './support';

const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared/corpus');
const corpusRoot = existsSync(shared) ? shared : join(root, 'test/fixtures');

function checkOnly(text: string): void {
  checkDocument(parse(text), EMPTY_CONFIG);
}

/** Best of `rounds` timings of `work` over all texts, in milliseconds, after one warm-up round. */
function bestOf(rounds: number, texts: readonly string[], work: (text: string) => void): number {
  for (const text of texts) work(text);
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const text of texts) work(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function corpusFigures(): Record<string, unknown> {
  const files = markdownFiles(corpusRoot);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const megabytes = bytes / 1e6;
  const parseMs = bestOf(5, texts, (text) => void parse(text));
  const checkMs = bestOf(5, texts, checkOnly);
  const tokenizerMs = bestOf(5, texts, tokenizeOnly);
  return {
    corpus: corpusRoot,
    files: files.length,
    bytes,
    parseMBps: round2(megabytes / (parseMs / 1000)),
    checkMBps: round2(megabytes / (checkMs / 1000)),
    tokenizerOnlyMBps: round2(megabytes / (tokenizerMs / 1000)),
    checkTimeOverTokenizerTime: round2(checkMs / tokenizerMs),
  };
}

const unit = (n: number): string =>
  `<span data-ttu-id="abcde-${n}">Lause number ${n}.</span><span class="sxs-lookup"><span data-stu-id="abcde-${n}">Sentence number ${n}.</span></span>`;

/** Hostile inputs, each built at a scale; the bench times each at scale 1 and 2. */
const HOSTILE: Record<string, (scale: number) => string> = {
  article20MB: (scale) => {
    const base = readFileSync(
      markdownFiles(corpusRoot).sort((a, b) => statSync(b).size - statSync(a).size)[0]!,
      'utf8',
    );
    return base.repeat(Math.ceil((10e6 * scale) / base.length));
  },
  units200k: (scale) => Array.from({ length: 100_000 * scale }, (_, i) => unit(i + 1)).join('\n'),
  nestedSpans10k: (scale) => '<span>'.repeat(5_000 * scale) + unit(1) + '</span>'.repeat(5_000 * scale),
  line2MB: (scale) => Array.from({ length: 4_000 * scale }, (_, i) => unit(i + 1)).join(' '),
  attributeValue1MB: (scale) => `<span data-ttu-id="${'a'.repeat(500_000 * scale)}">x</span>`,
  openTagRepeated1M: (scale) => '<span data-ttu-id="'.repeat(500_000 * scale),
  unclosedQuotes: (scale) => '<span data-ttu-id=&quot;'.repeat(200_000 * scale),
  backticks: (scale) => '`a'.repeat(500_000 * scale) + unit(1),
  fences: (scale) => '```\n'.repeat(200_000 * scale) + unit(1),
  mixedLineEndings: (scale) =>
    Array.from({ length: 50_000 * scale }, (_, i) => unit(i) + ['\n', '\r\n', '\r'][i % 3]).join(''),
};

function hostileFigures(): Record<string, unknown> {
  const figures: Record<string, unknown> = {};
  for (const [name, make] of Object.entries(HOSTILE)) {
    const small = make(1);
    const large = make(2);
    const smallMs = bestOf(1, [small], checkOnly);
    const largeMs = bestOf(1, [large], checkOnly);
    figures[name] = {
      chars: large.length,
      checkMs: round2(largeMs),
      MBps: round2(large.length / 1e6 / (largeMs / 1000)),
      // Time at twice the size over time at the size: about 2 when the cost grows linearly.
      growthAtDoubleSize: round2(largeMs / smallMs),
    };
  }
  return figures;
}

/** `getEditorModel` on the largest article (fr-FR win32-pr__c-user.md, 1.34 MB, 5,799 units in the corpus). */
function editorFigures(): Record<string, unknown> {
  const path = markdownFiles(corpusRoot).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const service = createLanguageService({ ruleDocumentationLink: (code) => code });
  const checked = service.check({ uri: 'file:///bench/article.md', version: 1, model: parse(text) }, EMPTY_CONFIG);
  const modelMs = bestOf(5, [text], () => void service.getEditorModel(checked));
  const json = JSON.stringify(service.getEditorModel(checked));
  const stringifyMs = bestOf(5, [text], () => void JSON.stringify(service.getEditorModel(checked))) - modelMs;
  return {
    article: basename(path),
    bytes: Buffer.byteLength(text),
    units: checked.model.units.length,
    getEditorModelMs: round2(modelMs),
    resultJsonBytes: Buffer.byteLength(json),
    jsonStringifyMs: round2(Math.max(0, stringifyMs)),
  };
}

/**
 * Preview figures over the corpus: Preview Bilingual's article mode (two columns, the heaviest layout: every block
 * rendered twice) from the language server's preview result, and the rewrite the built-in Markdown preview's
 * plugin does before markdown-it reads an article.
 */
function previewFigures(): Record<string, unknown> {
  const service = createLanguageService({ ruleDocumentationLink: (code) => code });
  const texts = markdownFiles(corpusRoot).map((file) => readFileSync(file, 'utf8'));
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const previews = new Map(
    texts.map((text) => [
      text,
      service.getPreview(service.check({ uri: 'file:///bench.md', version: 1, model: parse(text) }, EMPTY_CONFIG))!,
    ]),
  );
  const articleMs = bestOf(3, texts, (text) => {
    const preview = previews.get(text)!;
    void renderArticle(text, preview, {
      layout: 'columns',
      targetLanguage: preview.summary.locale,
      rightToLeft: preview.rightToLeft,
    });
  });
  const rewriteMs = bestOf(3, texts, (text) => void rewriteBilingualSource(text, 'hidden'));
  return {
    articleColumnsMBps: round2(megabytes / (articleMs / 1000)),
    builtinPreviewRewriteMBps: round2(megabytes / (rewriteMs / 1000)),
  };
}

const result = {
  core: corpusFigures(),
  hostile: hostileFigures(),
  editorModel: editorFigures(),
  preview: previewFigures(),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
