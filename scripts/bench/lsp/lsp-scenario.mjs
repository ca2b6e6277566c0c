// One benchmark run of a language server on a generated workspace, through a real LSP client:
// start-up, a procedure edit, a catalogue edit, completion. Each run starts a fresh server process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from './lsp-connection.mjs';

const EDITS = 5;
const COMPLETIONS = 10;

/**
 * @typedef {object} LspFigures
 * @property {number} firstDiagnosticsMs spawn → diagnostics of the file opened at start
 * @property {number} allCheckedMs spawn → diagnostics of every file of the workspace
 * @property {number[]} procedureEditMs didChange (an error typed into the open procedure) → its diagnostics
 * @property {number[]} catalogueEditMs didChange of the catalogue (a unit renamed and back) → the catalogue's diagnostics
 * @property {number[]} catalogueOpenProcedureMs the same edit → the open procedure's new diagnostics
 * @property {number[]} catalogueAllMs the same edit → every file published again
 * @property {number[]} completionMs completion request after `by ` → response
 * @property {number[]} [diagramMs] a step's time edited → the diagram of the procedure (`tthc/diagram`; our server only)
 */

/**
 * Runs the scenario. The workspace is clean; the open procedure refers to a unit of the catalogue.
 * @param {string[]} command the server's command line (with `--stdio`)
 * @param {{ dir: string, files: number }} workspace
 * @param {boolean} [withDiagram] also time the diagram view's request after edits
 * @returns {Promise<LspFigures>}
 */
export async function runScenario(command, workspace, withDiagram = false) {
    const procedurePath = join(workspace.dir, 'procedures', 'p00001.tthc');
    const cataloguePath = join(workspace.dir, 'catalogue.tthc');
    const procedureUri = pathToFileURL(procedurePath).toString();
    const catalogueUri = pathToFileURL(cataloguePath).toString();
    const procedureText = readFileSync(procedurePath, 'utf8');
    const catalogueText = readFileSync(cataloguePath, 'utf8');
    const server = await connect(command, workspace.dir);
    try {
        const everything = server.mark();
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: procedureUri, languageId: 'tthc', version: 1, text: procedureText } });
        const first = await server.publishedAfter(procedureUri, server.started);
        const all = await everything.allPublished(workspace.files);
        const figures = { firstDiagnosticsMs: first - server.started, allCheckedMs: all - server.started, procedureEditMs: [], catalogueEditMs: [], catalogueOpenProcedureMs: [], catalogueAllMs: [], completionMs: [] };

        // An edit that makes an error and one that removes it, alternately: a transition to an unknown step.
        const target = /-> (\w+)/.exec(procedureText);
        let version = 1;
        for (let i = 0; i < EDITS * 2; i++) {
            const broken = i % 2 === 0;
            const text = broken ? procedureText.replace(target[0], `-> ${target[1]}Typo`) : procedureText;
            const since = performance.now();
            await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: procedureUri, version: ++version }, contentChanges: [{ text }] });
            const at = await server.publishedAfter(procedureUri, since, d => (d.length > 0) === broken);
            if (process.env.BENCH_DEBUG) console.error("procedure edit", i);
            figures.procedureEditMs.push(at - since);
        }

        // The catalogue opened in an editor too; its unit used by the open procedure renamed, then back.
        const unit = /\bby (\w+)\./.exec(procedureText)[1];
        const declaration = new RegExp(`\\bunit ${unit}\\b`);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: catalogueUri, languageId: 'tthc', version: 1, text: catalogueText } });
        await server.publishedAfter(catalogueUri, 0);
        let catalogueVersion = 1;
        for (let i = 0; i < EDITS * 2; i++) {
            const broken = i % 2 === 0;
            const text = broken ? catalogueText.replace(declaration, `unit ${unit}Renamed`) : catalogueText;
            const since = performance.now();
            const republished = server.mark();
            await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: catalogueUri, version: ++catalogueVersion }, contentChanges: [{ text }] });
            const [catalogueAt, procedureAt, allAt] = await Promise.all([
                server.publishedAfter(catalogueUri, since),
                server.publishedAfter(procedureUri, since, d => (d.length > 0) === broken),
                republished.allPublished(workspace.files)
            ]);
            figures.catalogueEditMs.push(catalogueAt - since);
            figures.catalogueOpenProcedureMs.push(procedureAt - since);
            figures.catalogueAllMs.push(allAt - since);
            if (process.env.BENCH_DEBUG) console.error("catalogue edit", i);
        }

        // Completion of a step's performer, right after `by `.
        const offset = procedureText.indexOf(' by ') + 4;
        const before = procedureText.slice(0, offset).split('\n');
        const position = { line: before.length - 1, character: before[before.length - 1].length };
        for (let i = 0; i < COMPLETIONS; i++) {
            const since = performance.now();
            const result = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: procedureUri }, position });
            figures.completionMs.push(performance.now() - since);
            const items = Array.isArray(result) ? result : result?.items ?? [];
            if (items.length === 0) throw new Error('completion after `by ` returned nothing');
        }
        if (withDiagram) {
            // What the diagram view does after each keystroke pause: the edit, then the drawing.
            figures.diagramMs = [];
            const duration = / (\d+(?:\.\d+)?)(h|d|min) /.exec(procedureText);
            for (let i = 0; i < EDITS * 2; i++) {
                const text = i % 2 === 0 ? procedureText.replace(duration[0], ` ${Number(duration[1]) + 1}${duration[2]} `) : procedureText;
                const since = performance.now();
                await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: procedureUri, version: ++version }, contentChanges: [{ text }] });
                const result = await server.connection.sendRequest('tthc/diagram', { uri: procedureUri, position });
                if (result.kind !== 'diagram') throw new Error(`no diagram after an edit: ${result.reason}`);
                figures.diagramMs.push(performance.now() - since);
            }
        }
        return figures;
    } finally {
        await server.close();
    }
}
