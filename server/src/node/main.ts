/**
 * `bilingual-docs-language-server`: the language server on Node for any LSP editor. The transport comes from
 * the command line (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`), as vscode-languageserver reads it.
 */
import { readFileSync } from 'node:fs';
import { createConnection as connectSocket } from 'node:net';
import { join, resolve } from 'node:path';
import {
  createConnection,
  ProposedFeatures,
  SocketMessageReader,
  SocketMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { clientFileSystem } from '../clientFileSystem';
import { startServer } from '../server';
import { nodeFileSystemWith } from './nodeFileSystem';
import { Spellers } from '../core/spelling/spellers';
import { workerDictionaryLoader } from './dictionaryFiles';

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

/** Where to talk to the client: over a socket or a pipe this process connects to, or as the library reads it. */
type Transport = { readonly port: number } | { readonly pipe: string } | 'stdio or node-ipc';

/** What the command line asks for; a usage problem is a sentence for the user. */
type Request = 'help' | 'version' | { readonly serve: Transport } | { readonly problem: string };

function readArguments(args: readonly string[]): Request {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  if (args.includes('--version') || args.includes('-v')) return 'version';
  let transports = 0;
  let transport: Transport = 'stdio or node-ipc';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    let value = equals === -1 ? undefined : arg.slice(equals + 1);
    if (!TRANSPORTS.includes(name) && !VALUE_OPTIONS.includes(name)) return { problem: `unknown argument "${arg}"` };
    if (TRANSPORTS.includes(name)) transports++;
    if (VALUE_OPTIONS.includes(name) && value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return { problem: `${name} needs a value (${name}=<value>)` };
      value = next;
      i++;
    }
    if (name === '--socket') {
      const port = /^\d{1,5}$/.test(value!) ? Number(value) : NaN;
      if (!(port >= 1 && port <= 65535)) {
        return { problem: `--socket takes a port number from 1 to 65535, not "${value}"` };
      }
      transport = { port };
    } else if (name === '--pipe') {
      if (value === '') return { problem: '--pipe takes the name of the pipe to connect to, not an empty one' };
      transport = { pipe: value! };
    } else if (name === '--clientProcessId' && !/^\d{1,10}$/.test(value!)) {
      return { problem: `--clientProcessId takes a process ID, not "${value}"` };
    }
  }
  if (transports === 0)
    return { problem: 'no transport given; pass --stdio, --node-ipc, --socket=<port> or --pipe=<name>' };
  if (transports > 1) return { problem: 'more than one transport given; pass exactly one' };
  return { serve: transport };
}

/**
 * Connects to the client's socket or pipe first, so that a port nobody listens on or a pipe that is not there is
 * a clear message and exit code 1, not a silent exit 0 (the library would start on an unconnected socket).
 */
/** The server on a connection: local files read with `fs`, others (a virtual workspace) through the client. */
function serve(connection: Connection): void {
  const fileSystem = nodeFileSystemWith(clientFileSystem(connection));
  const dictionaries = join(packageRoot, 'dist/dictionaries');
  const spellers = new Spellers(workerDictionaryLoader(dictionaries, join(__dirname, 'dictionaryWorker.js')));
  startServer(connection, { packageRoot: URI.file(packageRoot).toString(), fileSystem, spellers });
}

function serveOn(transport: Exclude<Transport, string>): void {
  const where = 'port' in transport ? `port ${transport.port} of 127.0.0.1` : `the pipe "${transport.pipe}"`;
  const socket = 'port' in transport ? connectSocket(transport.port, '127.0.0.1') : connectSocket(transport.pipe);
  const refuse = (error: NodeJS.ErrnoException): void => {
    const reason = error.code ?? error.message;
    process.stderr.write(`bilingual-docs-language-server: cannot connect to ${where}: ${reason}\n`);
    process.exit(1);
  };
  socket.once('error', refuse);
  socket.once('connect', () => {
    socket.removeListener('error', refuse);
    const reader = new SocketMessageReader(socket);
    serve(createConnection(ProposedFeatures.all, reader, new SocketMessageWriter(socket)));
  });
}

const request = readArguments(process.argv.slice(2));
if (request === 'help') {
  process.stdout.write(USAGE);
} else if (request === 'version') {
  process.stdout.write(`${packageVersion()}\n`);
} else if ('problem' in request) {
  process.stderr.write(`bilingual-docs-language-server: ${request.problem}\n\n${USAGE}`);
  process.exitCode = 2;
} else if (request.serve === 'stdio or node-ipc') {
  serve(createConnection(ProposedFeatures.all));
} else {
  serveOn(request.serve);
}
