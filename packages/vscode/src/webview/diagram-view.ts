// The script of the workflow diagram view (runs in the webview, bundled to dist/diagram-view.js).
// It only ever receives data by message; text goes in through textContent and the SVG through the
// XML parser, never through innerHTML.
import type { DiagramPageTexts, FromPageMessage, ToPageMessage } from './diagram-messages.js';

declare function acquireVsCodeApi(): { postMessage(message: FromPageMessage): void };

const vscode = acquireVsCodeApi();
const status = document.getElementById('status')!;
const zoom = document.getElementById('zoom') as HTMLButtonElement;
const container = document.getElementById('diagram')!;
// The texts are the extension's, localised there (see diagramPageHtml).
const texts = JSON.parse(status.dataset.texts ?? '{}') as DiagramPageTexts;
let shown: string | undefined;

/** `text` with `{0}`, `{1}`… replaced by `args` (one pass: an argument's own braces stay as they are). */
function format(text: string, ...args: (string | number)[]): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

function setStatus(text: string, kind: 'ok' | 'stale' | 'empty'): void {
    status.firstChild?.remove();
    status.insertBefore(document.createTextNode(text), zoom);
    status.className = kind;
}

function show(procedure: string, svgText: string, errors: number): void {
    const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const svg = parsed.documentElement;
    if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
        unavailable(procedure, texts.unreadable);
        return;
    }
    // Nothing active belongs in a drawing; the CSP would block scripts anyway.
    for (const active of Array.from(svg.querySelectorAll('script, foreignObject'))) active.remove();
    container.replaceChildren(document.importNode(svg, true));
    shown = procedure;
    zoom.hidden = false;
    const summary = errors === 0 ? procedure : errors === 1 ? format(texts.oneError, procedure) : format(texts.errors, procedure, errors);
    setStatus(summary, errors > 0 ? 'stale' : 'ok');
}

function unavailable(procedure: string | undefined, reason: string): void {
    if (shown !== undefined && (procedure === undefined || procedure === shown)) {
        setStatus(format(texts.lastValid, shown, reason), 'stale');
    } else {
        container.replaceChildren();
        shown = undefined;
        zoom.hidden = true;
        setStatus(reason, 'empty');
    }
}

window.addEventListener('message', (event: MessageEvent<ToPageMessage>) => {
    const message = event.data;
    if (message.type === 'diagram') show(message.procedure, message.svg, message.errors);
    else if (message.type === 'unavailable') unavailable(message.procedure, message.reason);
});

container.addEventListener('click', event => {
    const box = (event.target as Element).closest('[data-node]');
    const node = box?.getAttribute('data-node');
    if (node?.startsWith('step:')) vscode.postMessage({ type: 'reveal', node });
});

zoom.addEventListener('click', () => {
    // Actual size by default: the boxes' text stays readable; fitting shows the whole procedure at once.
    const fit = container.classList.toggle('fit');
    zoom.textContent = fit ? texts.actualSize : texts.fitToWidth;
});

// Listening now: ask for the drawing again, in case it was posted before this script ran.
vscode.postMessage({ type: 'ready' });
