import type { Rule } from '../rule';
import { readerFindings } from './readerFindings';

export const orphanSource: Rule = {
  code: 'orphan-source',
  name: 'Source without a target',
  category: 'markup',
  defaultSeverity: 'error',
  description:
    'An `sxs-lookup` span (or a bare `data-stu-id` span) stands where no target span precedes it. The source text then belongs to no unit, usually because the target span before it was deleted or its tag was damaged.',
  check: (document) => readerFindings(document, 'orphan-source'),
};
