/**
 * Answers the browser server's requests for spelling dictionaries with the files the extension ships in
 * `dist/dictionaries/`, read with `vscode.workspace.fs`, which reaches the extension's folder wherever the host keeps
 * it (a `vscode-remote:` folder in code-server, an `https:` one on vscode.dev). The Node server reads them itself.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DictionaryFileRequest } from '../../shared/protocol';

/** A dictionary's name as the catalog writes them (`pt-br.ptrie.gz`, `et.aff.gz`): nothing outside the folder. */
const DICTIONARY_FILE_NAME = /^[a-z]+(?:-[a-z]+)?\.[a-z]+(?:\.gz)?$/;
/** Bytes per `String.fromCharCode` call: small enough for any engine's argument limit. */
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

export function answerDictionaryRequests(client: BaseLanguageClient, extensionUri: vscode.Uri): vscode.Disposable {
  return client.onRequest(DictionaryFileRequest, async ({ fileName }) => {
    if (typeof fileName !== 'string' || !DICTIONARY_FILE_NAME.test(fileName)) {
      throw new Error(`"${String(fileName)}" is not the name of a spelling dictionary`);
    }
    const file = vscode.Uri.joinPath(extensionUri, 'dist/dictionaries', fileName);
    return toBase64(await vscode.workspace.fs.readFile(file));
  });
}
