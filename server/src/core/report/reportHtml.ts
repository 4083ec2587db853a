/**
 * The QA report as one self-contained HTML page: inline CSS, no script needed to read it, nothing fetched (a
 * Content-Security-Policy that allows no request says so to the browser), every text from the articles escaped.
 * The same page is saved by the CLI and shown in VS Code's webview, where the page's own policy and one script
 * that only posts the links clicked are given by the extension (`ReportPage`).
 */
import * as l10n from '@vscode/l10n';
import type { Severity } from '../rules/rule';
import {
  GLOSSARY_CODES,
  SEVERITIES,
  perThousandWords,
  type QaReport,
  type ReportGroup,
  type ReportPlace,
  type ReportProblem,
  type RuleProblems,
  type SeverityCounts,
} from './qaReport';

/** How the page is served: its policy, and in the webview the nonce and the script that opens links in VS Code. */
export interface ReportPage {
  readonly contentSecurityPolicy: string;
  /** The language the page's words are in (the `lang` of the page); English when not given. */
  readonly language?: string;
  readonly nonce?: string;
  readonly scriptUri?: string;
}

/** A saved page fetches nothing and runs nothing: its styles are its own, inline. */
export const STANDALONE_PAGE: ReportPage = {
  contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'",
};

export type Rgb = readonly [number, number, number];

/** The page's colours; each text colour keeps 4.5:1 on each background of its scheme (tested). */
export interface ReportPalette {
  readonly background: Rgb;
  /** Table headers and alternate rows. */
  readonly surface: Rgb;
  readonly border: Rgb;
  readonly text: Rgb;
  readonly muted: Rgb;
  readonly link: Rgb;
  readonly severities: Readonly<Record<Severity, Rgb>>;
}

export const REPORT_PALETTES: Readonly<Record<'light' | 'dark', ReportPalette>> = {
  light: {
    background: [255, 255, 255],
    surface: [243, 243, 243],
    border: [200, 200, 200],
    text: [27, 27, 27],
    muted: [88, 88, 88],
    link: [0, 90, 158],
    severities: { error: [164, 38, 44], warning: [138, 80, 0], info: [0, 90, 158], hint: [88, 88, 88] },
  },
  dark: {
    background: [30, 30, 30],
    surface: [43, 43, 43],
    border: [80, 80, 80],
    text: [230, 230, 230],
    muted: [180, 180, 180],
    link: [117, 190, 255],
    severities: { error: [255, 128, 128], warning: [230, 180, 90], info: [117, 190, 255], hint: [180, 180, 180] },
  },
};

/** Made when a page is, since the words are in the language the server was asked for by then. */
function severityTitle(severity: Severity): string {
  switch (severity) {
    case 'error':
      return l10n.t('Errors');
    case 'warning':
      return l10n.t('Warnings');
    case 'info':
      return l10n.t('Info');
    case 'hint':
      return l10n.t('Hints');
  }
}

function severityCount(severity: Severity, count: string): string {
  switch (severity) {
    case 'error':
      return l10n.t('{0} errors', count);
    case 'warning':
      return l10n.t('{0} warnings', count);
    case 'info':
      return l10n.t('{0} info', count);
    case 'hint':
      return l10n.t('{0} hints', count);
  }
}

/** A table's column header. */
function column(label: string, numeric = false): string {
  return `<th scope="col"${numeric ? ' class="number"' : ''}>${label}</th>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function rgb([red, green, blue]: Rgb): string {
  return `rgb(${red} ${green} ${blue})`;
}

function paletteVariables(palette: ReportPalette): string {
  const severities = SEVERITIES.map((severity) => `--${severity}:${rgb(palette.severities[severity])};`).join('');
  return (
    `--background:${rgb(palette.background)};--surface:${rgb(palette.surface)};--border:${rgb(palette.border)};` +
    `--text:${rgb(palette.text)};--muted:${rgb(palette.muted)};--link:${rgb(palette.link)};${severities}`
  );
}

/** Light unless the reader's system is dark; in VS Code's webview the theme's kind decides (its body classes). */
const STYLE = `
:root{${paletteVariables(REPORT_PALETTES.light)}color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${paletteVariables(REPORT_PALETTES.dark)}}}
body.vscode-light{${paletteVariables(REPORT_PALETTES.light)}}
body.vscode-dark,body.vscode-high-contrast{${paletteVariables(REPORT_PALETTES.dark)}}
body{background:var(--background);color:var(--text);font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;
margin:0 auto;padding:1rem 1.5rem;max-width:110rem}
a{color:var(--link)}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid var(--border)}h3{font-size:1.1rem}
.muted,caption{color:var(--muted)}
caption{text-align:start;caption-side:top;padding:.25rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid var(--border);padding:.25rem .5rem;vertical-align:top;text-align:start}
thead th,tfoot th,tfoot td{background:var(--surface)}
td.number,th.number{text-align:end;font-variant-numeric:tabular-nums}
td.text{max-width:36rem;overflow-wrap:anywhere;white-space:pre-wrap}
.error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}.hint{color:var(--hint)}
.severity{font-weight:600}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0}
details{margin:.25rem 0}summary{cursor:pointer}
`;

function number(value: number): string {
  return value.toLocaleString('en-US');
}

function placeLink(place: ReportPlace): string {
  const line = place.line + 1;
  const label = `${place.path}:${line}`;
  return (
    `<a href="${escapeHtml(place.href)}#L${line}" data-line="${place.line}">` +
    `${escapeHtml(label)}</a>`
  );
}

/** A language tag fit for a `lang` attribute, or nothing when the file's is not one. */
function langAttribute(locale: string): string {
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(locale) ? ` lang="${escapeHtml(locale)}" dir="auto"` : '';
}

function severityCells(counts: SeverityCounts): string {
  return SEVERITIES.map((severity) => `<td class="number">${number(counts[severity])}</td>`).join('');
}

function overview(report: QaReport): string {
  const { totals } = report;
  const header =
    `<tr>${column(l10n.t('Locale'))}${column(l10n.t('Type'))}${column(l10n.t('Files'), true)}` +
    `${column(l10n.t('Units'), true)}${column(l10n.t('Source words'), true)}` +
    `${column(l10n.t('Target words'), true)}${column(l10n.t('Untranslated units'), true)}` +
    SEVERITIES.map((severity) => column(severityTitle(severity), true)).join('') +
    `${column(l10n.t('Errors per 1,000 words'), true)}` +
    `${column(l10n.t('Warnings per 1,000 words'), true)}</tr>`;
  const rows = report.locales.map(
    (locale) =>
      `<tr><th scope="row">${escapeHtml(locale.locale)}</th><td>${escapeHtml(locale.translationType)}</td>` +
      `<td class="number">${number(locale.files)}</td><td class="number">${number(locale.units)}</td>` +
      `<td class="number">${number(locale.sourceWords)}</td><td class="number">${number(locale.targetWords)}</td>` +
      `<td class="number">${number(locale.untranslatedUnits)}</td>${severityCells(locale.bySeverity)}` +
      `<td class="number">${perThousandWords(locale.bySeverity.error, locale.sourceWords)}</td>` +
      `<td class="number">${perThousandWords(locale.bySeverity.warning, locale.sourceWords)}</td></tr>`,
  );
  const footer =
    `<tr><th scope="row" colspan="2">${l10n.t('All')}</th><td class="number">${number(totals.filesWithMarkup)}</td>` +
    `<td class="number">${number(totals.units)}</td><td class="number">${number(totals.sourceWords)}</td>` +
    `<td class="number">${number(totals.targetWords)}</td><td class="number">${number(totals.untranslatedUnits)}</td>` +
    `${severityCells(totals.bySeverity)}` +
    `<td class="number">${perThousandWords(totals.bySeverity.error, totals.sourceWords)}</td>` +
    `<td class="number">${perThousandWords(totals.bySeverity.warning, totals.sourceWords)}</td></tr>`;
  return (
    `<section aria-labelledby="overview"><h2 id="overview">${l10n.t('Overview by locale')}</h2><p>` +
    l10n.t(
      '{0} Markdown files, {1} of them in bilingual markup. Words are counted as translation tools count them; ' +
        'rates are per 1,000 source words.',
      number(totals.files),
      number(totals.filesWithMarkup),
    ) +
    `</p><div class="scroll"><table><caption>${l10n.t('Files, units, words and problems per locale and translation type')}` +
    `</caption><thead>${header}</thead><tbody>${rows.join('')}</tbody><tfoot>${footer}</tfoot></table></div></section>`
  );
}

function rulesByLocale(report: QaReport): string {
  if (report.rules.length === 0) return '';
  const header =
    `<tr>${column(l10n.t('Rule'))}${column(l10n.t('Severity'))}${column(l10n.t('All'), true)}` +
    report.locales.map((locale) => `<th scope="col" class="number">${escapeHtml(locale.key)}</th>`).join('') +
    '</tr>';
  const rows = report.rules.map(
    (rule) =>
      `<tr><th scope="row"><a href="#${ruleAnchor(rule)}">${escapeHtml(rule.code)}</a></th>` +
      `<td class="${rule.severity} severity">${rule.severity}</td><td class="number">${number(rule.count)}</td>` +
      report.locales
        .map((locale) => `<td class="number">${number(locale.byRule[rule.code]?.[rule.severity] ?? 0)}</td>`)
        .join('') +
      '</tr>',
  );
  return (
    `<section aria-labelledby="rules"><h2 id="rules">${l10n.t('Problems by rule and severity')}</h2>` +
    `<div class="scroll"><table><caption>${l10n.t('Problems of each rule and severity, in all and per locale and type')}` +
    `</caption><thead>${header}</thead><tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

function groupRows(group: ReportGroup): string {
  const lang = langAttribute(group.locale);
  // inconsistent-target: one source, several targets; inconsistent-source: one target, several sources.
  const [sharedLang, variantLang] = group.code === 'inconsistent-target' ? [' lang="en"', lang] : [lang, ' lang="en"'];
  const rows = group.variants
    .map((variant, index) => {
      const shared =
        index === 0
          ? `<th scope="rowgroup" rowspan="${group.variants.length}" class="text"${sharedLang}>` +
            `${escapeHtml(group.text)}</th>`
          : '';
      const unlisted = variant.count - variant.places.length;
      const more = unlisted > 0 ? ` <span class="muted">${l10n.t('and {0} more', number(unlisted))}</span>` : '';
      return (
        `<tr>${shared}<td class="text"${variantLang}>${escapeHtml(variant.text)}</td>` +
        `<td class="number">${number(variant.count)}</td>` +
        `<td>${variant.places.map(placeLink).join('<br>')}${more}</td></tr>`
      );
    })
    .join('');
  return `<tbody>${rows}</tbody>`;
}

function groupTable(groups: readonly ReportGroup[], code: ReportGroup['code'], locale: string): string {
  const chosen = groups.filter((group) => group.code === code && group.locale === locale);
  if (chosen.length === 0) return '';
  const [shared, variant, caption] =
    code === 'inconsistent-target'
      ? [l10n.t('Source'), l10n.t('Translation'), l10n.t('One source translated in several ways')]
      : [l10n.t('Translation'), l10n.t('Source'), l10n.t('One translation standing for several sources')];
  return (
    `<div class="scroll"><table><caption>${caption} (${escapeHtml(code)}), ${escapeHtml(locale)}</caption>` +
    `<thead><tr>${column(shared)}${column(variant)}${column(l10n.t('Units'), true)}${column(l10n.t('Where'))}` +
    '</tr></thead>' +
    `${chosen.map(groupRows).join('')}</table></div>`
  );
}

function inconsistencies(report: QaReport): string {
  if (report.groups.length === 0) return '';
  const locales = [...new Set(report.groups.map((group) => group.locale))].sort();
  const omitted =
    report.groupsOmitted > 0
      ? '<p class="muted">' +
        l10n.t(
          '{0} more groups are not shown here (the largest {1} are); every unit of them is in the problems below ' +
            'and in {2}.',
          number(report.groupsOmitted),
          number(report.groups.length),
          '<code>bilingual-docs check --format json</code>',
        ) +
        '</p>'
      : '';
  const sections = locales.map(
    (locale) =>
      `<h3>${escapeHtml(locale)}</h3>` +
      groupTable(report.groups, 'inconsistent-target', locale) +
      groupTable(report.groups, 'inconsistent-source', locale),
  );
  return (
    `<section aria-labelledby="consistency"><h2 id="consistency">${l10n.t('Inconsistent translations')}</h2>` +
    `${omitted}${sections.join('')}</section>`
  );
}

function ruleAnchor(rule: Pick<RuleProblems, 'code' | 'severity'>): string {
  return `rule-${rule.code.replace(/[^A-Za-z0-9-]/g, '_')}-${rule.severity}`;
}

function problemRow(problem: ReportProblem, withLocale: boolean): string {
  const lang = langAttribute(problem.locale);
  const texts = problem.unitText
    ? `<td class="text" lang="en">${escapeHtml(problem.unitText.source)}</td>` +
      `<td class="text"${lang}>${escapeHtml(problem.unitText.target)}</td>`
    : '<td class="muted">–</td><td class="muted">–</td>';
  const locale = withLocale ? `<td>${escapeHtml(problem.locale)}</td>` : '';
  return `<tr>${locale}<td>${placeLink(problem)}</td><td class="text">${escapeHtml(problem.message)}</td>${texts}</tr>`;
}

function problemTable(rule: RuleProblems, withLocale: boolean): string {
  const shown = rule.problems.length;
  const omitted =
    rule.count > shown
      ? '<p class="muted">' +
        l10n.t(
          'The first {0} of {1} are listed; {2} lists them all.',
          number(shown),
          number(rule.count),
          '<code>bilingual-docs check --format json</code>',
        ) +
        '</p>'
      : '';
  const localeHeader = withLocale ? column(l10n.t('Locale')) : '';
  return (
    `<h3 id="${ruleAnchor(rule)}">${escapeHtml(rule.code)} ` +
    `<span class="${rule.severity} severity">${rule.severity}</span> (${number(rule.count)})</h3>${omitted}` +
    '<div class="scroll"><table><caption>' +
    l10n.t('{0}, {1}: each problem with its unit', escapeHtml(rule.code), rule.severity) +
    `</caption><thead><tr>${localeHeader}${column(l10n.t('Where'))}${column(l10n.t('Message'))}` +
    `${column(l10n.t('Source'))}${column(l10n.t('Target'))}</tr></thead>` +
    `<tbody>${rule.problems.map((problem) => problemRow(problem, withLocale)).join('')}</tbody></table></div>`
  );
}

function glossary(report: QaReport): string {
  const rules = report.rules.filter((rule) => GLOSSARY_CODES.includes(rule.code));
  if (rules.length === 0) return '';
  return (
    `<section aria-labelledby="glossary"><h2 id="glossary">${l10n.t('Glossary')}</h2>` +
    `${rules.map((rule) => problemTable(rule, true)).join('')}</section>`
  );
}

function problems(report: QaReport): string {
  const rules = report.rules.filter((rule) => !GLOSSARY_CODES.includes(rule.code));
  const body =
    rules.length === 0
      ? `<p>${l10n.t('No problems found.')}</p>`
      : rules.map((rule) => problemTable(rule, report.locales.length > 1)).join('');
  return `<section aria-labelledby="problems"><h2 id="problems">${l10n.t('Problems')}</h2>${body}</section>`;
}

function troubles(report: QaReport): string {
  if (report.troubles.length === 0) return '';
  const rows = report.troubles.map(
    (trouble) => `<tr><td>${escapeHtml(trouble.path)}</td><td class="text">${escapeHtml(trouble.reason)}</td></tr>`,
  );
  return (
    `<section aria-labelledby="unchecked"><h2 id="unchecked">${l10n.t('Files not checked')}</h2>` +
    `<div class="scroll"><table><caption>${l10n.t('Files that could not be read or were skipped')}</caption>` +
    `<thead><tr>${column(l10n.t('File'))}${column(l10n.t('Why'))}</tr></thead><tbody>${rows.join('')}</tbody>` +
    '</table></div></section>'
  );
}

function navigation(report: QaReport): string {
  const links: [string, string][] = [['overview', l10n.t('Overview')]];
  if (report.rules.length > 0) links.push(['rules', l10n.t('By rule')]);
  if (report.groups.length > 0) links.push(['consistency', l10n.t('Inconsistent translations')]);
  if (report.rules.some((rule) => GLOSSARY_CODES.includes(rule.code))) links.push(['glossary', l10n.t('Glossary')]);
  links.push(['problems', l10n.t('Problems')]);
  if (report.troubles.length > 0) links.push(['unchecked', l10n.t('Files not checked')]);
  const items = links.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('');
  return `<nav aria-label="${l10n.t('Sections')}"><ul>${items}</ul></nav>`;
}

export function renderReportHtml(report: QaReport, page: ReportPage = STANDALONE_PAGE): string {
  const nonce = page.nonce ? ` nonce="${escapeHtml(page.nonce)}"` : '';
  const script = page.scriptUri ? `<script${nonce} src="${escapeHtml(page.scriptUri)}"></script>` : '';
  const { bySeverity } = report.totals;
  const counts = SEVERITIES.map((severity) => severityCount(severity, number(bySeverity[severity])));
  const language = page.language ?? 'en';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.contentSecurityPolicy)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(report.title)}</title><style${nonce}>${STYLE}</style></head>\n<body>` +
    `<header><h1>${escapeHtml(report.title)}</h1><p>${escapeHtml(report.scope)}, ${counts.join(', ')}.</p>` +
    '<p class="muted">' +
    l10n.t('Made on {0} by Bilingual Docs {1}.', escapeHtml(report.generatedAt), escapeHtml(report.toolVersion)) +
    `</p>${navigation(report)}</header>\n<main>` +
    `${overview(report)}\n${rulesByLocale(report)}\n${inconsistencies(report)}\n${glossary(report)}\n` +
    `${problems(report)}\n${troubles(report)}</main>${script}</body></html>\n`
  );
}
