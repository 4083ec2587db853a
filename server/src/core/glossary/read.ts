/** A glossary file's text read by its kind: TBX by its extension or its first tag, else CSV or TSV. */
import * as l10n from '@vscode/l10n';
import { readDelimitedGlossary } from './delimited';
import { Glossary } from './glossary';
import { MAX_GLOSSARY_LENGTH, type GlossaryReadResult } from './model';
import { readTbxGlossary } from './tbx';

function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text.slice(0, 200));
}

/** Reads a glossary file's text; `fileName` (as the configuration names it) names it in problems. */
export function readGlossaryText(fileName: string, text: string): GlossaryReadResult {
  if (text.length > MAX_GLOSSARY_LENGTH) {
    const megabytes = Math.round(MAX_GLOSSARY_LENGTH / 1_000_000);
    const problem = l10n.t('{0}: larger than {1} million characters; not read as a glossary', fileName, megabytes);
    return { entries: [], problems: [problem] };
  }
  if (/\.(?:tbx|xml)$/i.test(fileName) || looksLikeXml(text)) return readTbxGlossary(fileName, text);
  return readDelimitedGlossary(fileName, text);
}

/** The glossaries read, in the configuration's order, as one. */
export function combineGlossaries(results: readonly GlossaryReadResult[]): Glossary {
  return new Glossary(results.flatMap((result) => result.entries));
}
