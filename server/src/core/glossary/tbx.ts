/**
 * Glossaries in TBX (ISO 30042), read with an XML parser (saxes), in both published versions:
 *
 * - 2008 (TBX-Basic, TBX-Core of `martif`): `martif` / `text` / `body` / `termEntry` / `langSet xml:lang` /
 *   `tig` or `ntig` (`termGrp`) / `term`;
 * - 2019 (TBX-Basic, TBX-Core, DCA or DCT style): `tbx` / `text` / `body` / `conceptEntry` / `langSec xml:lang` /
 *   `termSec` / `term`.
 *
 * A term's status is `<termNote type="administrativeStatus">` (DCA) or an `administrativeStatus` element of any
 * prefix (DCT): `preferredTerm-admn-sts`, `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts`,
 * `supersededTerm-admn-sts`, or the same without `Term-admn-sts`; deprecated and superseded terms are forbidden.
 * A source term is not to be translated when it, or its entry, carries `doNotTranslate` (`termNote`, `descrip`
 * or `admin` of that type, or an element of that name) with `yes` or `true`, or `translatable` with `no` or
 * `false`. The source language is the root's `xml:lang` (English when absent); every other `langSet`/`langSec`
 * gives target terms for its language tag.
 *
 * A DOCTYPE with an internal subset (where entities would be declared) is refused, so a hostile file cannot make
 * the reader expand entities without end; references to undeclared entities are errors of the parser.
 */
import * as l10n from '@vscode/l10n';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { isWellFormedLanguageTag } from '../rules/frontMatter/bcp47';
import type { GlossaryEntry, GlossaryReadResult, GlossaryTarget, TermStatus } from './model';

const STATUSES: ReadonlyMap<string, TermStatus> = new Map([
  ['preferredterm-admn-sts', 'preferred'],
  ['preferred', 'preferred'],
  ['admittedterm-admn-sts', 'admitted'],
  ['admitted', 'admitted'],
  ['deprecatedterm-admn-sts', 'forbidden'],
  ['deprecated', 'forbidden'],
  ['supersededterm-admn-sts', 'forbidden'],
  ['superseded', 'forbidden'],
]);

const ENTRY_ELEMENTS: ReadonlySet<string> = new Set(['termEntry', 'conceptEntry']);
const LANGUAGE_ELEMENTS: ReadonlySet<string> = new Set(['langSet', 'langSec']);
const TERM_ELEMENTS: ReadonlySet<string> = new Set(['tig', 'ntig', 'termSec']);
/** Elements whose text says something about a term or an entry, by their `type` (DCA) or their own name (DCT). */
const NOTE_ELEMENTS: ReadonlySet<string> = new Set(['termNote', 'descrip', 'admin']);
const OWN_NAME_ELEMENTS: ReadonlySet<string> = new Set([
  'administrativeStatus',
  'doNotTranslate',
  'translatable',
  'note',
]);

interface TermRead {
  text: string;
  status?: TermStatus;
  doNotTranslate: boolean;
  line: number;
}

interface EntryRead {
  readonly line: number;
  readonly terms: { readonly language: string; readonly term: TermRead }[];
  doNotTranslate: boolean;
  note?: string;
}

/** A property's text: `yes`/`true` or `no`/`false`; anything else is undefined. */
function yesOrNo(value: string): boolean | undefined {
  const lower = value.trim().toLowerCase();
  if (lower === 'yes' || lower === 'true') return true;
  return lower === 'no' || lower === 'false' ? false : undefined;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

class Refused extends Error {}

/** Reads a TBX glossary; `fileName` names it in problems. */
export function readTbxGlossary(fileName: string, text: string): GlossaryReadResult {
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  const parser = new SaxesParser({ fileName, xmlns: false });
  const problem = (line: number, message: string): void => void problems.push(`${fileName}:${line}: ${message}`);
  let parseError: string | undefined;
  let sourceLanguage = 'en';
  let depth = 0;
  let entry: EntryRead | undefined;
  let language: string | undefined;
  let term: TermRead | undefined;
  /** The element whose text is being collected and what to do with it when it closes. */
  let collecting: { depth: number; text: string; done: (text: string) => void } | undefined;

  const addEntries = (read: EntryRead): void => {
    const isSource = (tag: string): boolean => tag.split('-')[0] === sourceLanguage.split('-')[0];
    const sources = read.terms.filter(({ language: tag, term: each }) => isSource(tag) && each.status !== 'forbidden');
    const targets: GlossaryTarget[] = read.terms
      .filter(({ language: tag }) => !isSource(tag))
      .map(({ language: tag, term: each }) => ({ term: each.text, locale: tag, status: each.status ?? 'preferred' }));
    for (const { term: source } of sources) {
      const doNotTranslate = read.doNotTranslate || source.doNotTranslate;
      const kept: GlossaryTarget = { term: source.text, locale: '', status: 'do-not-translate' };
      const own: GlossaryTarget[] = doNotTranslate ? [kept] : [];
      if (own.length + targets.length === 0) continue;
      entries.push({
        source: source.text,
        targets: [...own, ...targets],
        file: fileName,
        line: source.line,
        ...(read.note ? { note: read.note } : {}),
      });
    }
  };

  /** A note-like element: a status, a do-not-translate mark or a note, by its type or its own name. */
  const noteElement = (name: string, type: string | undefined, line: number): void => {
    const kind = (type ?? name).toLowerCase();
    if (kind === 'administrativestatus') {
      collecting = {
        depth,
        text: '',
        done: (value) => {
          const status = STATUSES.get(value.trim().toLowerCase());
          const known = 'preferredTerm-admn-sts, admittedTerm-admn-sts or deprecatedTerm-admn-sts';
          if (!status) problem(line, l10n.t('unknown administrativeStatus "{0}" (use {1})', value.trim(), known));
          else if (term) term.status = status;
        },
      };
    } else if (kind === 'donottranslate' || kind === 'translatable') {
      collecting = {
        depth,
        text: '',
        done: (value) => {
          const answer = yesOrNo(value);
          if (answer === undefined) {
            problem(line, l10n.t('{0} is "{1}"; use yes or no', type ?? name, value.trim()));
            return;
          }
          const dnt = kind === 'translatable' ? !answer : answer;
          if (term) term.doNotTranslate ||= dnt;
          else if (entry) entry.doNotTranslate ||= dnt;
        },
      };
    } else if (kind === 'definition' || kind === 'note') {
      collecting = { depth, text: '', done: (value) => entry && value.trim() && (entry.note ??= value.trim()) };
    }
  };

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) {
      problem(
        parser.line,
        l10n.t('a DOCTYPE with an internal subset (entity declarations) is not accepted in a glossary'),
      );
      throw new Refused();
    }
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    const name = localName(tag.name);
    const attribute = (key: string): string | undefined => tag.attributes[key];
    if (depth === 1) {
      if (name !== 'martif' && name !== 'tbx') {
        problem(
          parser.line,
          l10n.t('the root element is <{0}>, not <martif> (TBX 2008) or <tbx> (TBX 2019)', tag.name),
        );
        throw new Refused();
      }
      sourceLanguage = (attribute('xml:lang') ?? 'en').toLowerCase();
    } else if (ENTRY_ELEMENTS.has(name)) {
      entry = { line: parser.line, terms: [], doNotTranslate: false };
    } else if (LANGUAGE_ELEMENTS.has(name)) {
      const tagValue = attribute('xml:lang');
      if (tagValue === undefined || !isWellFormedLanguageTag(tagValue)) {
        const message =
          tagValue === undefined
            ? l10n.t('<{0}> has no xml:lang; its terms are skipped', tag.name)
            : l10n.t('<{0}> has xml:lang "{1}", not a BCP 47 tag; its terms are skipped', tag.name, tagValue);
        problem(parser.line, message);
        language = undefined;
      } else language = tagValue.toLowerCase();
    } else if (TERM_ELEMENTS.has(name)) {
      term = { text: '', doNotTranslate: false, line: parser.line };
    } else if (name === 'term' && term) {
      const read = term;
      collecting = { depth, text: '', done: (value) => (read.text = value.trim().replace(/\s+/g, ' ')) };
    } else if (NOTE_ELEMENTS.has(name)) {
      noteElement(name, attribute('type'), parser.line);
    } else if (OWN_NAME_ELEMENTS.has(name)) {
      noteElement(name, undefined, parser.line);
    }
  });
  parser.on('text', (value) => {
    if (collecting) collecting.text += value;
  });
  parser.on('cdata', (value) => {
    if (collecting) collecting.text += value;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (collecting?.depth === depth) {
      const done = collecting;
      collecting = undefined;
      done.done(done.text);
    }
    depth--;
    if (TERM_ELEMENTS.has(name) && term) {
      if (term.text === '') problem(term.line, l10n.t('<{0}> has no term; it is skipped', tag.name));
      else if (entry && language !== undefined) entry.terms.push({ language, term });
      term = undefined;
    } else if (LANGUAGE_ELEMENTS.has(name)) {
      language = undefined;
    } else if (ENTRY_ELEMENTS.has(name) && entry) {
      addEntries(entry);
      entry = undefined;
    }
  });
  parser.on('error', (error) => {
    parseError ??= error.message;
  });
  let refused = false;
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error instanceof Refused) refused = true;
    else parseError ??= error instanceof Error ? error.message : String(error);
  }
  if (parseError !== undefined && !refused) {
    // saxes writes `file:line:column: message`; the file is ours already.
    const reason = parseError.startsWith(`${fileName}:`) ? parseError : `${fileName}: ${parseError}`;
    return { entries: [], problems: [l10n.t('{0}: not well-formed XML', reason.replace(/\.$/, ''))] };
  }
  return { entries: refused ? [] : entries, problems };
}
