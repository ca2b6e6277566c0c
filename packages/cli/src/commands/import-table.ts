import { basename } from 'node:path';
import { describeFsError } from '../workspace/collect-files.js';
import { readRegularFile } from '../workspace/regular-file.js';
import { importTableMessages as say } from '../import/table/import-table-messages.js';
import { documentKind, importTable } from '../import/table/import-table.js';
import { loadCatalogue } from '../import/table/load-catalogue.js';
import { TableReadError } from '../import/table/table-model.js';
import { readTitleMap, type TitleMap } from '../import/table/title-map.js';
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
    /** A mapping file: which catalogue entry a title means, decided by a person. */
    readonly map?: string;
}

/** The largest document read: far above any decision's annex, small enough to hold in memory. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The largest mapping file read: a province's decisions fit in far less. */
const MAX_MAP_BYTES = 4 * 1024 * 1024;

const usage = (line: string): CommandResult => ({ stdout: '', stderr: `tthc: ${line}\n`, exitCode: 2 });

/**
 * `tthc import table <file.docx|file.xlsx> --catalogue <folder> --out <folder> [--map <file.json>] [--partial] [--force]`: imports the
 * step tables of a published decision into one formatted .tthc file per procedure (or group). Every cell it cannot
 * map is one line (file, table, row, column) and, unless `--partial`, nothing is written (exit 1); a file that is not
 * a readable .docx/.xlsx, a missing catalogue, a mapping file that cannot be read or used (with its line and column) or
 * an existing output without `--force` is one line, exit 2.
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
    let map: TitleMap | undefined;
    if (options.map !== undefined) {
        let read: { bytes: Buffer; size: number };
        try {
            read = readRegularFile(options.map, MAX_MAP_BYTES);
        } catch (error) {
            return usage(say.cannotRead(options.map, describeFsError(error)));
        }
        // Read up to the limit only: a larger file is refused, not cut and then reported as JSON that stops short.
        if (read.size > MAX_MAP_BYTES) return usage(say.mapTooLarge(options.map, MAX_MAP_BYTES / (1024 * 1024)));
        let text: string;
        try {
            // TextDecoder drops a byte-order mark.
            text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
        } catch {
            return usage(say.mapNotUtf8(options.map));
        }
        const titles = readTitleMap(text, catalogue.titles);
        if (titles.kind === 'fault') return usage(say.mapFault(options.map, titles.fault));
        map = titles.map;
    }
    let result;
    try {
        result = await importTable(bytes, kind, basename(file), catalogue.titles, map);
    } catch (error) {
        if (!(error instanceof TableReadError)) throw error;
        const f = error.failure;
        if (f.kind === 'bad-xml') return usage(say.badXml(file, f.entry ?? '', f.line ?? 1, f.column ?? 1, f.detail ?? ''));
        if (f.kind === 'missing-entry') return usage(say.missingEntry(file, f.entry ?? ''));
        if (f.kind === 'too-large') return usage(say.tooLarge(file, f.entry ?? ''));
        return usage(say.notZip(file));
    }
    const lines = result.problems.map(p => say.line(file, p, isError(p) ? 'error' : 'warning'));
    // A stale map shows: an entry no responsibility matched is a warning, never a reason to stop.
    if (map && options.map !== undefined) {
        lines.push(...map.unused().map(entry => say.mapUnused(options.map!, entry, file)));
        lines.push(...map.unusedLimits().map(entry => say.mapUnusedLimit(options.map!, entry, file)));
    }
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
