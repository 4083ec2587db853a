/** Reads the QA report page's figures back, for the tests that compare them with the JSON output's. */
import type { CheckSummary } from '../../../server/src/core/summary';

/** The overview's rows by `<locale> <type>`: the numbers of each column, as the page shows them, without commas. */
export function overviewRows(html: string): Map<string, string[]> {
  const table = /<h2 id="overview">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  const rows = new Map<string, string[]>();
  for (const row of table.split('</tr>').filter((part) => part.includes('<th'))) {
    const cells = [...row.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((match) => match[1]!.replace(/,/g, ''));
    rows.set(`${cells[0]} ${cells[1]}`, cells.slice(2));
  }
  return rows;
}

/** Files, units, source and target words, untranslated units and problems of each row, as numbers. */
export function overviewFigures(html: string): Record<string, number[]> {
  const figures: Record<string, number[]> = {};
  for (const [key, cells] of overviewRows(html)) {
    const [files, units, sourceWords, targetWords, untranslated, ...bySeverity] = cells.slice(0, 9).map(Number);
    const problems = bySeverity.reduce((sum, count) => sum + count, 0);
    figures[key] = [files!, units!, sourceWords!, targetWords!, untranslated!, problems];
  }
  return figures;
}

/** The same figures from `check --format json`'s summary. */
export function summaryFigures(byLocale: CheckSummary['byLocale']): Record<string, number[]> {
  const figures: Record<string, number[]> = {};
  for (const [key, totals] of Object.entries(byLocale)) {
    const { files, units, sourceWords, targetWords, untranslatedUnits, problems } = totals;
    figures[key] = [files, units, sourceWords, targetWords, untranslatedUnits, problems];
  }
  return figures;
}
