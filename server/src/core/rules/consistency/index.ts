/** Consistency: checks that compare units with each other, within an article or across a locale's articles. */
import type { Rule } from '../rule';
import { INCONSISTENT_SOURCE, INCONSISTENT_TARGET, type ConsistencyCode } from '../../consistency';
import type { ConsistencyWording } from './findings';
import { inconsistentTarget, inconsistentTargetWording } from './inconsistentTarget';
import { inconsistentSource, inconsistentSourceWording } from './inconsistentSource';

export const consistencyRules: readonly Rule[] = [inconsistentTarget, inconsistentSource];

/** Each rule's wording, for the CLI, which finds consistency across files outside the rules' `check`. */
export const CONSISTENCY_WORDING: Readonly<Record<ConsistencyCode, ConsistencyWording>> = {
  [INCONSISTENT_TARGET]: inconsistentTargetWording,
  [INCONSISTENT_SOURCE]: inconsistentSourceWording,
};
