/**
 * `bilingual-docs`: the command-line front on the same core as the language server, so CI and the editor never
 * disagree. Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 bad usage or a file that could not be read.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { RULES, KNOWN_RULE_CODES } from '../core/rules';
import { readConfig, type BilingualDocsConfig } from '../core/config';
import { parse } from '../core/parse';
import { ConfigFiles } from '../configFiles';
import { checkFile, type FileReport } from './checkFile';
import { collectMarkdownFiles, displayPath } from './collectFiles';
import { readArticle } from './readArticle';
import { addToSummary, emptySummary } from './summary';
import { formatTextFile, formatTextSummary } from './formats/text';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { segmentsOf } from './segments';
import { VERSION } from './version';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage:
  bilingual-docs check [PATH...] [--format text|json|sarif] [--rule CODE=SEVERITY]...
  bilingual-docs segments FILE [--format json|text]
  bilingual-docs rules [--format text|json]
  bilingual-docs --help | --version

check      Checks bilingual articles (folders are searched for *.md) with the rules and the
           .bilingual-docs.json found from each file's folder upwards. Exit 0: no error; 1: errors
           found; 2: bad usage or a file that could not be read.
segments   Prints the units of one article, in document order, with their ranges
           (0-based line, UTF-16 character, as in LSP).
rules      Lists the rules with their codes and default severities.

Options:
  --format FORMAT        Output format (check: text, json or sarif; default text).
  --rule CODE=SEVERITY   Sets a rule's severity (error, warning, info, hint or off) over the config file.
  --docs-url URL         Base URL of the rule docs, for SARIF help links.
  -h, --help             Shows this help.
  -v, --version          Shows the version.
`;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

class UsageError extends Error {}

function formatOption(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const format = value ?? fallback;
  if (!allowed.includes(format)) throw new UsageError(`unknown format "${format}"; use ${allowed.join(', ')}`);
  return format;
}

function ruleOverrides(values: readonly string[]): BilingualDocsConfig {
  const rules: Record<string, unknown> = {};
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes CODE=SEVERITY, not "${value}"`);
    rules[match[1]!.trim()] = match[2]!.trim();
  }
  const { config, problems } = readConfig({ rules }, KNOWN_RULE_CODES, '--rule');
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return config;
}

function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      rule: { type: 'string', multiple: true },
      'docs-url': { type: 'string' },
    },
  });
  const format = formatOption(values.format, ['text', 'json', 'sarif'], 'text');
  const overrides = values.rule ? ruleOverrides(values.rule) : undefined;
  const roots = (positionals.length > 0 ? positionals : ['.']).map((path) => resolve(io.cwd, path));
  const { files, unreadable } = collectMarkdownFiles(roots);
  const configFiles = new ConfigFiles();
  const reported = new Set<string>();
  const reports: FileReport[] = [];
  const summary = emptySummary();
  let exitCode = EXIT_CLEAN;

  for (const missing of unreadable) {
    io.stderr(`bilingual-docs: ${displayPath(missing.path, io.cwd)}: ${missing.reason}\n`);
    exitCode = EXIT_USAGE;
  }
  for (const file of files) {
    const configFile = configFiles.forDocument(file, roots);
    if (configFile.path && !reported.has(configFile.path)) {
      reported.add(configFile.path);
      for (const problem of configFile.problems) io.stderr(`bilingual-docs: ${problem}\n`);
    }
    const report = checkFile(file, displayPath(file, io.cwd), { configFiles, stopFolders: roots, overrides });
    if (report.error) {
      io.stderr(`bilingual-docs: ${report.path}: ${report.error}\n`);
      exitCode = EXIT_USAGE;
    }
    if (report.skipped) io.stderr(`bilingual-docs: ${report.path}: skipped, ${report.skipped}\n`);
    for (const warning of report.warnings ?? []) io.stderr(`bilingual-docs: ${report.path}: ${warning}\n`);
    if (exitCode === EXIT_CLEAN && report.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) exitCode = EXIT_PROBLEMS;
    addToSummary(summary, report);
    if (format === 'text') io.stdout(formatTextFile(report));
    else reports.push(report);
  }
  if (exitCode === EXIT_PROBLEMS || exitCode === EXIT_CLEAN) {
    exitCode = summary.bySeverity.error > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
  }
  if (format === 'text') io.stderr(formatTextSummary(summary));
  else if (format === 'json') io.stdout(formatJson(reports, summary));
  else io.stdout(formatSarif(reports, RULES, { version: VERSION, docsBaseUrl: values['docs-url'] }));
  return exitCode;
}

function runSegments(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = formatOption(values.format, ['json', 'text'], 'json');
  if (positionals.length !== 1) throw new UsageError('segments takes exactly one FILE');
  const path = resolve(io.cwd, positionals[0]!);
  const read = readArticle(path);
  if (read.kind !== 'text') {
    io.stderr(`bilingual-docs: ${positionals[0]}: ${read.reason}\n`);
    return EXIT_USAGE;
  }
  for (const warning of read.warnings) io.stderr(`bilingual-docs: ${positionals[0]}: ${warning}\n`);
  const segments = segmentsOf(parse(read.text));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(segments, null, 2)}\n`);
  } else {
    for (const segment of segments) io.stdout(`${segment.id}\t${JSON.stringify(segment.target)}\t${JSON.stringify(segment.source)}\n`);
  }
  return EXIT_CLEAN;
}

function runRules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  const format = formatOption(values.format, ['text', 'json'], 'text');
  if (format === 'json') {
    const rules = RULES.map(({ code, name, category, defaultSeverity, description }) => ({ code, name, category, defaultSeverity, description }));
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
  } else {
    for (const rule of RULES) io.stdout(`${rule.code.padEnd(26)}${rule.defaultSeverity.padEnd(9)}${rule.name}\n`);
  }
  return EXIT_CLEAN;
}

export function runCli(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_CLEAN;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${VERSION}\n`);
      return EXIT_CLEAN;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE);
      return EXIT_CLEAN;
    }
    if (command === 'check') return runCheck(rest, io);
    if (command === 'segments') return runSegments(rest, io);
    if (command === 'rules') return runRules(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`bilingual-docs: ${(error as Error).message}\nRun "bilingual-docs --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`bilingual-docs: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const stdoutChunks: string[] = [];
  const flush = (): void => {
    if (stdoutChunks.length > 0) process.stdout.write(stdoutChunks.splice(0).join(''));
  };
  const exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => {
      stdoutChunks.push(text);
      if (stdoutChunks.length > 256) flush();
    },
    stderr: (text) => {
      flush();
      process.stderr.write(text);
    },
    cwd: process.cwd(),
  });
  flush();
  process.exitCode = exitCode;
}
