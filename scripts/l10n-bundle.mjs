// Writes server/l10n/bundle.l10n.json, the English bundle of the language server: every message the sources under
// server/src pass to `l10n.t` (@vscode/l10n), the English text being its own key. Translators start from it and
// test/core/l10nBundles.test.ts checks the other bundles against it. `--check` writes nothing and fails when the
// file is not what the sources say. A call whose message is not a string literal (or literals joined by `+`) is
// an error: its text could not be translated.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const BUNDLE = join(root, 'server/l10n/bundle.l10n.json');

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text of a string literal, or of literals joined by `+`; undefined for anything else. */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalText(node.left);
    const right = literalText(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

export function extractMessages() {
  const messages = new Set();
  const errors = [];
  for (const file of sources(join(root, 'server/src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('l10n.t(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText(source) === 'l10n' &&
        node.expression.name.text === 't'
      ) {
        const message = node.arguments[0] === undefined ? undefined : literalText(node.arguments[0]);
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        if (message === undefined) errors.push(`${relative(root, file)}:${line + 1}: l10n.t needs a literal message`);
        else messages.add(message);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const sorted = [...messages].sort();
  return { bundle: Object.fromEntries(sorted.map((message) => [message, message])), errors };
}

const { bundle, errors } = extractMessages();
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const json = `${JSON.stringify(bundle, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let written = '';
  try {
    written = readFileSync(BUNDLE, 'utf8');
  } catch {
    // missing: reported below
  }
  if (written !== json) {
    console.error(`${relative(root, BUNDLE)} is not up to date with the sources: run node scripts/l10n-bundle.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(BUNDLE, json);
  console.log(`${relative(root, BUNDLE)}: ${Object.keys(bundle).length} messages`);
}
