// Types of scripts/code-server.mjs for the TypeScript harnesses that import it (test/vscode, test/ui).
import type { Browser } from 'playwright-core';

export const CODE_SERVER_VERSION: string;
export const NODE24_PACKAGE: string;
export const NODE24_VERSION: string;
export const HARMLESS_LOG_LINES: readonly RegExp[];

export type Log = (line: string) => void;

export interface CodeServer {
  readonly node: string;
  readonly nodeDir: string;
  readonly entry: string;
  readonly version: string;
  readonly installedNow: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly logFile: string;
  /** Settles with code-server's exit code when it ends. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface RunningBrowser {
  readonly browser: Browser;
  readonly pid: number;
  stop(): Promise<void>;
}

export function ensureCodeServer(options: { root: string; log?: Log }): Promise<CodeServer>;
export function killProcessGroup(pid: number | undefined, graceMs?: number): Promise<void>;
export function killProcessGroupNow(pid: number | undefined): void;
export function writeUserSettings(userDataDir: string, extra?: Record<string, unknown>): void;
export function declareEmptyLanguagePack(userDataDir: string, locale: string): void;
export function startCodeServer(options: {
  codeServer: CodeServer;
  runDir: string;
  userDataDir: string;
  extensionsDir: string;
  smokeTestDriver?: boolean;
  /** VS Code's display language (`--locale`), e.g. `qps-ploc`. */
  locale?: string | undefined;
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: Log;
}): Promise<RunningServer>;
export function findChromium(): string | undefined;
export function launchChromium(options: {
  runDir: string;
  width?: number;
  height?: number;
  log?: Log;
}): Promise<RunningBrowser>;
export function installVsix(options: {
  codeServer: CodeServer;
  vsix: string;
  extensionsDir: string;
  userDataDir: string;
}): string[];
