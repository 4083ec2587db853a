import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';
import { isWellFormedLanguageTag, suggestedLanguageTag } from './bcp47';
import { describeValue, fieldLocation } from './fields';

export const localeInvalid: Rule = {
  code: 'locale-invalid',
  docs: 'docs/rules/locale-invalid.md',
  name: 'Locale is not a language tag',
  category: 'front-matter',
  defaultSeverity: 'warning',
  description:
    'Reports an `ms.contentlocale` that is not a BCP 47 language tag (RFC 5646), such as `et_EE`, `Estonian` or ' +
    'a list. Tools that route, publish or check the article by its language do not recognize such a value, and ' +
    'the checks that depend on the locale may read it wrongly. Write a tag such as `et-EE`, `ja-JP` or ' +
    '`zh-Hans-CN`.',
  check(document) {
    const value = document.frontMatter?.data['ms.contentlocale'];
    if (value === undefined || value === null || value === '') return [];
    if (typeof value === 'string' && isWellFormedLanguageTag(value)) return [];
    const suggestion = typeof value === 'string' ? suggestedLanguageTag(value) : undefined;
    const written = describeValue(value);
    let message: string;
    if (typeof value !== 'string') {
      message = l10n.t('ms.contentlocale is {0}, not a BCP 47 language tag: write a tag such as et-EE.', written);
    } else if (suggestion) {
      message = l10n.t('ms.contentlocale {0} is not a BCP 47 language tag: write {1}.', written, suggestion);
    } else {
      message = l10n.t('ms.contentlocale {0} is not a BCP 47 language tag: write a tag such as et-EE.', written);
    }
    return [{ message, span: fieldLocation(document, 'ms.contentlocale') }];
  },
};
