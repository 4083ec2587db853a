/** The `bilingual-docs` process: runs the CLI on the process's arguments, streams and folder (see runCli.ts). */
import { runCli } from './runCli';

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
}).then((exitCode) => {
  flush();
  process.exitCode = exitCode;
});
