// Checks every file git tracks against .editorconfig: charset, line endings, final newline, trailing whitespace,
// indentation and line length. Line length in TypeScript and JavaScript is ESLint's `max-len` instead (see
// eslint.config.mjs), which knows where a string, template or regular expression cannot be broken. Prints each
// fault as `path:line: what`; exits 1 if there is any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matcher } from 'editorconfig';

const root = new URL('..', import.meta.url).pathname;
const propertiesOf = matcher({ root }, readFileSync(join(root, '.editorconfig')));
const LINTED_BY_ESLINT = /\.(ts|mts|mjs|js)$/;
const BINARY = /\.(png|jpe?g|gif|ico|gz|vsix|woff2?)$/i;

const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const faults = [];
for (const file of files) {
  if (BINARY.test(file)) continue;
  const properties = propertiesOf(join(root, file));
  const bytes = readFileSync(join(root, file));
  const fault = (line, what) => faults.push(`${file}:${line}: ${what}`);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (properties.charset === 'utf-8') fault(1, 'not UTF-8');
    continue;
  }
  if (properties.charset === 'utf-8' && text.startsWith('\ufeff')) fault(1, 'a byte order mark');
  if (properties.insert_final_newline === true && text.length > 0 && !text.endsWith('\n')) {
    fault(text.split('\n').length, 'no newline at the end of the file');
  }
  const lines = text.split('\n');
  const maxLength = LINTED_BY_ESLINT.test(file) ? undefined : properties.max_line_length;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (properties.end_of_line === 'lf' && line.endsWith('\r')) fault(number, 'a CRLF line ending');
    if (properties.trim_trailing_whitespace === true && /[ \t]+\r?$/.test(line)) fault(number, 'trailing whitespace');
    if (properties.indent_style === 'space' && line.startsWith('\t')) fault(number, 'indented with a tab');
    const length = [...line.replace(/\r$/, '')].length;
    if (typeof maxLength === 'number' && length > maxLength)
      fault(number, `${length} characters, more than ${maxLength}`);
  });
}
for (const line of faults) console.error(line);
if (faults.length > 0) {
  console.error(`\n${faults.length} place(s) break .editorconfig`);
  process.exit(1);
}
console.log(`.editorconfig: ${files.length} files checked`);
