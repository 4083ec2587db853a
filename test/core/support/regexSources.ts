/**
 * Every regular expression written in the sources, found by reading them with the TypeScript parser: the regex
 * literals and the `RegExp(...)` calls whose pattern is made of constants of the same file. A pattern built from
 * run-time data cannot be run here; those are returned apart, so a test can require that each is accounted for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** `path:line` from the repository root. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

export interface UnresolvedRegex {
  readonly where: string;
  /** The call as written. */
  readonly text: string;
}

export interface RegexSources {
  readonly files: number;
  readonly regexes: readonly FoundRegex[];
  readonly unresolved: readonly UnresolvedRegex[];
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(?:ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The initializers of the file's `const` declarations, by name, for patterns assembled from named pieces. */
function constants(file: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const list = node.parent;
      if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const)
        found.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The string an expression always evaluates to, when it is made of literals and constants only. */
function constantString(node: ts.Expression, named: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const inner = (expression: ts.Expression): string | undefined => constantString(expression, named, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return inner(node.expression);
  if (ts.isIdentifier(node)) {
    const initializer = named.get(node.text);
    return initializer ? inner(initializer) : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = inner(span.expression);
      if (value === undefined) return undefined;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = inner(node.left);
    const right = inner(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  // `[...literals].join(separator)`, the usual way to write a long alternation.
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join'
  ) {
    let array: ts.Expression = node.expression.expression;
    if (ts.isIdentifier(array)) array = named.get(array.text) ?? array;
    while (ts.isAsExpression(array) || ts.isParenthesizedExpression(array)) array = array.expression;
    if (!ts.isArrayLiteralExpression(array)) return undefined;
    const parts = array.elements.map((element) => (ts.isSpreadElement(element) ? undefined : inner(element)));
    const separatorNode = node.arguments[0];
    const separator = separatorNode ? inner(separatorNode) : ',';
    if (separator === undefined || parts.some((part) => part === undefined)) return undefined;
    return parts.join(separator);
  }
  return undefined;
}

export function findRegexes(root: string, folders: readonly string[]): RegexSources {
  const regexes: FoundRegex[] = [];
  const unresolved: UnresolvedRegex[] = [];
  const files = folders.flatMap((folder) => sourceFiles(join(root, folder)));
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const named = constants(file);
    const where = (node: ts.Node): string =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        regexes.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression)) {
        if (node.expression.text === 'RegExp') {
          const [patternNode, flagsNode] = node.arguments ?? [];
          const source = patternNode ? constantString(patternNode, named) : undefined;
          const flags = flagsNode ? constantString(flagsNode, named) : '';
          if (source === undefined || flags === undefined)
            unresolved.push({ where: where(node), text: node.getText(file) });
          else regexes.push({ where: where(node), source, flags });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { files: files.length, regexes, unresolved };
}
