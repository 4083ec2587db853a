import type { Rule } from '../rule';
import { isWellFormedLanguageTag, suggestedLanguageTag } from './bcp47';
import { fieldLocation, isNot } from './fields';

export const localeInvalid: Rule = {
  code: 'locale-invalid',
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
    const advice = suggestion ? `write ${suggestion}` : 'write a tag such as et-EE';
    return [
      {
        message: `${isNot('ms.contentlocale', value, 'a BCP 47 language tag')}: ${advice}.`,
        span: fieldLocation(document, 'ms.contentlocale'),
      },
    ];
  },
};
