// ESLint over every TypeScript and JavaScript source of ours (`npm run lint`, part of `npm test`). The recommended
// rules of ESLint and typescript-eslint, without type information: the type check is `tsc -b`'s job, and linting
// with types would double the time of `npm test` on two cores. Line length and whitespace are the .editorconfig's
// (scripts/checkEditorconfig.mjs), not ESLint's.
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
    },
  },
  {
    files: ['client/media/src/**', 'test/ui/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
