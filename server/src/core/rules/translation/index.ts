/** Translation QA: checks between a unit's target and its source. */
import type { Rule } from '../rule';
import { emptyTarget } from './emptyTarget';
import { emptySource } from './emptySource';
import { untranslated } from './untranslated';
import { linkMismatch } from './linkMismatch';
import { codeMismatch } from './codeMismatch';
import { numberMismatch } from './numberMismatch';
import { formatMismatch } from './formatMismatch';
import { whitespaceMismatch } from './whitespaceMismatch';
import { tablePipe } from './tablePipe';
import { repeatedWord } from './repeatedWord';
import { bracketMismatch } from './bracketMismatch';
import { quoteMismatch } from './quoteMismatch';
import { emailMismatch } from './emailMismatch';
import { alphanumericMismatch } from './alphanumericMismatch';
import { endPunctuation } from './endPunctuation';
import { lengthRatio } from './lengthRatio';
import { spelling } from './spelling';
import { splitCompound } from './splitCompound';

export const translationRules: readonly Rule[] = [
  emptyTarget,
  emptySource,
  untranslated,
  linkMismatch,
  codeMismatch,
  numberMismatch,
  formatMismatch,
  whitespaceMismatch,
  tablePipe,
  repeatedWord,
  bracketMismatch,
  quoteMismatch,
  emailMismatch,
  alphanumericMismatch,
  endPunctuation,
  lengthRatio,
  spelling,
  splitCompound,
];
