import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BundleError, placeText } from '../import/opencps/bundle-error.js';
import { readBundleDocuments } from '../import/opencps/bundle-documents.js';
import { formatFiles } from '../import/opencps/format-files.js';
import { mapBundle } from '../import/opencps/map-bundle.js';
import { importMessages as say } from '../import/opencps/opencps-import-messages.js';
import { readBundle } from '../import/opencps/read-bundle.js';
import { existingFiles, writeImportedFiles } from '../import/write-imported.js';
import { type CommandResult, displayPath } from './check.js';

/** Options of `tthc import opencps`. */
export interface ImportOpencpsOptions {
    readonly out: string;
    readonly province?: string;
    readonly provinceTitle?: string;
    readonly provinceCode?: string;
    readonly provinceAgency?: string;
    readonly partial: boolean;
    readonly force: boolean;
}

const fail = (line: string, exitCode = 2): CommandResult => ({ stdout: '', stderr: `tthc: ${line}\n`, exitCode });

/**
 * `tthc import opencps <folder|zip> --out <folder>`: reads an OpenCPS import bundle and writes a workspace
 * (catalogue.tthc, procedures/<code>.tthc). Documents that cannot be read block everything (exit 1, nothing
 * written) unless `--partial`; existing files are not overwritten without `--force` (exit 2). Items that could
 * not be mapped faithfully are written as `unresolved "…"` and listed; the command then exits 1.
 */
export async function runImportOpencps(source: string, options: ImportOpencpsOptions): Promise<CommandResult> {
    if (options.province === undefined || options.provinceTitle === undefined) return fail(say.provinceRequired);
    if (!/^[_a-zA-Z][_a-zA-Z0-9]*$/.test(options.province)) return fail(say.badProvinceName(options.province));
    try {
        await lstat(source);
    } catch {
        return fail(say.notFound(displayPath(source)));
    }
    let files: Map<string, string | BundleError>;
    try {
        files = await readBundle(source);
    } catch (error) {
        if (error instanceof BundleError) return fail(`${displayPath(error.place.file)}: ${error.message}`, 1);
        throw error;
    }
    const docs = readBundleDocuments(files);
    if (docs.services.length === 0 && docs.errors.length === 0) return fail(say.noDocuments(displayPath(source)));
    const workspace = mapBundle(docs, {
        name: options.province, title: options.provinceTitle,
        ...(options.provinceCode !== undefined ? { code: options.provinceCode } : {}),
        ...(options.provinceAgency !== undefined ? { agency: options.provinceAgency } : {})
    });
    const where = (file: string): string => `${displayPath(source)}/${file}`;
    const errorLines = workspace.errors.map(e => `tthc: ${where(placeText(e.place))}: ${e.message}\n`).join('');
    if (workspace.errors.length > 0 && !options.partial) {
        return { stdout: '', stderr: `${errorLines}tthc: ${say.incomplete(workspace.errors.length)}\n`, exitCode: 1 };
    }
    const formatted = formatFiles(workspace.files);
    const out = resolve(options.out);
    if (!options.force) {
        const existing = existingFiles(out, formatted);
        if (existing.length > 0) return fail(say.exists(existing.map(path => displayPath(path))));
    }
    writeImportedFiles(out, formatted);
    const lines = [say.summary(workspace.procedures.length, workspace.units, workspace.forms, displayPath(out))];
    if (workspace.unresolved.length > 0) {
        lines.push(say.unresolvedHeader(workspace.unresolved.length));
        for (const item of workspace.unresolved) {
            lines.push(`  ${item.line > 0 ? `${where(item.file)}:${item.line}` : item.file}: ${item.what}: ${item.why}`);
        }
    }
    lines.push(say.guessed);
    const partial = workspace.errors.length > 0 ? `${errorLines}tthc: ${say.skipped(workspace.errors.length)}\n` : '';
    return { stdout: `${lines.join('\n')}\n`, stderr: partial, exitCode: workspace.unresolved.length > 0 || workspace.errors.length > 0 ? 1 : 0 };
}
