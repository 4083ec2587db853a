// ESLint over every TypeScript and JavaScript source of ours (`npm run lint`, part of `npm test`). The recommended
// rules of ESLint and typescript-eslint, without type information: the type check is `tsc -b`'s job, and linting
// with types would double the time of `npm test` on two cores. Lines are at most 120 characters, as .editorconfig
// says; a line may run longer only where one string, template or regular expression cannot be broken (test data of
// real articles, messages). Whitespace is checked by scripts/checkEditorconfig.mjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.cache/', '.vscode-test/', 'test-results/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['client/media/src/**', 'test/ui/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
