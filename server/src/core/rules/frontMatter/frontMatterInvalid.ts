import * as l10n from '@vscode/l10n';
import type { Rule } from '../rule';

export const frontMatterInvalid: Rule = {
  code: 'front-matter-invalid',
  docs: 'docs/rules/front-matter-invalid.md',
  name: 'Front matter is not valid YAML',
  category: 'front-matter',
  defaultSeverity: 'error',
  description:
    'Reports YAML front matter (the block between the `---` lines at the top of the article) that does not ' +
    'parse. The publishing pipeline reads the article\'s title, locale and metadata from it; when it does not ' +
    'parse, none of them are known, and the front matter checks cannot run either.',
  check(document) {
    const error = document.frontMatter?.error;
    if (!error) return [];
    const reason = error.reason.replace(/\.$/, '');
    return [{ message: l10n.t('Front matter is not valid YAML: {0}.', reason), span: error.span }];
  },
};
