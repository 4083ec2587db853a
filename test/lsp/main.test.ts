import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  SocketMessageReader,
  SocketMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { REPOSITORY_ROOT } from './support/documents';
import { SERVER } from './support/stdioClient';

function run(...args: string[]) {
  return spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '' });
}

describe('bilingual-docs-language-server command line', () => {
  test('Should print the package version for --version', () => {
    const { version } = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = run('--version');
    assert.deepEqual([result.status, result.stdout, result.stderr], [0, `${version}\n`, '']);
  });

  test('Should print its usage for --help', () => {
    const result = run('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: bilingual-docs-language-server \[--stdio \| --node-ipc/);
  });

  test('Should refuse an unknown argument with a clear message and exit code 2', () => {
    const result = run('--stdoi');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^bilingual-docs-language-server: unknown argument "--stdoi"\n/);
    assert.equal(result.stdout, '');
  });

  test('Should ask for a transport when given none, or a value when an option lacks one', () => {
    assert.match(
      run().stderr,
      /^bilingual-docs-language-server: no transport given; pass --stdio, --node-ipc, --socket=<port> or --pipe=<name>\n/,
    );
    assert.match(
      run('--socket').stderr,
      /^bilingual-docs-language-server: --socket needs a value \(--socket=<value>\)\n/,
    );
    assert.match(run('--stdio', '--node-ipc').stderr, /more than one transport given/);
  });

  test('Should refuse a socket that is not a port number with a clear message and exit code 2', () => {
    for (const port of ['abc', '0', '65536', '12ab', '-1']) {
      const result = run(`--socket=${port}`);
      assert.equal(result.status, 2, port);
      assert.match(
        result.stderr,
        new RegExp(`^bilingual-docs-language-server: --socket takes a port number from 1 to 65535, not "${port}"\n`),
      );
    }
  });

  test('Should say it cannot connect to a pipe that is not there or a port nobody listens on, and exit 1', async () => {
    const missing = join(tmpdir(), `bilingual-docs-no-such-pipe-${process.pid}`);
    const pipe = run(`--pipe=${missing}`);
    assert.deepEqual(
      [pipe.status, pipe.stderr],
      [1, `bilingual-docs-language-server: cannot connect to the pipe "${missing}": ENOENT\n`],
    );
    // A port that was free a moment ago: listened on, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const socket = run(`--socket=${port}`);
    assert.deepEqual(
      [socket.status, socket.stderr],
      [1, `bilingual-docs-language-server: cannot connect to port ${port} of 127.0.0.1: ECONNREFUSED\n`],
    );
  });

  test('Should serve a client over the socket it connects to', async () => {
    const server = createServer();
    const connected = new Promise<Socket>((resolve) => server.once('connection', resolve));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: 'ignore' });
    try {
      const socket = await connected;
      const connection = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      connection.listen();
      const result = await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.equal((result as { serverInfo?: { name: string } }).serverInfo?.name, 'bilingual-docs-language-server');
      connection.dispose();
    } finally {
      child.kill();
      server.close();
    }
  });
});
