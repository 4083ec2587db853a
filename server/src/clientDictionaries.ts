/**
 * The spelling dictionaries of the browser's server, which has no file system: the client reads them from the
 * extension's `dist/dictionaries/` and sends them base64-encoded as stored; they are ungzipped here with the
 * platform's `DecompressionStream`.
 */
import type { Connection } from 'vscode-languageserver';
import { DictionaryFileRequest } from '../../shared/protocol';
import type { DictionaryLoader } from './core/spelling/speller';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function clientDictionaryLoader(connection: Connection): DictionaryLoader {
  return async (fileName) => {
    const stored = fromBase64(await connection.sendRequest(DictionaryFileRequest, { fileName }));
    return fileName.endsWith('.gz') ? gunzip(stored) : stored;
  };
}
