/**
 * `bilingual-docs`: the command-line front on the same core as the language server, so CI and the editor never
 * disagree. Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 bad usage, a path that could not be read or
 * a configuration file that cannot be used as written.
 * `runCli` takes its output streams and folder as arguments, so tests run it in memory; main.ts is the process.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { RULES, KNOWN_RULE_CODES } from '../core/rules';
import { readConfig, type BilingualDocsConfig } from '../core/config';
import { parse } from '../core/parse';
import { ConfigFiles } from '../configFiles';
import { changedFilesSince, GitError } from './changedFiles';
import { automaticJobs, checkFiles } from './checkFiles';
import { findingsAcrossFiles, type InconsistentGroup } from '../core/acrossFiles';
import type { FileReport } from '../core/fileReport';
import { consistencyRules } from '../core/rules/consistency';
import { collectMarkdownFiles, displayPath, printablePath, type CollectedFile } from './collectFiles';
import { readArticle } from './readArticle';
import { isInShard, localeOfFile, parseShard, type Shard } from './shard';
import { addToSummary, emptySummary, orderedSummary, type CheckSummary } from '../core/summary';
import { QaReportBuilder } from '../core/report/qaReport';
import { renderReportHtml } from '../core/report/reportHtml';
import { formatTextSummary, textWriter } from './formats/text';
import { jsonWriter } from './formats/json';
import { sarifWriter } from './formats/sarif';
import type { ReportWriter } from './formats/writer';
import { segmentsOf } from './segments';
import { VERSION } from '../../../shared/version';
import { DICTIONARY_LANGUAGES } from '../core/spelling/dictionaries';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage:
  bilingual-docs check [PATH...] [--format text|json|sarif] [--rule CODE=SEVERITY]...
                       [--jobs N] [--shard I/N [--shard-by path|locale]] [--changed-since REF]
                       [--docs-url URL]
  bilingual-docs report [PATH...] --out FILE.html [--rule CODE=SEVERITY]... [--jobs N]
                       [--shard I/N [--shard-by path|locale]] [--changed-since REF]
  bilingual-docs segments FILE [--format json|text]
  bilingual-docs rules [--format text|json]
  bilingual-docs --help | --version

check      Checks bilingual articles (folders are searched for *.md) with the rules and the
           .bilingual-docs.json found from each file's folder up to the repository root. Exit 0: no
           error; 1: errors found; 2: bad usage, a path that could not be read or a config file
           with problems (the other files are still checked). An article can
           suppress findings with comments such as <!-- bilingual-docs-disable-next-unit CODE -->.
report     Checks as check does and writes one self-contained HTML QA report: per locale files,
           units, words, untranslated units and problems by rule and severity (and per 1,000
           words), inconsistent translations side by side, glossary findings, and each problem
           with its file and line, message, source and target. Long lists are cut with a note.
           Exit codes as check.
segments   Prints the units of one article, in document order, with their ranges
           (0-based line, UTF-16 character, as in LSP).
rules      Lists the rules with their codes and default severities.

Options:
  --format FORMAT        Output format (check: text, json or sarif; default text).
  -o, --out FILE         The report's HTML file (report; required).
  --rule CODE=SEVERITY   Sets a rule's severity (error, warning, info, hint or off) over the config file.
  -j, --jobs N           Files checked at once, on worker threads, at most one per core; 1 checks in
                         the main thread. By default one thread per 32 MB of files. Output is the
                         same whatever N.
  --shard I/N            Checks only the I-th of N shares of the files (1-based), for a CI matrix: the
                         N jobs together check every file exactly once, and adding a file moves no other.
  --shard-by WHAT        path (default) or locale: with locale each shard holds whole locales, so that
                         inconsistent-target and inconsistent-source, which compare the files of a locale,
                         see all of them (a shard sees only its own files).
  --changed-since REF    Checks only files git reports as added or changed since REF (a commit, branch
                         or tag), committed or not, and new files git does not track yet.
  --docs-url URL         Base URL of the rule docs, for SARIF help links.
  -h, --help             Shows this help.
  -v, --version          Shows the version.
`;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The bytes of an argument that is not valid UTF-8 (Node hands it over with U+FFFD in their place). */
  readonly rawArgument?: (argument: string) => Buffer | undefined;
}

/** A path given on the command line, as its bytes when it is not valid UTF-8, absolute. */
function pathArgument(argument: string, io: Io): string | Buffer {
  const raw = io.rawArgument?.(argument);
  if (!raw) return resolve(io.cwd, argument);
  return isAbsolute(raw.toString('latin1')) ? raw : Buffer.concat([Buffer.from(`${io.cwd}${sep}`, 'utf8'), raw]);
}

class UsageError extends Error {}


/**
 * The worker entry, bundled next to the CLI (dist/checkWorker.js); absent when this code runs unbundled or inside
 * another bundle.
 */
const WORKER_SCRIPT = join(__dirname, 'checkWorker.js');
const DICTIONARY_WORKER_SCRIPT = join(__dirname, 'dictionaryWorker.js');

function formatOption(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const format = value ?? fallback;
  if (!allowed.includes(format)) throw new UsageError(`unknown format "${format}"; use ${allowed.join(', ')}`);
  return format;
}

function ruleOverrides(values: readonly string[]): BilingualDocsConfig {
  // No prototype: `--rule __proto__=off` must be an unknown rule, not a change of the object's prototype.
  const rules: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes CODE=SEVERITY, not "${value}"`);
    rules[match[1]!.trim()] = match[2]!.trim();
  }
  const { config, problems } = readConfig({ rules }, KNOWN_RULE_CODES, () => '--rule');
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return config;
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`--jobs takes a whole number of at least 1, not "${value}"`);
  return Number(value);
}

function shardOption(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (!shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N (as in 2/4), not "${value}"`);
  return shard;
}

/** The collected files git reports as changed since `ref`, asking git once per folder given. */
function changedOnly(files: readonly CollectedFile[], ref: string): CollectedFile[] {
  const byFolder = new Map<string, Set<string>>();
  return files.filter((file) => {
    const folder = file.root ?? dirname(file.path);
    let changed = byFolder.get(folder);
    if (!changed) byFolder.set(folder, (changed = changedFilesSince(ref, folder)));
    return changed.has(file.path);
  });
}

function writerFor(format: string, options: { cwd: string; docsUrl?: string; shard?: Shard }): ReportWriter {
  if (format === 'json') return jsonWriter();
  if (format === 'sarif') {
    const { cwd, docsUrl, shard } = options;
    return sarifWriter({ version: VERSION, rules: RULES, cwd, docsBaseUrl: docsUrl, shard });
  }
  return textWriter();
}

/** The options `check` and `report` share: which files, under which rules, on how many threads. */
const RUN_OPTIONS = {
  rule: { type: 'string', multiple: true },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  'shard-by': { type: 'string' },
  'changed-since': { type: 'string' },
} as const;

interface RunValues {
  readonly rule?: string[];
  readonly jobs?: string;
  readonly shard?: string;
  readonly 'shard-by'?: string;
  readonly 'changed-since'?: string;
}

/** The run's options read and checked, before anything is written. */
interface RunSettings {
  readonly overrides?: BilingualDocsConfig;
  readonly requestedJobs?: number;
  readonly shard?: Shard;
  readonly shardBy: string;
  readonly changedSince?: string;
}

function runSettings(values: RunValues): RunSettings {
  const overrides = values.rule ? ruleOverrides(values.rule) : undefined;
  const requestedJobs = jobsOption(values.jobs);
  const shard = shardOption(values.shard);
  const shardBy = formatOption(values['shard-by'], ['path', 'locale'], 'path');
  if (values['shard-by'] !== undefined && !shard) throw new UsageError('--shard-by goes with --shard I/N');
  return { overrides, requestedJobs, shard, shardBy, changedSince: values['changed-since'] };
}

interface RunOutcome {
  readonly exitCode: number;
  readonly summary: CheckSummary;
  /** The inconsistent groups the findings came from, when asked for. */
  readonly groups: InconsistentGroup[];
  /** The files to check could not be known (git failed): nothing was checked, and nothing more is to be said. */
  readonly stopped?: boolean;
}

interface RunWishes {
  /** Findings about units carry the units' texts, and the groups of the findings across files are kept. */
  readonly forReport: boolean;
}

/**
 * Checks the files the arguments select, exactly as `check` does, handing each file's report to `emit` in the
 * order of the files; what cannot be read or used is said on stderr.
 */
async function runChecks(
  { overrides, requestedJobs, shard, shardBy, changedSince }: RunSettings,
  positionals: readonly string[],
  io: Io,
  wishes: RunWishes,
  emitReport: (report: FileReport) => void,
): Promise<RunOutcome> {
  const roots = (positionals.length > 0 ? positionals : ['.']).map((path) => pathArgument(path, io));
  const collected = collectMarkdownFiles(roots);
  let exitCode = EXIT_CLEAN;
  const summary = emptySummary();
  for (const missing of collected.unreadable) {
    io.stderr(`bilingual-docs: ${printablePath(displayPath(missing.path, io.cwd))}: ${missing.reason}\n`);
    exitCode = EXIT_USAGE;
  }
  let files = collected.files;
  if (changedSince !== undefined) {
    try {
      files = changedOnly(files, changedSince);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      io.stderr(`bilingual-docs: ${error.message}\n`);
      return { exitCode: EXIT_USAGE, summary, groups: [], stopped: true };
    }
  }
  if (shard) {
    const shardKey = (file: CollectedFile) =>
      shardBy === 'locale' ? (localeOfFile(file.path) ?? file.relativePath) : file.relativePath;
    files = files.filter((file) => isInShard(shardKey(file), shard));
  }
  const cores = availableParallelism();
  // Every worker holds its own copy of the bundle and its own heap: more of them than cores only costs memory.
  if (requestedJobs !== undefined && requestedJobs > cores) {
    io.stderr(`bilingual-docs: --jobs ${requestedJobs} is more than the ${cores} cores here; using ${cores}\n`);
  }
  const sizedPaths = files.map((file) => file.rawPath ?? file.path);
  const jobs = requestedJobs !== undefined ? Math.min(requestedJobs, cores) : automaticJobs(sizedPaths, cores);

  // A configuration file applies from the checked folder upwards, up to the repository root, as in the editor
  // with the repository open: checking `articles/` still reads the `.bilingual-docs.json` at the root.
  const stopFolders: readonly string[] = [];
  const configFiles = new ConfigFiles();
  const reportedConfigFiles = new Set<string>();
  let emitted = 0;
  const emit = (report: FileReport): void => {
    const configFile = configFiles.forDocument(files[emitted++]!.path, stopFolders);
    if (configFile.path && !reportedConfigFiles.has(configFile.path)) {
      reportedConfigFiles.add(configFile.path);
      // A configuration CI cannot use as written must not pass: the files are still checked, and the run fails.
      for (const problem of configFile.problems) io.stderr(`bilingual-docs: ${printablePath(problem)}\n`);
      if (configFile.problems.length > 0) exitCode = EXIT_USAGE;
    }
    const shownPath = printablePath(report.path);
    if (report.error) {
      io.stderr(`bilingual-docs: ${shownPath}: ${report.error}\n`);
      exitCode = EXIT_USAGE;
    }
    if (report.skipped) io.stderr(`bilingual-docs: ${shownPath}: skipped, ${report.skipped}\n`);
    for (const warning of report.warnings ?? []) io.stderr(`bilingual-docs: ${shownPath}: ${warning}\n`);
    addToSummary(summary, report);
    emitReport(report);
  };

  // The consistency rules compare each file with the others of its locale, so reports wait for the last file.
  const acrossFiles = consistencyRules.some((rule) => overrides?.rules[rule.code] !== 'off');
  const held: FileReport[] = [];
  await checkFiles(
    files.map((file) => ({ path: file.path, displayPath: displayPath(file.path, io.cwd), rawPath: file.rawPath })),
    {
      jobs,
      workerScript: existsSync(WORKER_SCRIPT) ? WORKER_SCRIPT : undefined,
      dictionaryWorkerScript: existsSync(DICTIONARY_WORKER_SCRIPT) ? DICTIONARY_WORKER_SCRIPT : undefined,
      stopFolders,
      overrides,
      acrossFiles,
      unitTexts: wishes.forReport,
    },
    acrossFiles ? (report) => held.push(report) : emit,
  );
  let groups: InconsistentGroup[] = [];
  if (acrossFiles) {
    const across = findingsAcrossFiles(held, { groups: wishes.forReport });
    groups = across.groups;
    for (const report of across.reports) emit(report);
  }
  if (exitCode === EXIT_CLEAN && summary.bySeverity.error > 0) exitCode = EXIT_PROBLEMS;
  return { exitCode, summary, groups };
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...RUN_OPTIONS, format: { type: 'string' }, 'docs-url': { type: 'string' } },
  });
  const format = formatOption(values.format, ['text', 'json', 'sarif'], 'text');
  const settings = runSettings(values);
  const writer = writerFor(format, { cwd: io.cwd, docsUrl: values['docs-url'], shard: settings.shard });
  io.stdout(writer.begin());
  const outcome = await runChecks(settings, positionals, io, { forReport: false }, (report) =>
    io.stdout(writer.file(report)),
  );
  if (outcome.stopped) return outcome.exitCode;
  const ordered = orderedSummary(outcome.summary);
  io.stdout(writer.end(ordered, { successful: outcome.exitCode !== EXIT_USAGE }));
  if (format === 'text') io.stderr(formatTextSummary(ordered));
  return outcome.exitCode;
}

/** A link from the saved report to a checked file: relative, so the report and the articles move together. */
function relativeHref(outFolder: string, cwd: string, path: string): string {
  return relative(outFolder, resolve(cwd, path)).split(sep).map(encodeURIComponent).join('/');
}

async function runReport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...RUN_OPTIONS, out: { type: 'string', short: 'o' } },
  });
  const settings = runSettings(values);
  if (values.out === undefined || values.out.trim() === '') throw new UsageError('report needs --out FILE.html');
  if (values.out === '-') throw new UsageError('report writes a file: give --out FILE.html, not "-"');
  const outPath = resolve(io.cwd, values.out);
  if (existsSync(outPath) && statSync(outPath).isDirectory()) {
    throw new UsageError(`--out ${values.out} is a folder; give a file such as ${join(values.out, 'report.html')}`);
  }
  const builder = new QaReportBuilder((path) => relativeHref(dirname(outPath), io.cwd, path));
  const outcome = await runChecks(settings, positionals, io, { forReport: true }, (report) => builder.addFile(report));
  if (outcome.stopped) return outcome.exitCode;
  builder.addGroups(outcome.groups);
  const scope = positionals.length > 0 ? positionals.join(', ') : '.';
  const report = builder.build({ scope, generatedAt: new Date().toISOString(), toolVersion: VERSION });
  const html = renderReportHtml(report);
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, html);
  } catch (error) {
    io.stderr(`bilingual-docs: could not write ${values.out}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.stderr(formatTextSummary(orderedSummary(outcome.summary)));
  io.stdout(`Wrote ${printablePath(displayPath(outPath, io.cwd))} (${Buffer.byteLength(html)} bytes).\n`);
  return outcome.exitCode;
}

function runSegments(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  const format = formatOption(values.format, ['json', 'text'], 'json');
  if (positionals.length !== 1) throw new UsageError('segments takes exactly one FILE');
  const read = readArticle(pathArgument(positionals[0]!, io));
  if (read.kind !== 'text') {
    io.stderr(`bilingual-docs: ${positionals[0]}: ${read.reason}\n`);
    return EXIT_USAGE;
  }
  for (const warning of read.warnings) io.stderr(`bilingual-docs: ${positionals[0]}: ${warning}\n`);
  const segments = segmentsOf(parse(read.text));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(segments, null, 2)}\n`);
  } else {
    for (const segment of segments)
      io.stdout(`${segment.id}\t${JSON.stringify(segment.target)}\t${JSON.stringify(segment.source)}\n`);
  }
  return EXIT_CLEAN;
}

const SPELLING_COVERAGE =
  `spelling checks articles in ${DICTIONARY_LANGUAGES.join(', ')}; articles in other languages (ja, zh, ko, ` +
  'ar, he, hu, eu, th…) are not spell-checked (no dictionary; see docs/rules/spelling.md).';

function runRules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
  const format = formatOption(values.format, ['text', 'json'], 'text');
  if (format === 'json') {
    const rules = RULES.map(({ code, name, category, defaultSeverity, description }) => ({
      code,
      name,
      category,
      defaultSeverity,
      description,
    }));
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
  } else {
    for (const rule of RULES) io.stdout(`${rule.code.padEnd(26)}${rule.defaultSeverity.padEnd(9)}${rule.name}\n`);
    io.stdout(`\n${SPELLING_COVERAGE}\n`);
  }
  return EXIT_CLEAN;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
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
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'report') return await runReport(rest, io);
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
