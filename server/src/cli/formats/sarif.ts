/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. Rules carry their metadata and doc text (and a help link when
 * the docs' address is given); columns are UTF-16 code units, as in the editor; each result has a fingerprint
 * built from what stays put when lines move (rule, file, unit ID), so code scanning follows an alert across
 * commits; paths are relative to %SRCROOT%, the folder the check ran in.
 */
import type { Range } from '../../core/lineIndex';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { RuleCategory, Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../../core/fileReport';
import type { Shard } from '../shard';
import type { ReportWriter } from './writer';
import { StreamedJsonArray } from './streamedJson';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** What SARIF tells of a rule. */
export interface RuleDescriptor {
  readonly code: string;
  /** Its page's path in the repository (`docs/rules/<code>.md`); `helpUri` is that page under the docs URL. */
  readonly docs: string;
  readonly name: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  readonly description: string;
}

export interface SarifOptions {
  readonly version: string;
  readonly rules: readonly RuleDescriptor[];
  /** Where the check ran: relative paths resolve against it (`%SRCROOT%`). */
  readonly cwd: string;
  /** Where the rule docs are published (`https://…/docs/rules/`); help links are left out without it. */
  readonly docsBaseUrl?: string;
  /** The shard this run checked, so each shard's upload is its own code scanning category. */
  readonly shard?: Shard;
}

/** The fingerprint key: name and version, so a future change of recipe does not match old alerts by mistake. */
export const FINGERPRINT_KEY = 'bilingualDocs/v1';

function pascalName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

function helpUri(docsBaseUrl: string, docs: string): string {
  return `${docsBaseUrl.replace(/\/?$/, '/')}${docs.split('/').pop()}`;
}

function ruleJson(rule: RuleDescriptor, docsBaseUrl: string | undefined): Record<string, unknown> {
  return {
    id: rule.code,
    name: pascalName(rule.code),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    help: { text: rule.description, markdown: `**${rule.name}** (\`${rule.code}\`)\n\n${rule.description}` },
    ...(docsBaseUrl ? { helpUri: helpUri(docsBaseUrl, rule.docs) } : {}),
    properties: { category: rule.category, tags: ['localization', rule.category] },
  };
}

/** A relative path as a URI reference under %SRCROOT% (`/` separators, segments percent-encoded); else a file URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A SARIF region: 1-based lines and columns. */
function region({ start, end }: Range): Record<string, number> {
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

/**
 * Fingerprints for a file's diagnostics: rule code, path and what the finding is about (its unit's ID, else the
 * text it points at), and a count among equal keys so two findings never share one.
 */
function fingerprints(path: string, diagnostics: readonly CliDiagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const about =
      diagnostic.unitId !== undefined ? `unit:${diagnostic.unitId}` : `text:${(diagnostic.excerpt ?? '').trim()}`;
    const key = `${diagnostic.code}\u0000${path}\u0000${about}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}

export function sarifWriter(options: SarifOptions): ReportWriter {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.code, index]));
  const notifications: unknown[] = [];
  let successful = true;
  const document = new StreamedJsonArray((results) => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bilingual-docs',
            version: options.version,
            rules: options.rules.map((rule) => ruleJson(rule, options.docsBaseUrl)),
          },
        },
        ...(options.shard
          ? { automationDetails: { id: `bilingual-docs/shard-${options.shard.index}-of-${options.shard.count}/` } }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: successful, toolExecutionNotifications: notifications }],
      },
    ],
  }));
  return {
    begin: () => document.begin(),
    file(report) {
      if (report.error || report.skipped) {
        notifications.push({
          level: report.error ? 'error' : 'note',
          message: { text: `${report.path}: ${report.error ?? report.skipped}` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.path) } }],
        });
      }
      if (report.diagnostics.length === 0) return '';
      const prints = fingerprints(report.path, report.diagnostics);
      return report.diagnostics
        .map((diagnostic, index) => {
          const related = diagnostic.related?.map((location, relatedIndex) => ({
            id: relatedIndex + 1,
            physicalLocation: { artifactLocation: artifactLocation(location.path), region: region(location.range) },
            message: { text: location.message },
          }));
          return document.item({
            ruleId: diagnostic.code,
            ruleIndex: ruleIndex.get(diagnostic.code),
            level: LEVEL[diagnostic.severity],
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(report.path),
                  region: region(diagnostic.range),
                },
              },
            ],
            ...(related ? { relatedLocations: related } : {}),
            partialFingerprints: { [FINGERPRINT_KEY]: prints[index] },
            properties: { severity: diagnostic.severity },
          });
        })
        .join('');
    },
    end(_summary, outcome) {
      successful = outcome.successful;
      return document.end();
    },
  };
}
