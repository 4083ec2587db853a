/**
 * Problems of a `.bilingual-docs.json` and of the glossaries it names as diagnostics on the config file, where the
 * user fixes them: at the line and column a problem names, a glossary's problems at the place the file names that
 * glossary. They stay until the file applies again without them.
 */
import type { Diagnostic, ServerCapabilities } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { childUri, displayName, parentUri } from '../fileSystem';
import { errorText, type ServerSession } from '../session';
import { keyOffset, type ConfigFileResult } from '../workspaceConfigFiles';

const SOURCE = 'bilingual-docs';

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Where a problem belongs in the config file's text, and what it says there. */
function placeOf(problem: string, file: ConfigFileResult, text: string): { offset: number; message: string } {
  const own = `${file.path}:`;
  if (problem.startsWith(own)) {
    const at = /^(\d+):(\d+): /.exec(problem.slice(own.length));
    if (at) {
      const lines = text.split('\n');
      const line = Math.min(Number(at[1]) - 1, lines.length - 1);
      const offset = lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0) + Number(at[2]) - 1;
      return { offset, message: problem.slice(own.length + at[0].length) };
    }
    return { offset: 0, message: problem.slice(own.length).replace(/^ /, '') };
  }
  // A glossary's problem names the glossary: it goes where the config file names it.
  const configured = (file.config.glossaries ?? []).find((name) => {
    const shown = displayName(childUri(parentUri(file.uri!), name));
    return problem.startsWith(`${shown}:`) || problem.includes(`"${name}"`);
  });
  const written = configured === undefined ? -1 : text.indexOf(JSON.stringify(configured));
  return { offset: written >= 0 ? written : keyOffset(text, 'glossaries'), message: problem };
}

export function registerConfigFileDiagnostics(session: ServerSession): ServerCapabilities {
  const { connection } = session;
  /** What was last published per config file, so that the same problems are not sent again on every check. */
  const published = new Map<string, string>();

  async function publish(file: ConfigFileResult): Promise<void> {
    const uri = file.uri!;
    const key = file.problems.join('\n');
    if ((published.get(uri) ?? '') === key) return;
    published.set(uri, key);
    let text = '';
    try {
      text = await session.readText(uri);
    } catch {
      // Unreadable: the problem says so; the diagnostics go at the file's start.
    }
    const diagnostics: Diagnostic[] = file.problems.map((problem) => {
      const { offset, message } = placeOf(problem, file, text);
      const start = positionAt(text, Math.min(offset, text.length));
      return { range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, message };
    });
    await connection.sendDiagnostics({ uri, diagnostics });
  }

  session.onConfigFileApplied((file) => {
    publish(file).catch((error: unknown) =>
      connection.console.error(`Config file diagnostics failed: ${errorText(error)}`),
    );
  });
  return {};
}
