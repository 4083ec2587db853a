import type { Rule } from '../rule';
import { fieldLocation, isNot } from './fields';

const TRANSLATION_TYPES: ReadonlySet<string> = new Set(['HT', 'MT']);

export const translationTypeInvalid: Rule = {
  code: 'translation-type-invalid',
  name: 'Translation type is not HT or MT',
  category: 'front-matter',
  defaultSeverity: 'warning',
  description:
    'Reports an `ms.translationtype` that is present but is neither `HT` (human translation) nor `MT` (machine ' +
    'translation). The localization pipeline and reviewers use it to decide how much to trust and review the ' +
    'translation; any other value (`ht`, `Human`, an empty value) is not understood. An absent ' +
    '`ms.translationtype` is not reported.',
  check(document) {
    const data = document.frontMatter?.data;
    if (!data || !('ms.translationtype' in data)) return [];
    const value = data['ms.translationtype'];
    if (typeof value === 'string' && TRANSLATION_TYPES.has(value)) return [];
    const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
    const advice = TRANSLATION_TYPES.has(upper) ? `write ${upper}` : 'use HT (human translation) or MT (machine translation)';
    const problem = value === null || value === '' ? 'ms.translationtype is empty' : isNot('ms.translationtype', value, 'HT or MT');
    return [{ message: `${problem}: ${advice}.`, span: fieldLocation(document, 'ms.translationtype') }];
  },
};
