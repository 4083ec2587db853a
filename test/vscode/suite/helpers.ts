// What the integration tests share: where the fixtures are, and waiting on VS Code's events (never on timers)
// with a bound that fails with a message saying what did not happen.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'bilingual-docs.bilingual-docs';
export const DIAGNOSTIC_SOURCE = 'bilingual-docs';
const WAIT_TIMEOUT_MS = 20_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs the fixtures folder open as the workspace');
  return folder.uri;
}

/** A file of the workspace, which is a temporary copy of test/fixtures. */
export function fixture(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function readFixture(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(relativePath)));
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `the extension ${EXTENSION_ID} is not loaded in this VS Code`);
  await extension.activate();
}

/**
 * The code actions VS Code offers for `range`, asked again (at most three times in all) while none satisfies
 * `accept`. VS Code cancels a code action request, or drops its answers, when the set of code action providers
 * changes while it runs, which happens while other extensions are still activating in a freshly started window; a fix
 * that is really missing is missing every time, and the test fails.
 */
export async function codeActionsFor(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: vscode.CodeActionKind,
  accept: (actions: vscode.CodeAction[]) => boolean,
): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    let answer: (vscode.CodeAction | vscode.Command)[];
    try {
      answer = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        kind.value,
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'Canceled' && attempt < 2) continue;
      throw error;
    }
    actions = answer.filter(
      (action): action is vscode.CodeAction => !('command' in action && typeof action.command === 'string'),
    );
    if (accept(actions)) break;
  }
  return actions;
}

/**
 * Resolves with the first non-undefined value of `check`, asked once now and again after every `event`; rejects
 * after `timeoutMs` with `description` and, if given, what `detail` says about the state at that moment.
 */
export function waitFor<E, R>(
  event: vscode.Event<E>,
  check: () => R | undefined,
  description: string,
  options: { timeoutMs?: number; detail?: () => string; token?: vscode.CancellationToken } = {},
): Promise<R> {
  const timeoutMs = options.timeoutMs ?? WAIT_TIMEOUT_MS;
  return new Promise<R>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      for (const disposable of disposables) disposable.dispose();
      settle();
    };
    const timer = setTimeout(() => {
      const detail = options.detail ? `; ${options.detail()}` : '';
      finish(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${description}${detail}`)));
    }, timeoutMs);
    const probe = () => {
      let value: R | undefined;
      try {
        value = check();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value));
    };
    disposables.push(event(probe));
    if (options.token)
      disposables.push(
        options.token.onCancellationRequested(() => finish(() => reject(new vscode.CancellationError()))),
      );
    probe();
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function bilingualDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return `${uri.path.split('/').pop()} has no diagnostics`;
  return `${uri.path.split('/').pop()} has: ${all.map((d) => `${d.source ?? '?'}/${codeOf(d) ?? '?'} (${vscode.DiagnosticSeverity[d.severity]}) at ${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ')}`;
}

/** Waits until the extension's diagnostics for `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  description: string,
  token?: vscode.CancellationToken,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = bilingualDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    description,
    { detail: () => describeDiagnostics(uri), ...(token ? { token } : {}) },
  );
}

export function waitForDiagnosticCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (diagnostics) => diagnostics.some((d) => codeOf(d) === code),
    `a ${code} diagnostic on ${uri.path.split('/').pop()}`,
  );
}

export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

let barriers = 0;

/**
 * Opens `uri` and resolves once the language server has published what it has to say about it: either its
 * diagnostics for `uri` arrive (an empty list counts), or diagnostics arrive for a broken article opened right
 * after it, which the server handles later. That is how a test can show that a document got *no* diagnostics
 * without waiting for a while and hoping.
 */
export async function openAndSettle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const cancel = new vscode.CancellationTokenSource();
  const key = uri.toString();
  const publishedForUri = new Promise<void>((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) {
        listener.dispose();
        resolve();
      }
    });
    cancel.token.onCancellationRequested(() => listener.dispose());
  });
  const editor = await show(uri);
  const barrier = fixture(`vscode/barrier-${++barriers}.synthetic.md`);
  await vscode.workspace.fs.writeFile(
    barrier,
    await vscode.workspace.fs.readFile(fixture('vscode/id-mismatch.synthetic.md')),
  );
  const barrierDiagnostics = waitForDiagnostics(
    barrier,
    (d) => d.length > 0,
    `diagnostics on the barrier article opened after ${key}`,
    cancel.token,
  );
  barrierDiagnostics.catch(() => undefined);
  await vscode.workspace.openTextDocument(barrier);
  try {
    await Promise.race([publishedForUri, barrierDiagnostics]);
  } finally {
    cancel.cancel();
    cancel.dispose();
  }
  return editor;
}

/** Undoes a test's unsaved edits and closes the editors, so the next test sees the file as it is on disk. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.notEqual(offset, -1, `"${text}" (occurrence ${occurrence + 1}) is not in ${document.uri.path}`);
  }
  return document.positionAt(offset);
}

export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, text, occurrence);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + text.length));
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
