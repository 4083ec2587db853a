/** The `bilingual-docs` process: runs the CLI on the process's arguments, streams and folder (see runCli.ts). */
import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

/**
 * The bytes of the arguments that are not valid UTF-8, by the text Node made of them (U+FFFD for each bad
 * sequence), so a file named so can be opened. Linux keeps the command line's bytes in /proc/self/cmdline; on
 * other systems such an argument stays as Node decoded it.
 */
function rawArguments(): Map<string, Buffer> {
  const raw = new Map<string, Buffer>();
  const argv = process.argv.slice(2);
  if (!argv.some((argument) => argument.includes('\uFFFD'))) return raw;
  let commandLine: Buffer;
  try {
    commandLine = readFileSync('/proc/self/cmdline');
  } catch {
    return raw;
  }
  const parts: Buffer[] = [];
  for (let start = 0; start < commandLine.length; ) {
    const end = commandLine.indexOf(0, start);
    parts.push(commandLine.subarray(start, end === -1 ? commandLine.length : end));
    start = end === -1 ? commandLine.length : end + 1;
  }
  const ours = parts.slice(parts.length - argv.length);
  argv.forEach((argument, index) => {
    const bytes = ours[index];
    if (!bytes || !argument.includes('\uFFFD') || bytes.toString('utf8') !== argument) return;
    raw.set(argument, Buffer.from(bytes));
  });
  return raw;
}
const rawByArgument = rawArguments();

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const stdoutChunks: string[] = [];
const flush = (): void => {
  if (stdoutChunks.length > 0) process.stdout.write(stdoutChunks.splice(0).join(''));
};
void runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (text === '') return;
    stdoutChunks.push(text);
    if (stdoutChunks.length > 256) flush();
  },
  stderr: (text) => {
    flush();
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  rawArgument: (argument) => rawByArgument.get(argument),
}).then((exitCode) => {
  flush();
  process.exitCode = exitCode;
});
