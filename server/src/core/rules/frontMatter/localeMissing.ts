import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from '../rule';
import { fieldLocation, frontMatterStart } from './fields';

export const localeMissing: Rule = {
  code: 'locale-missing',
  docs: 'docs/rules/locale-missing.md',
  name: 'Locale is missing',
  category: 'front-matter',
  defaultSeverity: 'warning',
  description:
    'Reports an article with bilingual span markup whose front matter has no `ms.contentlocale` (or no front ' +
    'matter at all, or an empty value). The locale says which language the targets are in; without it the ' +
    'article is published under no language, and the checks that depend on it (`untranslated`, the locale ' +
    'segment of `link-mismatch`, the number formats of `number-mismatch`) cannot do their work. Front matter ' +
    'that does not parse is reported by `front-matter-invalid` instead.',
  check(document) {
    if (!document.hasMarkup || document.frontMatter?.error) return [];
    if (!document.frontMatter) {
      const message = l10n.t(
        'The article has no front matter, so no ms.contentlocale: add front matter with the locale of the ' +
          'translation, such as ms.contentlocale: et-EE.',
      );
      return [{ message, span: frontMatterStart(document) }];
    }
    const value = document.frontMatter.data['ms.contentlocale'];
    let finding: Finding | undefined;
    if (value === undefined) {
      finding = {
        message: l10n.t(
          'The front matter has no ms.contentlocale: add the locale of the translation, ' +
            'such as ms.contentlocale: et-EE.',
        ),
        span: frontMatterStart(document),
      };
    } else if (value === null || value === '') {
      finding = {
        message: l10n.t('ms.contentlocale is empty: give the locale of the translation, such as et-EE.'),
        span: fieldLocation(document, 'ms.contentlocale'),
      };
    }
    return finding ? [finding] : [];
  },
};
