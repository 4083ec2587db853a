/**
 * Preloaded with `node --require` into the language server or the CLI under test: every way to reach the network
 * or to write a file throws, and says so on stderr with a marker the test looks for. Reading stays allowed.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const PRIVACY_MARKER = 'PRIVACY-GUARD-BLOCKED';

type Module = Record<string, unknown>;

function block(module: Module, name: string, label: string): void {
  if (typeof module[name] !== 'function') return;
  module[name] = (...args: unknown[]) => {
    const what = `${label}.${name}(${args.length > 0 ? String(args[0]).slice(0, 80) : ''})`;
    process.stderr.write(`${PRIVACY_MARKER} ${what}\n`);
    throw new Error(`blocked by the privacy guard: ${what}`);
  };
}

function blockAll(module: Module, names: readonly string[], label: string): void {
  for (const name of names) block(module, name, label);
}

export function installPrivacyGuard(): void {
  blockAll(require('node:net') as Module, ['connect', 'createConnection', 'createServer'], 'net');
  blockAll(require('node:tls') as Module, ['connect', 'createServer'], 'tls');
  blockAll(require('node:http') as Module, ['request', 'get', 'createServer'], 'http');
  blockAll(require('node:https') as Module, ['request', 'get', 'createServer'], 'https');
  blockAll(require('node:http2') as Module, ['connect', 'createServer', 'createSecureServer'], 'http2');
  blockAll(require('node:dgram') as Module, ['createSocket'], 'dgram');
  const dns = require('node:dns') as Module;
  blockAll(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns');
  blockAll(
    dns.promises as Module,
    ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'],
    'dns.promises',
  );
  blockAll(globalThis as unknown as Module, ['fetch', 'WebSocket', 'EventSource'], 'global');

  const writers = [
    'writeFile',
    'writeFileSync',
    'appendFile',
    'appendFileSync',
    'createWriteStream',
    'mkdir',
    'mkdirSync',
    'mkdtemp',
    'mkdtempSync',
    'rm',
    'rmSync',
    'rmdir',
    'rmdirSync',
    'unlink',
    'unlinkSync',
    'rename',
    'renameSync',
    'copyFile',
    'copyFileSync',
    'cp',
    'cpSync',
    'truncate',
    'truncateSync',
    'symlink',
    'symlinkSync',
    'chmod',
    'chmodSync',
  ];
  const fs = require('node:fs') as Module;
  blockAll(fs, writers, 'fs');
  blockAll(fs.promises as Module, writers, 'fs.promises');
  for (const name of ['open', 'openSync']) {
    const original = fs[name] as (path: unknown, flags?: unknown, ...rest: unknown[]) => unknown;
    fs[name] = (path: unknown, flags?: unknown, ...rest: unknown[]) => {
      if (typeof flags === 'string' && /[wa+]/.test(flags)) {
        process.stderr.write(`${PRIVACY_MARKER} fs.${name}(${String(path)}, ${flags})\n`);
        throw new Error(`blocked by the privacy guard: fs.${name} for writing`);
      }
      return original(path, flags, ...rest);
    };
  }
}

installPrivacyGuard();
