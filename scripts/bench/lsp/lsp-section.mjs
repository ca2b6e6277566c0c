// The language-server section of `npm run bench`: the bundled server against stock Langium's, both
// driven through the same LSP client on the same generated workspace, interleaved, a fresh process
// per run.
import { join } from 'node:path';
import { median, summarise } from '../measure.mjs';
import { runScenario } from './lsp-scenario.mjs';

/**
 * Measures both servers `runs` times on a workspace; each run's list figures (several edits) are
 * reduced to their median, and the runs' medians are summarised.
 * @param {string} node the Node to run the servers with
 * @param {string} root the repository
 * @param {{ dir: string, files: number, procedures: number }} workspace
 * @param {number} runs
 * @param {(text: string) => void} progress
 */
export async function measureLanguageServers(node, root, workspace, runs, progress) {
    const servers = {
        tthc: [node, join(root, 'packages', 'vscode', 'dist', 'server.cjs'), '--stdio'],
        stock: [node, join(root, 'scripts', 'bench', 'lsp', 'stock-server.mjs'), '--stdio']
    };
    const figures = { tthc: [], stock: [] };
    for (let i = 0; i < runs; i++) {
        for (const name of ['tthc', 'stock']) {
            const run = await runScenario(servers[name], workspace, name === 'tthc');
            figures[name].push(run);
            progress(`  LSP run ${i + 1}/${runs} ${name}: first diagnostics ${Math.round(run.firstDiagnosticsMs)} ms, catalogue edit ${Math.round(median(run.catalogueEditMs))} ms`);
        }
    }
    const reduce = runsOf => {
        const field = key => summarise(runsOf.map(r => (Array.isArray(r[key]) ? median(r[key]) : r[key])));
        return Object.fromEntries(Object.keys(runsOf[0]).map(key => [key, field(key)]));
    };
    return { procedures: workspace.procedures, files: workspace.files, tthc: reduce(figures.tthc), stock: reduce(figures.stock) };
}

const ROWS = [
    ['firstDiagnosticsMs', 'start → diagnostics of the file opened at start'],
    ['allCheckedMs', 'start → diagnostics of every file'],
    ['procedureEditMs', 'edit a procedure → its diagnostics'],
    ['catalogueEditMs', 'edit the catalogue → its diagnostics'],
    ['catalogueOpenProcedureMs', 'edit the catalogue → the open procedure\'s new diagnostics'],
    ['catalogueAllMs', 'edit the catalogue → every file re-published'],
    ['completionMs', 'completion after `by`'],
    ['diagramMs', 'edit a step\'s time → the diagram view\'s drawing']
];

/**
 * The section's Markdown table.
 * @param {Array<Awaited<ReturnType<typeof measureLanguageServers>>>} results
 */
export function formatLspTable(results) {
    const cell = s => `${Math.round(s.median).toLocaleString('en-US')} (${Math.round(s.min).toLocaleString('en-US')}–${Math.round(s.max).toLocaleString('en-US')})`;
    const lines = ['| workspace | measure | tthc server median (min–max) ms | stock Langium server ms | ratio tthc/stock |', '|---|---|---:|---:|---:|'];
    for (const result of results) {
        for (const [key, label] of ROWS) {
            const ours = result.tthc[key];
            const stock = result.stock[key];
            // The stock server has no diagram.
            const [stockCell, ratio] = stock ? [cell(stock), `${(ours.median / stock.median).toFixed(2)}×`] : ['–', '–'];
            lines.push(`| ${result.procedures.toLocaleString('en-US')} realistic procedures | ${label} | ${cell(ours)} | ${stockCell} | ${ratio} |`);
        }
    }
    return lines.join('\n');
}
