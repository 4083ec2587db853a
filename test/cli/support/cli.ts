/** Runs the CLI for the tests: in memory through `runCli` with a recording Io, or as the built `dist/cli.js`. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../../server/src/cli/runCli';
import type { CheckSummary } from '../../../server/src/core/summary';
import { repositoryRoot } from '../../core/support/corpus';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runInMemory(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { code, stdout, stderr };
}

export const BUILT_CLI = join(repositoryRoot, 'dist/cli.js');

/** Runs the built CLI as a user's shell would, waiting for it to exit. */
export function runBuilt(argv: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** A fresh folder under the system's temporary folder, removed by `dispose`. */
export class TempFolder {
  readonly path = mkdtempSync(join(tmpdir(), 'bilingual-docs-cli-'));

  write(relativePath: string, content: string | Uint8Array): string {
    const path = join(this.path, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  copy(from: string, relativePath: string): string {
    const path = join(this.path, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    cpSync(from, path);
    return path;
  }

  dispose(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface JsonFile {
  readonly path: string;
  readonly locale: string | null;
  readonly translationType: string | null;
  readonly units: number;
  readonly diagnostics: JsonDiagnostic[];
  readonly skipped?: string;
  readonly error?: string;
  readonly warnings?: string[];
}
export interface JsonOutput {
  readonly files: JsonFile[];
  readonly summary: CheckSummary;
}
