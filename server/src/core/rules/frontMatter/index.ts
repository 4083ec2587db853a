/** Front matter: the article's YAML header. */
import type { Rule } from '../rule';

export const frontMatterRules: readonly Rule[] = [];
