/**
 * Glossaries as CSV (RFC 4180: fields in double quotes may hold commas, quotes written twice and line breaks) or
 * TSV, with a header row naming the columns: `source`, `target`, and optionally `locale` (BCP 47; empty for every
 * locale), `status` (`preferred`, the default, `admitted`, `forbidden` or `do-not-translate`) and `note`. Rows
 * with the same source term are alternatives of one entry.
 */
import * as l10n from '@vscode/l10n';
import { didYouMean } from '../config';
import { isWellFormedLanguageTag } from '../rules/frontMatter/bcp47';
import {
  TERM_STATUSES,
  type GlossaryEntry,
  type GlossaryReadResult,
  type GlossaryTarget,
  type TermStatus,
} from './model';

const COLUMNS = ['source', 'target', 'locale', 'status', 'note'] as const;
type Column = (typeof COLUMNS)[number];

interface Record {
  readonly fields: string[];
  readonly line: number;
}

/** Words users write for the statuses, as Xbench and TBX name them, beside the documented ones. */
const STATUS_ALIASES: ReadonlyMap<string, TermStatus> = new Map([
  ['', 'preferred'],
  ['approved', 'preferred'],
  ['deprecated', 'forbidden'],
  ['dnt', 'do-not-translate'],
  ['donottranslate', 'do-not-translate'],
  ['do not translate', 'do-not-translate'],
  ...TERM_STATUSES.map((status): [string, TermStatus] => [status, status]),
]);

/** The separator: a tab for `.tsv`/`.tab`; else what the header row holds, a comma first (CSV), then a tab or `;`. */
function separatorOf(fileName: string, firstLine: string): string {
  if (/\.(?:tsv|tab)$/i.test(fileName)) return '\t';
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  return firstLine.includes(';') ? ';' : ',';
}

/** The records of the text, each with the line it starts on; an unclosed quote is reported at its line. */
function recordsOf(text: string, separator: string, problem: (line: number, message: string) => void): Record[] {
  const records: Record[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    recordLine = line;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field.trim() === '') {
      const quoteLine = line;
      let closed = false;
      let value = '';
      i++;
      while (i < text.length) {
        const inner = text[i]!;
        if (inner === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (inner === '\n') line++;
        value += inner;
        i++;
      }
      if (!closed) {
        problem(quoteLine, l10n.t('a quoted field is never closed (a `"` is missing)'));
        return records;
      }
      field = value;
      while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] !== ' ' && text[i] !== '\t') {
          problem(line, l10n.t('text after a quoted field\'s closing quote; write a quote inside a field as ""'));
          return records;
        }
        i++;
      }
      continue;
    }
    if (char === separator) {
      fields.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      endRecord();
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function headerColumns(
  header: Record,
  problem: (line: number, message: string) => void,
): Map<Column, number> | undefined {
  const columns = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if ((COLUMNS as readonly string[]).includes(key)) columns.set(key as Column, index);
    else problem(header.line, l10n.t('unknown column "{0}"', name.trim()) + didYouMean(key, COLUMNS));
  });
  const missing = ['source', 'target'].filter((name) => !columns.has(name as Column));
  if (missing.length === 0) return columns;
  const names = missing.map((name) => `"${name}"`).reduce((list, next) => l10n.t('{0} and {1}', list, next));
  problem(
    header.line,
    l10n.t('the header row has no {0} column (columns: source, target, locale, status, note)', names),
  );
  return undefined;
}

/** Reads a CSV or TSV glossary; `fileName` names it in problems and tells CSV from TSV by its extension. */
export function readDelimitedGlossary(fileName: string, fileText: string): GlossaryReadResult {
  const text = fileText.replace(/^\uFEFF/, '');
  const problems: string[] = [];
  const problem = (line: number, message: string): void => void problems.push(`${fileName}:${line}: ${message}`);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const records = recordsOf(text, separatorOf(fileName, firstLine), problem);
  if (problems.length > 0) return { entries: [], problems };
  const header = records[0];
  if (!header) {
    return { entries: [], problems: [l10n.t('{0}: empty; a glossary needs a header row (source, target…)', fileName)] };
  }
  const columns = headerColumns(header, problem);
  if (!columns) return { entries: [], problems };
  const bySource = new Map<string, { source: string; targets: GlossaryTarget[]; notes: string[]; line: number }>();
  for (const record of records.slice(1)) {
    const value = (column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    if (record.fields.length > header.fields.length) {
      const given = record.fields.length;
      problem(
        record.line,
        l10n.t('{0} fields where the header has {1}; the row is skipped', given, header.fields.length),
      );
      continue;
    }
    const source = value('source');
    const rawStatus = value('status');
    const status = STATUS_ALIASES.get(rawStatus.toLowerCase());
    const locale = value('locale');
    if (source === '') {
      problem(record.line, l10n.t('no source term; the row is skipped'));
      continue;
    }
    if (!status) {
      const known = TERM_STATUSES.join(', ');
      const suggestion = didYouMean(rawStatus.toLowerCase(), TERM_STATUSES);
      problem(record.line, l10n.t('unknown status "{0}"{1} (use {2}); the row is skipped', rawStatus, suggestion, known));
      continue;
    }
    if (locale !== '' && !isWellFormedLanguageTag(locale)) {
      problem(record.line, l10n.t('locale "{0}" is not a BCP 47 tag (such as et-EE); the row is skipped', locale));
      continue;
    }
    const target = value('target') || (status === 'do-not-translate' ? source : '');
    if (target === '') {
      const message = l10n.t(
        'no target term for "{0}"; only a do-not-translate row may leave it empty; the row is skipped',
        source,
      );
      problem(record.line, message);
      continue;
    }
    const key = source.toLowerCase();
    let entry = bySource.get(key);
    if (!entry) bySource.set(key, (entry = { source, targets: [], notes: [], line: record.line }));
    entry.targets.push({ term: target, locale: locale.toLowerCase(), status });
    const note = value('note');
    if (note !== '' && !entry.notes.includes(note)) entry.notes.push(note);
  }
  const entries = [...bySource.values()].map(({ source, targets, notes, line }): GlossaryEntry => ({
    source,
    targets,
    file: fileName,
    line,
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  }));
  return { entries, problems };
}
