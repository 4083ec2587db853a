/** Suppression comments: the ones that cannot do what they say. */
import type { Rule } from '../rule';
import { suppressionInvalid } from './suppressionInvalid';

export const suppressionRules: readonly Rule[] = [suppressionInvalid];
