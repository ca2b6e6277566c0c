import { isTthcFile } from '@tthc/language';
import { lowerProcedure, type ProcedureModel } from '@tthc/compiler';
import { procedureMermaid, procedureSvg } from '@tthc/diagram';
import { resolve } from 'node:path';
import { cliMessages } from '../cli-messages.js';
import { tooLargeNotes } from '../report/diagram-notes.js';
import { summarise } from '../report/summary.js';
import { textReport } from '../report/text-report.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { checkWorkspace, isProblem } from '../workspace/load-workspace.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

/** Options of `tthc diagram`. */
export interface DiagramOptions {
    /** The procedure to draw, by name; required when the file holds several. */
    readonly procedure?: string;
    readonly format: 'svg' | 'mermaid';
}

/**
 * `tthc diagram <file> [--procedure Name] [--format svg|mermaid]`: draws one procedure of a file (checked with
 * its whole project) and prints the diagram on standard output. A workspace with errors cannot be drawn:
 * the errors are printed as `tthc check` prints them, and it exits 1.
 */
export async function runDiagram(file: string, options: DiagramOptions): Promise<CommandResult> {
    const selection = collectFiles([file]);
    if (selection.checked.length !== 1) {
        throw new UsageError(cliMessages.diagramFolder(file));
    }
    const skipped = skippedLines(selection);
    const workspace = await checkWorkspace(selection.loaded);
    const path = resolve(selection.checked[0]);
    // Only the named file must be free of errors: the rest of the province may be work in progress.
    const own = workspace.files.filter(f => f.path === path);
    if (summarise(own).errors > 0) {
        return {
            stdout: '',
            stderr: skipped + textReport(own, summarise(own), displayPath) + `tthc: ${cliMessages.fixErrorsToDraw}\n`,
            exitCode: 1
        };
    }
    const document = workspace.documents.find(d => d.uri.fsPath === path);
    const root = document?.parseResult.value;
    const procedures = isTthcFile(root) ? root.procedures : [];
    const chosen = pick(procedures.map(p => ({ id: p.name, code: p.code ?? '' })), options.procedure, file);
    let procedure: ProcedureModel;
    try {
        procedure = lowerProcedure(procedures.find(p => p.name === chosen.id)!);
    } catch {
        // What it refers to elsewhere (a unit of the catalogue, say) has errors of its own.
        throw new UsageError(cliMessages.diagramBlocked(chosen.id));
    }
    const diagnostics = own.flatMap(f => f.findings).filter(isProblem).map(f => ({ severity: f.severity, message: `${f.line}:${f.column} ${f.code} ${f.message}` }));
    if (options.format === 'mermaid') {
        return { stdout: procedureMermaid(procedure), stderr: skipped, exitCode: 0 };
    }
    // A procedure too large to draw still gets its SVG (a notice), and an info line says why.
    return { stdout: procedureSvg(procedure, { diagnostics }), stderr: skipped + tooLargeNotes([procedure]), exitCode: 0 };
}

function pick(procedures: ReadonlyArray<{ id: string; code: string }>, name: string | undefined, file: string): { id: string; code: string } {
    if (procedures.length === 0) {
        throw new UsageError(cliMessages.noProcedure(file));
    }
    if (name === undefined) {
        if (procedures.length > 1) {
            throw new UsageError(cliMessages.manyProcedures(file, procedures.map(p => p.id)));
        }
        return procedures[0];
    }
    const found = procedures.find(p => p.id === name || p.code === name);
    if (!found) {
        throw new UsageError(cliMessages.noSuchProcedure(file, name, procedures.map(p => p.id)));
    }
    return found;
}
