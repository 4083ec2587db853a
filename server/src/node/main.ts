/**
 * `bilingual-docs-language-server`: the language server on Node for any LSP editor. The transport comes from
 * the command line (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`), as vscode-languageserver reads it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { clientFileSystem } from '../clientFileSystem';
import { startServer } from '../server';
import { nodeFileSystemWith } from './nodeFileSystem';

/** This file is bundled into `dist/server.js`, so the package root is one folder up. */
const packageRoot = resolve(__dirname, '..');

const USAGE = `Usage: bilingual-docs-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>] [--clientProcessId=<pid>]

The Bilingual Docs language server: hover, diagnostics, quick fixes and navigation for localized Markdown
written in bilingual span markup. Start it from an editor's LSP client with one transport:

  --stdio                  talk JSON-RPC over standard input and output
  --node-ipc               talk over Node IPC (the client forked this process)
  --socket=<port>          connect to the client's socket on <port>
  --pipe=<name>            connect to the client's named pipe
  --clientProcessId=<pid>  exit when that process exits
  --version                print the version and exit
  --help                   print this help and exit
`;

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const VALUE_OPTIONS = ['--socket', '--pipe', '--clientProcessId'];

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What the command line asks for; a usage problem is a sentence for the user. */
function readArguments(args: readonly string[]): 'help' | 'version' | 'serve' | { readonly problem: string } {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  if (args.includes('--version') || args.includes('-v')) return 'version';
  let transports = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, value] = arg.split('=', 2) as [string, string | undefined];
    if (!TRANSPORTS.includes(name) && !VALUE_OPTIONS.includes(name)) return { problem: `unknown argument "${arg}"` };
    if (TRANSPORTS.includes(name)) transports++;
    if (VALUE_OPTIONS.includes(name) && value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return { problem: `${name} needs a value (${name}=<value>)` };
      i++;
    }
  }
  if (transports === 0) return { problem: 'no transport given; pass --stdio, --node-ipc, --socket=<port> or --pipe=<name>' };
  if (transports > 1) return { problem: 'more than one transport given; pass exactly one' };
  return 'serve';
}

const request = readArguments(process.argv.slice(2));
if (request === 'help') {
  process.stdout.write(USAGE);
} else if (request === 'version') {
  process.stdout.write(`${packageVersion()}\n`);
} else if (request !== 'serve') {
  process.stderr.write(`bilingual-docs-language-server: ${request.problem}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  const fileSystem = nodeFileSystemWith(clientFileSystem(connection));
  startServer(connection, { packageRoot: URI.file(packageRoot).toString(), fileSystem });
}
