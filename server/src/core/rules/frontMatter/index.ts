/** Front matter: the article's YAML header. */
import type { Rule } from '../rule';
import { frontMatterInvalid } from './frontMatterInvalid';
import { localeMissing } from './localeMissing';
import { localeInvalid } from './localeInvalid';
import { translationTypeInvalid } from './translationTypeInvalid';

export const frontMatterRules: readonly Rule[] = [
  frontMatterInvalid,
  localeMissing,
  localeInvalid,
  translationTypeInvalid,
];
