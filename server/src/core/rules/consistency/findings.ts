/** What the two consistency rules share: the findings of a document, from the index they are given or its own. */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument } from '../../model';
import {
  ConsistencyIndex,
  indexedUnitsOf,
  type ConsistencyCode,
  type ConsistencyFinding,
  type RelatedUnit,
} from '../../consistency';
import type { Finding, Fix, RuleContext } from '../rule';

/** The key of a document in an index of its own units only. */
const OWN = '';

const ownFindings = new WeakMap<BilingualDocument, readonly ConsistencyFinding[]>();

/** The document's units compared with each other, once per document for both rules. */
function findingsWithin(document: BilingualDocument): readonly ConsistencyFinding[] {
  let findings = ownFindings.get(document);
  if (!findings) {
    const index = new ConsistencyIndex();
    index.setDocument(OWN, indexedUnitsOf(document, OWN));
    findings = index.findingsFor(OWN);
    ownFindings.set(document, findings);
  }
  return findings;
}

function fixesOf(finding: ConsistencyFinding): Fix[] {
  return finding.alternatives.map((alternative, index) => {
    const flat = alternative.rawTarget.trim().replace(/\s+/g, ' ');
    const shown = flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
    const title =
      alternative.count === 1
        ? l10n.t('Use \'{0}\' as in 1 other unit', shown)
        : l10n.t('Use \'{0}\' as in {1} other units', shown, alternative.count);
    return {
      title,
      edits: [{ span: finding.unit.targetSpan, newText: alternative.rawTarget }],
      safe: false,
      ...(index === 0 ? { preferred: true } : {}),
    };
  });
}

/** How a consistency rule words its finding and the units of the other variants. */
export interface ConsistencyWording {
  message(finding: ConsistencyFinding): string;
  related(related: RelatedUnit): string;
}

/** The first three variants, and how many more there are. */
export function firstVariants(
  finding: ConsistencyFinding,
  name: (other: ConsistencyFinding['others'][number]) => string,
): string {
  const shown = finding.others.slice(0, 3).map(name).join(', ');
  const more = finding.others.length - 3;
  return more > 0 ? l10n.t('{0} and {1} more', shown, more) : shown;
}

export function consistencyFindings(
  document: BilingualDocument,
  context: RuleContext,
  code: ConsistencyCode,
  wording: ConsistencyWording,
): Finding[] {
  const across = context.acrossDocuments;
  const findings = across ? across.index.findingsFor(across.key) : findingsWithin(document);
  const own = across?.key ?? OWN;
  return findings
    .filter((finding) => finding.code === code)
    .map((finding) => {
      const fixes = fixesOf(finding);
      return {
        message: wording.message(finding),
        span: finding.unit.targetSpan,
        unitIndex: finding.unit.unitIndex,
        related: finding.related.map((related) => ({
          ...(related.document === own ? {} : { document: related.document }),
          span: related.span,
          message: wording.related(related),
        })),
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    });
}
