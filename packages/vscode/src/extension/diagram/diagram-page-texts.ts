import * as vscode from 'vscode';
import type { DiagramPageTexts } from '../../webview/diagram-messages.js';

/** The diagram page's texts in VS Code's display language. */
export function diagramPageTexts(): DiagramPageTexts {
    return {
        title: vscode.l10n.t('Workflow diagram'),
        waiting: vscode.l10n.t('Waiting for a procedure…'),
        fitToWidth: vscode.l10n.t('Fit to width'),
        actualSize: vscode.l10n.t('Actual size'),
        unreadable: vscode.l10n.t('the drawing could not be read.'),
        oneError: vscode.l10n.t('{0}: 1 error, marked on the boxes.'),
        errors: vscode.l10n.t('{0}: {1} errors, marked on the boxes.'),
        lastValid: vscode.l10n.t('Showing the last valid diagram of {0}. {1}')
    };
}
