import { basename } from 'node:path';
import { describeFsError } from '../workspace/collect-files.js';
import { readRegularFile } from '../workspace/regular-file.js';
import { importTableMessages as say } from '../import/table/import-table-messages.js';
import { documentKind, importTable } from '../import/table/import-table.js';
import { loadCatalogue } from '../import/table/load-catalogue.js';
import { TableReadError } from '../import/table/table-model.js';
import { isError } from '../import/table/table-problems.js';
import { existingFiles, writeImportedFiles } from '../import/write-imported.js';
import type { CommandResult } from './check.js';

/** Options of `tthc import table`. */
export interface ImportTableOptions {
    /** The folder of the province's catalogue. */
    readonly catalogue: string;
    /** The folder the .tthc files go in. */
    readonly out: string;
    /** Write what mapped, with the rest as `unresolved "…"`. */
    readonly partial: boolean;
    /** Replace existing .tthc files. */
    readonly force: boolean;
}

/** The largest document read: far above any decision's annex, small enough to hold in memory. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const usage = (line: string): CommandResult => ({ stdout: '', stderr: `tthc: ${line}\n`, exitCode: 2 });

/**
 * `tthc import table <file.docx|file.xlsx> --catalogue <folder> --out <folder> [--partial] [--force]`: imports the
 * step tables of a published decision into one formatted .tthc file per procedure (or group). Every cell it cannot
 * map is one line (file, table, row, column) and, unless `--partial`, nothing is written (exit 1); a file that is not
 * a readable .docx/.xlsx, a missing catalogue or an existing output without `--force` is one line, exit 2.
 */
export async function runImportTable(file: string, options: ImportTableOptions): Promise<CommandResult> {
    const kind = documentKind(file);
    if (!kind) return usage(say.unknownKind(file));
    let bytes: Uint8Array;
    try {
        bytes = readRegularFile(file, MAX_DOCUMENT_BYTES).bytes;
    } catch (error) {
        return usage(say.cannotRead(file, describeFsError(error)));
    }
    const catalogue = loadCatalogue(options.catalogue);
    if (catalogue.kind === 'none') return usage(say.noCatalogue(options.catalogue));
    if (catalogue.kind === 'several') return usage(say.severalCatalogues(options.catalogue, catalogue.paths));
    let result;
    try {
        result = await importTable(bytes, kind, basename(file), catalogue.titles);
    } catch (error) {
        if (!(error instanceof TableReadError)) throw error;
        const f = error.failure;
        if (f.kind === 'bad-xml') return usage(say.badXml(file, f.entry ?? '', f.line ?? 1, f.column ?? 1, f.detail ?? ''));
        if (f.kind === 'missing-entry') return usage(say.missingEntry(file, f.entry ?? ''));
        if (f.kind === 'too-large') return usage(say.tooLarge(file, f.entry ?? ''));
        return usage(say.notZip(file));
    }
    const lines = result.problems.map(p => say.line(file, p, isError(p) ? 'error' : 'warning'));
    const errors = result.problems.filter(isError).length;
    const report = lines.map(l => `${l}\n`).join('');
    if (result.procedures.length === 0) {
        return { stdout: '', stderr: report + (errors === 0 ? `tthc: ${say.nothingFound(file)}\n` : `tthc: ${say.incomplete(errors)}\n`), exitCode: 1 };
    }
    if (errors > 0 && !options.partial) {
        return { stdout: '', stderr: `${report}tthc: ${say.incomplete(errors)}\n`, exitCode: 1 };
    }
    const files = result.procedures.map(p => ({ path: p.fileName, text: p.text }));
    const existing = existingFiles(options.out, files);
    if (existing.length > 0 && !options.force) {
        return { stdout: '', stderr: `${report}tthc: ${say.exists(existing[0])}\n`, exitCode: 2 };
    }
    const written = writeImportedFiles(options.out, files);
    return {
        stdout: `${written.map(path => `${path}\n`).join('')}${say.imported(written.length, options.out, options.partial, errors)}\n`,
        stderr: report,
        exitCode: errors > 0 ? 1 : 0
    };
}
