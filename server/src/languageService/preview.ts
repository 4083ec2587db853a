/** Everything Preview Bilingual shows for a document: every unit with its source, target and problems. */
import type { PreviewResult } from '../../../shared/protocol';
import { getSummary } from './summary';
import { groupProblems, untranslatedUnits, unitView } from './unitView';
import type { Cancellation, CheckedDocument } from './types';

/** Languages written right to left, by primary language subtag. */
const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
/** Scripts written right to left, for tags that name their script (`ku-Arab`, `pa-Arab`). */
const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

export function isRightToLeft(locale: string | undefined): boolean {
  if (!locale) return false;
  const [language, ...rest] = locale.toLowerCase().split(/[-_]/);
  return RIGHT_TO_LEFT_LANGUAGES.has(language ?? '') || rest.some((subtag) => RIGHT_TO_LEFT_SCRIPTS.has(subtag));
}

export function getPreview(document: CheckedDocument, token: Cancellation): PreviewResult | null {
  const { model } = document;
  const problems = groupProblems(document);
  if (token.isCancellationRequested) return null;
  const untranslated = untranslatedUnits(model);
  if (token.isCancellationRequested) return null;
  return {
    summary: getSummary(document),
    rightToLeft: isRightToLeft(model.locale),
    units: model.units.map((unit) =>
      unitView(model, unit, problems.byUnit.get(unit.index) ?? [], untranslated.has(unit.index)),
    ),
    otherProblems: problems.other,
  };
}
