/**
 * The connection as the features see it, guarded against a client that breaks the protocol: before `initialize`
 * every request is answered with ServerNotInitialized (-32002) and every notification is dropped, as LSP says; and
 * a document notification whose text is not a string is refused, since one such document would break every
 * request that reads all open documents afterwards (workspace symbols).
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** Registrations of notification handlers in vscode-languageserver's API; the other `on…` register requests. */
const NOTIFICATION_REGISTRATIONS: ReadonlySet<string> = new Set([
  'onNotification',
  'onInitialized',
  'onDidChangeConfiguration',
  'onDidChangeWatchedFiles',
  'onDidOpenTextDocument',
  'onDidChangeTextDocument',
  'onDidCloseTextDocument',
  'onWillSaveTextDocument',
  'onDidSaveTextDocument',
  'onProgress',
]);

type Handler = (...args: unknown[]) => unknown;

const isString = (value: unknown): value is string => typeof value === 'string';

/** Whether a didOpen or didChange carries text the documents can hold: strings, and ranges that are objects. */
function carriesValidText(registration: string, params: unknown): boolean {
  const textDocument = (params as { textDocument?: { uri?: unknown; text?: unknown } } | null)?.textDocument;
  if (registration === 'onDidOpenTextDocument') return isString(textDocument?.uri) && isString(textDocument?.text);
  if (registration === 'onDidChangeTextDocument') {
    const changes = (params as { contentChanges?: unknown }).contentChanges;
    return (
      isString(textDocument?.uri) &&
      Array.isArray(changes) &&
      changes.every((change: { text?: unknown; range?: unknown } | null) => {
        if (change === null || typeof change !== 'object' || !isString(change.text)) return false;
        return change.range === undefined || (typeof change.range === 'object' && change.range !== null);
      })
    );
  }
  return true;
}

export function guardConnection(connection: Connection, isInitialized: () => boolean): Connection {
  const guard = (registration: string, handler: Handler): Handler => {
    if (NOTIFICATION_REGISTRATIONS.has(registration)) {
      return (...args) => {
        if (!isInitialized()) return undefined;
        if (!carriesValidText(registration, args[0])) {
          connection.console.warn(`Ignored a ${registration.slice(2)} notification whose text is not a string.`);
          return undefined;
        }
        return handler(...args);
      };
    }
    return (...args) => {
      if (!isInitialized()) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Send initialize first.');
      return handler(...args);
    };
  };
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !property.startsWith('on') || typeof value !== 'function') return value;
      // `initialize` opens the session; `exit` ends it in any state.
      if (property === 'onInitialize' || property === 'onExit') return value;
      const guardedArgument = (arg: unknown): unknown =>
        typeof arg === 'function' ? guard(property, arg as Handler) : arg;
      return (...args: unknown[]) => (value as Handler).apply(target, args.map(guardedArgument));
    },
  });
}
