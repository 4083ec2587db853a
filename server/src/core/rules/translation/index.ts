/** Translation QA: checks between a unit's target and its source. */
import type { Rule } from '../rule';

export const translationRules: readonly Rule[] = [];
