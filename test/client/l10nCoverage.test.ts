/**
 * Every user-facing string of the client goes through localization: a static check over the client's sources with
 * the TypeScript compiler. Words that reach what the user sees (notifications, the status bar, Quick Picks, webview
 * titles, hovers, the HTML of the preview and the grid, what the webview pages set as text or announce) must come
 * from `vscode.l10n.t` or `l10n.t`; and each of those calls must name its English text as one string literal, so
 * that `npm run l10n` finds it and l10n/bundle.l10n.json holds every key the code asks for, and no other.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const CLIENT_FOLDERS = ['client/src', 'client/media/src'];

function sourcesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(child);
    }
  };
  walk(join(root, folder));
  return files;
}

const SOURCES = CLIENT_FOLDERS.flatMap(sourcesUnder).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path: relative(root, path), file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
});

/** `vscode.l10n.t(…)` or `l10n.t(…)`. */
function isLocalizeCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const { expression, name } = node.expression;
  if (name.text !== 't') return false;
  return (
    (ts.isIdentifier(expression) && expression.text === 'l10n') ||
    (ts.isPropertyAccessExpression(expression) && expression.name.text === 'l10n')
  );
}

/** Two letters in a row: a word of English. Markup, placeholders, `#`, `·` and arrows have none. */
const WORDS = /[A-Za-z]{2,}/;

/**
 * The parts of an expression that are fixed text written in the client, with what stands between them (calls,
 * variables) left out: a string, the literal parts of a template, both sides of `+`, both branches of `?:`. A call
 * to `l10n.t` is localized text, so nothing in it is fixed English.
 */
function fixedTexts(node: ts.Expression): { text: string; node: ts.Node }[] {
  if (isLocalizeCall(node)) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ text: node.text, node }];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head, ...node.templateSpans.map((span) => span.literal)];
    return parts.map((part) => ({ text: part.text, node: part }));
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return fixedTexts(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...fixedTexts(node.left), ...fixedTexts(node.right)];
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    return fixedTexts(node.right);
  }
  if (ts.isConditionalExpression(node)) return [...fixedTexts(node.whenTrue), ...fixedTexts(node.whenFalse)];
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.flatMap((element) => fixedTexts(element as ts.Expression));
  }
  return [];
}

/** Calls whose arguments are shown to the user, by the name of the function or method called. */
const SHOWING_CALLS = new Set([
  'showInformationMessage',
  'showWarningMessage',
  'showErrorMessage',
  'setStatusBarMessage',
  'appendMarkdown',
  'appendText',
  'showQuickPick',
  'showInputBox',
  'withProgress',
  'createWebviewPanel',
  'notificationText',
  // The webview pages: what they announce to screen readers or show as an alert.
  'announce',
  'showAlert',
  'showMessage',
  // The Bilingual Editor's reasons for not writing an edit, shown in the grid.
  'fail',
]);
/** Properties whose value is shown: status bar items, Quick Pick items, webview titles, DOM text. */
const SHOWN_PROPERTIES = new Set([
  'text',
  'tooltip',
  'title',
  'label',
  'description',
  'detail',
  'placeHolder',
  'placeholder',
  'prompt',
  'message',
  'notice',
  'reason',
  'textContent',
  'saveLabel',
  'openLabel',
  'innerText',
  'ariaLabel',
]);
/** Attributes a page sets that a user reads or hears. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder']);
/** Errors whose message the client shows as it is. */
const SHOWN_ERRORS = new Set(['ServerUnavailableError']);

function calledName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function propertyName(name: ts.PropertyName | ts.MemberName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The expressions of a file whose value reaches the user, as the sinks above define them. */
function shownExpressions(file: ts.SourceFile): ts.Expression[] {
  const shown: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calledName(node);
      if (name !== undefined && SHOWING_CALLS.has(name)) shown.push(...node.arguments);
      const [first, second] = node.arguments;
      if (name === 'setAttribute' && first && second && ts.isStringLiteral(first) && SHOWN_ATTRIBUTES.has(first.text)) {
        shown.push(second);
      }
    }
    if (ts.isNewExpression(node)) {
      const name = calledName(node);
      const showsArguments = name === 'MarkdownString' || (name !== undefined && SHOWN_ERRORS.has(name));
      if (showsArguments) shown.push(...(node.arguments ?? []));
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && SHOWN_PROPERTIES.has(target.name.text)) shown.push(node.right);
    }
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name !== undefined && SHOWN_PROPERTIES.has(name)) shown.push(node.initializer);
    }
    if (ts.isReturnStatement(node) && node.expression && returnsShownText(node)) shown.push(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return shown;
}

/** Functions that return words for the user: by their name, as the client names them (`…Text`, `…Label`, …). */
function returnsShownText(node: ts.ReturnStatement): boolean {
  let scope: ts.Node | undefined = node.parent;
  while (scope && !ts.isFunctionDeclaration(scope) && !ts.isMethodDeclaration(scope)) scope = scope.parent;
  const name = scope && (scope as ts.FunctionDeclaration | ts.MethodDeclaration).name;
  const namesWords = /(Text|Label|Message|Title|Status|Breakdown|Count)$/;
  return name !== undefined && ts.isIdentifier(name) && namesWords.test(name.text);
}

/**
 * The words in the HTML that a literal writes: text between tags, and the values of attributes people read or
 * hear. Tag names, classes and other attributes are not words for the user.
 */
function htmlWords(text: string): string[] {
  if (!/<\/?[a-z][\w-]*[\s>/]|<!DOCTYPE/i.test(text)) return [];
  const words: string[] = [];
  const attributes = /\b(aria-label|aria-roledescription|title|alt|placeholder)="([^"$]*)"/g;
  for (const match of text.matchAll(attributes)) if (WORDS.test(match[2]!)) words.push(match[2]!);
  const withoutTags = text.replace(/<[^<>]*>/g, '\n').replace(/^[^<>]*>/, '').replace(/<[^<>]*$/, '');
  for (const piece of withoutTags.split('\n')) if (WORDS.test(piece)) words.push(piece.trim());
  return words;
}

function where(file: ts.SourceFile, path: string, node: ts.Node): string {
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${path}:${line + 1}`;
}

describe('Localization of the client', () => {
  test('Should show no English words the client wrote unless they go through l10n.t', () => {
    const unlocalized: string[] = [];
    for (const { path, file } of SOURCES) {
      for (const expression of shownExpressions(file)) {
        for (const { text, node } of fixedTexts(expression)) {
          // Markup is not words: tags, an attribute being written (` title="`), placeholders.
          const words = text.replace(/<[^<>]*>/g, ' ').replace(/[\w-]+="/g, ' ').replace(/\{\d+\}/g, ' ');
          if (WORDS.test(words)) unlocalized.push(`${where(file, path, node)}: ${JSON.stringify(text)}`);
        }
      }
    }
    assert.deepEqual(unlocalized, []);
  });

  test('Should write no English words into the HTML of the preview or the grid', () => {
    const unlocalized: string[] = [];
    for (const { path, file } of SOURCES) {
      const visit = (node: ts.Node): void => {
        if (isLocalizeCall(node)) return;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
          for (const words of htmlWords(node.getText(file).slice(1, -1))) {
            unlocalized.push(`${where(file, path, node)}: ${JSON.stringify(words)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    assert.deepEqual(unlocalized, []);
  });

  test('Should name the English text of every l10n.t call as one string literal that the bundle holds', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const asked = new Set<string>();
    const problems: string[] = [];
    for (const { path, file } of SOURCES) {
      const visit = (node: ts.Node): void => {
        if (isLocalizeCall(node)) {
          const [message] = node.arguments;
          if (!message || !(ts.isStringLiteral(message) || ts.isNoSubstitutionTemplateLiteral(message))) {
            problems.push(`${where(file, path, node)}: l10n.t needs its English text as a string literal`);
          } else {
            asked.add(message.text);
            if (!(message.text in bundle)) {
              problems.push(`${where(file, path, node)}: ${JSON.stringify(message.text)} is not in the bundle`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    const stale = Object.keys(bundle).filter((key) => !asked.has(key));
    problems.push(...stale.map((key) => `stale bundle key ${JSON.stringify(key)}`));
    assert.deepEqual(problems, [], 'run `npm run l10n` after changing the words');
  });

  test('Should find English words where they reach the user, so the checks above can fail', () => {
    const sample = ts.createSourceFile(
      'sample.ts',
      [
        "vscode.window.showInformationMessage('Open an article first.');",
        "item.text = `${count} units`;",
        "item.tooltip = vscode.l10n.t('Localized');",
        "element.setAttribute('aria-label', 'Close find');",
        "const items = [{ label: 'All units' }];",
      ].join('\n'),
      ts.ScriptTarget.Latest,
      true,
    );
    const found = shownExpressions(sample)
      .flatMap(fixedTexts)
      .map(({ text }) => text)
      .filter((text) => WORDS.test(text));
    assert.deepEqual(found, ['Open an article first.', ' units', 'Close find', 'All units']);
    assert.deepEqual(htmlWords('<p class="notice">Loading the preview…</p><button aria-label="Close">✕</button>'), [
      'Close',
      'Loading the preview…',
    ]);
    assert.deepEqual(htmlWords('<div class="cell cell-number">#</div><option value="all" selected>'), []);
  });
});
