/** The package version, put in by the bundler from package.json. */
declare const __BILINGUAL_DOCS_VERSION__: string;

export const VERSION: string =
  typeof __BILINGUAL_DOCS_VERSION__ === 'string' ? __BILINGUAL_DOCS_VERSION__ : '0.0.0-dev';
