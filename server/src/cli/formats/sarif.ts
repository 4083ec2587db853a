/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. Rules carry their metadata and doc text; columns are UTF-16
 * code units, as in the editor.
 */
import type { Rule, Severity } from '../../core/rules/rule';
import { ruleDocPath } from '../../core/rules';
import type { FileReport } from '../checkFile';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  readonly version: string;
  /** Where the rule docs are published (`https://…/docs/rules/`); help links are left out without it. */
  readonly docsBaseUrl?: string;
}

function pascalName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], options: SarifOptions): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]));
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const report of reports) {
    if (report.error || report.skipped) {
      notifications.push({
        level: report.error ? 'error' : 'note',
        message: { text: `${report.path}: ${report.error ?? report.skipped}` },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.path) } }],
      });
    }
    for (const diagnostic of report.diagnostics) {
      const { start, end } = diagnostic.range;
      results.push({
        ruleId: diagnostic.code,
        ruleIndex: ruleIndex.get(diagnostic.code),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(report.path),
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        properties: { severity: diagnostic.severity },
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bilingual-docs',
            version: options.version,
            rules: rules.map((rule) => ({
              id: rule.code,
              name: pascalName(rule.code),
              shortDescription: { text: rule.name },
              fullDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              help: { text: rule.description, markdown: `**${rule.name}** (\`${rule.code}\`)\n\n${rule.description}` },
              ...(options.docsBaseUrl ? { helpUri: `${options.docsBaseUrl.replace(/\/?$/, '/')}${ruleDocPath(rule.code).split('/').pop()}` } : {}),
              properties: { category: rule.category, tags: ['localization', rule.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A relative path as a URI reference under %SRCROOT% (`/` separators, segments percent-encoded); else a file URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const uri = path.split(/[\\/]/).map(encodeURIComponent).join('/');
  return path.startsWith('/') ? { uri: `file://${uri}` } : { uri, uriBaseId: '%SRCROOT%' };
}
