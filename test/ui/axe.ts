// axe-core (WCAG 2.1 A and AA rules) run inside a webview's frame. Playwright evaluates through the DevTools
// protocol, which the page's Content-Security-Policy does not govern, so the audited page is the real one, with
// its real policy and the theme's real colours.
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The WCAG 2.1 A/AA violations axe finds in the frame's document, each with a few of the elements it names. */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  const script = `${AXE_SOURCE}
;(async () => {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} }, resultTypes: ['violations'] });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ') + ' ' + (node.failureSummary || '').split('\\n').slice(1, 2).join('')),
  }));
})()`;
  return (await frame.evaluate(script)) as AxeViolation[];
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n        ${violation.targets.join('\n        ')}`,
    )
    .join('\n      ');
}
