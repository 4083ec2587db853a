/** Consistency: checks that compare units with each other, within an article or across a locale's articles. */
import type { Rule } from '../rule';
import { inconsistentTarget } from './inconsistentTarget';
import { inconsistentSource } from './inconsistentSource';

export const consistencyRules: readonly Rule[] = [inconsistentTarget, inconsistentSource];
