/**
 * The status bar item of a bilingual article (`et-EE · HT · 8 units · 0 problems`); clicking it opens Preview
 * Bilingual to the side. Hidden on anything else, including Markdown without the markup.
 */
import * as vscode from 'vscode';
import type { DocumentSummary } from '../../shared/protocol';
import type { DocumentSummaries } from './summaries';
import {
  localeText,
  problemBreakdown,
  statusAccessibilityLabel,
  statusText,
  translationTypeText,
  unitCount,
} from './summaryText';

export const STATUS_ITEM_ID = 'bilingualDocs.status';

function tooltipFor(summary: DocumentSummary): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${vscode.l10n.t('Bilingual article')}**`);
  if (summary.title) tooltip.appendMarkdown(vscode.l10n.t(': ')).appendText(summary.title);
  tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Locale: {0}', localeText(summary.locale)));
  if (summary.translationType) {
    const translation = vscode.l10n.t('Translation: {0}', translationTypeText(summary.translationType));
    tooltip.appendMarkdown('  \n').appendText(translation);
  }
  const counts = vscode.l10n.t('{0}, {1}', unitCount(summary.unitCount), problemBreakdown(summary));
  tooltip.appendMarkdown('  \n').appendText(counts);
  tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Click to open Preview Bilingual.'));
  return tooltip;
}

export function registerStatusBar(summaries: DocumentSummaries): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Bilingual Docs');
  item.command = { title: vscode.l10n.t('Preview Bilingual'), command: 'bilingualDocs.previewToSide' };

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const summary = editor ? summaries.get(editor.document.uri) : undefined;
    if (!summary?.hasMarkup) {
      item.hide();
      return;
    }
    item.text = statusText(summary);
    item.tooltip = tooltipFor(summary);
    const label = vscode.l10n.t('{0}. Open Preview Bilingual.', statusAccessibilityLabel(summary));
    item.accessibilityInformation = { label, role: 'button' };
    item.show();
  };

  update();
  return vscode.Disposable.from(item, summaries.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
