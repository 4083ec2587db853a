/** What the two consistency rules share: the findings of a document, from the index they are given or its own. */
import * as l10n from '@vscode/l10n';
import type { BilingualDocument } from '../../model';
import { ConsistencyIndex, indexedUnitsOf, type ConsistencyCode, type ConsistencyFinding } from '../../consistency';
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

const acrossFindings = new WeakMap<NonNullable<RuleContext['acrossDocuments']>, readonly ConsistencyFinding[]>();

/** The findings of a document in an index, once per check for both rules (a check gives both the same context). */
function findingsAcross(across: NonNullable<RuleContext['acrossDocuments']>): readonly ConsistencyFinding[] {
  let findings = acrossFindings.get(across);
  if (!findings) {
    findings = across.index.findingsFor(across.key);
    acrossFindings.set(across, findings);
  }
  return findings;
}

export function consistencyFindings(
  document: BilingualDocument,
  context: RuleContext,
  code: ConsistencyCode,
): Finding[] {
  const across = context.acrossDocuments;
  const findings = across ? findingsAcross(across) : findingsWithin(document);
  const own = across?.key ?? OWN;
  return findings
    .filter((finding) => finding.code === code)
    .map((finding) => {
      const fixes = fixesOf(finding);
      return {
        message: finding.message,
        span: finding.unit.targetSpan,
        unitIndex: finding.unit.unitIndex,
        related: finding.related.map((related) => ({
          ...(related.document === own ? {} : { document: related.document }),
          span: related.span,
          unitIndex: related.unitIndex,
          message: related.message,
        })),
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    });
}
