/** File system failures in words, for the one-line messages of the CLI and the server. */

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links (a link loop?)',
  ENAMETOOLONG: 'name too long',
  ENXIO: 'not a regular file (a socket or a device with nothing behind it)',
  EIO: 'input/output error',
};

/** Why a file operation failed, in a few words, without the path (the caller puts it first). */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && FILE_ERRORS[code]) return FILE_ERRORS[code];
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages read `CODE: what, syscall 'path'`.
  const what = message.split(', ')[0]!;
  return code !== undefined && what.startsWith(`${code}: `) ? what.slice(code.length + 2) : what;
}
