import { escapeMarkupAttribute, escapeMarkupText } from '@tthc/compiler/markup';
import type { DiagramPageTexts } from '../../webview/diagram-messages.js';
import { webviewHtml } from '../webview-html.js';

// VS Code's theme variables keep the page readable in light and dark themes; the SVG itself has a
// white background, so it stays as reviewers see it on the review site.
const STYLE = `
body { margin: 0; padding: 0; font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }
#status { position: sticky; top: 0; padding: 4px 8px; font-size: 12px; background: var(--vscode-editorWidget-background); border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); min-height: 18px; }
#status.stale { color: var(--vscode-editorWarning-foreground); }
#status.empty { color: var(--vscode-descriptionForeground); }
#diagram { padding: 8px; overflow: auto; }
#diagram.fit svg { max-width: 100%; height: auto; }
#diagram [data-node^="step:"] { cursor: pointer; }
#diagram [data-node^="step:"]:hover rect { stroke-width: 2.5; }
button { font: inherit; font-size: 12px; margin-left: 8px; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 1px 6px; cursor: pointer; }
`;

/**
 * The HTML of the workflow diagram view: a status line and the drawing, which the page's script
 * (dist/diagram-view.js) fills from the messages the extension posts. The page's texts come from
 * `texts` (localised by the extension); the script finds them in the status line's `data-texts`.
 */
export function diagramPageHtml(cspSource: string, nonce: string, scriptUri: string, texts: DiagramPageTexts): string {
    return webviewHtml({
        cspSource,
        nonce,
        title: texts.title,
        style: STYLE,
        scriptUri,
        body: [
            `<div id="status" role="status" class="empty" data-texts="${escapeMarkupAttribute(JSON.stringify(texts))}">${escapeMarkupText(texts.waiting)}<button id="zoom" type="button" hidden>${escapeMarkupText(texts.fitToWidth)}</button></div>`,
            `<main id="diagram" aria-label="${escapeMarkupAttribute(texts.title)}"></main>`
        ].join('\n')
    });
}
