/** Markup integrity: the unit structure itself. */
import type { Rule } from '../rule';
import { idMismatch } from './idMismatch';
import { missingSource } from './missingSource';
import { orphanSource } from './orphanSource';
import { duplicateId } from './duplicateId';
import { unclosedSpan } from './unclosedSpan';
import { escapedMarkup } from './escapedMarkup';
import { malformedId } from './malformedId';
import { prefixMismatch } from './prefixMismatch';
import { idOrder } from './idOrder';
import { unitInCode } from './unitInCode';
import { unbalancedFence } from './unbalancedFence';
import { conflictMarker } from './conflictMarker';

export const markupRules: readonly Rule[] = [
  idMismatch,
  missingSource,
  orphanSource,
  duplicateId,
  unclosedSpan,
  escapedMarkup,
  malformedId,
  prefixMismatch,
  idOrder,
  unitInCode,
  unbalancedFence,
  conflictMarker,
];
