import type { Rule } from '../rule';

export const frontMatterInvalid: Rule = {
  code: 'front-matter-invalid',
  name: 'Front matter is not valid YAML',
  category: 'front-matter',
  defaultSeverity: 'error',
  description:
    'Reports YAML front matter (the block between the `---` lines at the top of the article) that does not ' +
    'parse. The publishing pipeline reads the article\'s title, locale and metadata from it; when it does not ' +
    'parse, none of them are known, and the front matter checks cannot run either.',
  check(document) {
    const error = document.frontMatter?.error;
    return error ? [{ message: error.message, span: error.span }] : [];
  },
};
