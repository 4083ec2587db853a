/**
 * Preview results as the language server sends them, built by hand from the et-EE seed article
 * (test/fixtures/seeds/et-EE__self-service-password-reset.md) so the client's tests do not depend on the server.
 */
import type { DocumentSummary, PreviewResult, Range, UnitProblem, UnitView } from '../../shared/protocol';

export function lineRange(line: number, startCharacter: number, endCharacter: number, endLine = line): Range {
  return { start: { line, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function unitView(index: number, overrides: Partial<UnitView> = {}): UnitView {
  const id = overrides.id ?? `646d1-${102 + index}`;
  return {
    index,
    id,
    sourceId: id,
    target: 'SSPR on administraatorite jaoks vaikimisi lubatud.',
    source: 'SSPR is enabled by default for Admins.',
    unitRange: lineRange(20 + index * 2, 0, 190),
    targetRange: lineRange(20 + index * 2, 30, 80),
    targetElementRange: lineRange(20 + index * 2, 0, 87),
    sourceRange: lineRange(20 + index * 2, 140, 178),
    lookupRange: lineRange(20 + index * 2, 87, 190),
    untranslated: false,
    problems: [],
    ...overrides,
  };
}

export function problem(code: string, severity: UnitProblem['severity'], message: string, line = 20): UnitProblem {
  return { code, severity, message, range: lineRange(line, 0, 10) };
}

export function summary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    uri: 'file:///articles/et-EE/self-service-password-reset.md',
    version: 1,
    hasMarkup: true,
    title: 'Iseteeninduslik paroolilähtestus',
    locale: 'et-EE',
    translationType: 'HT',
    unitCount: 8,
    problemCount: 0,
    problemsBySeverity: { error: 0, warning: 0, info: 0, hint: 0 },
    ...overrides,
  };
}

export function previewResult(units: readonly UnitView[], overrides: Partial<PreviewResult> = {}): PreviewResult {
  const problemCount =
    units.reduce((count, unit) => count + unit.problems.length, 0) + (overrides.otherProblems?.length ?? 0);
  return {
    summary: summary({ unitCount: units.length, problemCount }),
    rightToLeft: false,
    units,
    otherProblems: [],
    ...overrides,
  };
}

/** The first units of the et-EE seed, as the server reports them. */
export const SEED_UNITS: readonly UnitView[] = [
  unitView(0, { target: 'Iseteeninduslik paroolilähtestus (SSPR)', source: 'Self-service password reset (SSPR)' }),
  unitView(1, {
    target:
      'Klõpsake siin, et [lubada kasutajatel oma paroolide lähtestamine](https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr).',
    source:
      'Click here to [Let users reset their own passwords](https://admin.microsoft.com/Adminportal/Home#/featureexplorer/security/Sspr).',
  }),
  unitView(2),
  unitView(3, { target: 'Lisateave', source: 'For more information:' }),
];
