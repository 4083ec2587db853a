/**
 * The status bar item of a bilingual article (`et-EE · HT · 8 units · 0 problems`); clicking it opens Preview
 * Bilingual to the side. Hidden on anything else, including Markdown without the markup.
 */
import * as vscode from 'vscode';
import type { DocumentSummary } from '../../shared/protocol';
import type { DocumentSummaries } from './summaries';
import { describeTranslationType, problemBreakdown, statusAccessibilityLabel, statusText } from './summaryText';

export const STATUS_ITEM_ID = 'bilingualDocs.status';

function tooltipFor(summary: DocumentSummary): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**Bilingual article**');
  if (summary.title) tooltip.appendMarkdown(': ').appendText(summary.title);
  tooltip.appendMarkdown('\n\n').appendText(`Locale: ${summary.locale ?? 'not set'}`);
  if (summary.translationType) tooltip.appendMarkdown('  \n').appendText(`Translation: ${describeTranslationType(summary.translationType)}`);
  tooltip.appendMarkdown('  \n').appendText(`${summary.unitCount} units, ${problemBreakdown(summary)}`);
  tooltip.appendMarkdown('\n\nClick to open Preview Bilingual.');
  return tooltip;
}

export function registerStatusBar(summaries: DocumentSummaries): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  item.name = 'Bilingual Docs';
  item.command = { title: 'Preview Bilingual', command: 'bilingualDocs.previewToSide' };

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const summary = editor ? summaries.get(editor.document.uri) : undefined;
    if (!summary?.hasMarkup) {
      item.hide();
      return;
    }
    item.text = statusText(summary);
    item.tooltip = tooltipFor(summary);
    item.accessibilityInformation = { label: `${statusAccessibilityLabel(summary)}. Open Preview Bilingual.`, role: 'button' };
    item.show();
  };

  update();
  return vscode.Disposable.from(item, summaries.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
