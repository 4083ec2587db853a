/**
 * The real TextMate engine (vscode-textmate over vscode-oniguruma, as VS Code runs it) with our injection grammar
 * over a small Markdown base grammar. The base grammar has only what the injection depends on: the root scope
 * `text.html.markdown`, its `#inline` rules (bold, inline code), fenced code and front matter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';

const root = process.cwd();
const INJECTION_SCOPE = 'bilingual-docs.injection';
const MARKDOWN_SCOPE = 'text.html.markdown';

const BASE_MARKDOWN_GRAMMAR = {
  scopeName: MARKDOWN_SCOPE,
  patterns: [{ include: '#front-matter' }, { include: '#fenced-code' }, { include: '#inline' }],
  repository: {
    'front-matter': { begin: '\\A---\\s*$', end: '^---\\s*$', name: 'meta.embedded.block.frontmatter' },
    'fenced-code': { begin: '^(\\s*)(`{3,}|~{3,})', end: '^\\1\\2\\s*$', name: 'markup.fenced_code.block.markdown' },
    inline: { patterns: [{ include: '#raw' }, { include: '#bold' }] },
    raw: { match: '(`+)(?:[^`]|(?!(?<!`)\\1(?!`))`)*+(\\1)', name: 'markup.inline.raw.string.markdown' },
    bold: { match: '\\*\\*[^*]+\\*\\*', name: 'markup.bold.markdown' },
  },
};

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let markdownGrammar: Promise<IGrammar> | undefined;

async function loadMarkdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new OnigScanner(patterns),
      createOnigString: (text) => new OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN_SCOPE) return parseRawGrammar(JSON.stringify(BASE_MARKDOWN_GRAMMAR), 'markdown.json');
      if (scopeName === INJECTION_SCOPE) {
        const path = join(root, 'syntaxes/bilingual-docs.injection.tmLanguage.json');
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      }
      return null;
    },
    getInjections: (scopeName) => (scopeName === MARKDOWN_SCOPE ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN_SCOPE);
  if (!grammar) throw new Error('the Markdown base grammar did not load');
  return grammar;
}

/** Tokens of each line, tokenized in order so that multi-line constructs carry over. */
export async function tokenizeLines(lines: readonly string[]): Promise<Token[][]> {
  markdownGrammar ??= loadMarkdownGrammar();
  const grammar = await markdownGrammar;
  let state: StateStack = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The tokens of a line whose text is exactly `text` (a line may hold the same text more than once). */
export function tokensWithText(tokens: readonly Token[], text: string): Token[] {
  return tokens.filter((token) => token.text === text);
}

/** Everything in the line that carries a scope, concatenated: what a theme would paint with it. */
export function textWithScope(tokens: readonly Token[], scope: string): string {
  return tokens
    .filter((token) => token.scopes.some((candidate) => candidate === scope || candidate.startsWith(`${scope}.`)))
    .map((token) => token.text)
    .join('');
}
