/** Terminology: checks of a unit against the configured glossaries. */
import type { Rule } from '../rule';
import { glossaryTerm } from './glossaryTerm';
import { forbiddenTerm } from './forbiddenTerm';
import { doNotTranslate } from './doNotTranslate';

export const glossaryRules: readonly Rule[] = [glossaryTerm, forbiddenTerm, doNotTranslate];
