import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { describeValue, fieldLocation } from './fields';

const TRANSLATION_TYPES: ReadonlySet<string> = new Set(['HT', 'MT']);

export const translationTypeInvalid: Rule = {
  code: 'translation-type-invalid',
  docs: 'docs/rules/translation-type-invalid.md',
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
    let message: string;
    if (value === null || value === '') {
      message = l10n.t('ms.translationtype is empty: use HT (human translation) or MT (machine translation).');
    } else if (typeof value !== 'string') {
      message = l10n.t(
        'ms.translationtype is {0}, not HT or MT: use HT (human translation) or MT (machine translation).',
        describeValue(value),
      );
    } else if (TRANSLATION_TYPES.has(upper)) {
      message = l10n.t('ms.translationtype {0} is not HT or MT: write {1}.', describeValue(value), upper);
    } else {
      message = l10n.t(
        'ms.translationtype {0} is not HT or MT: use HT (human translation) or MT (machine translation).',
        describeValue(value),
      );
    }
    return [{ message, span: fieldLocation(document, 'ms.translationtype') }];
  },
};
