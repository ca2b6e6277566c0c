import { CatalogueMatcher, type CatalogueTitles } from './catalogue-match.js';
import { createImportFormatter } from '../format-imported.js';
import { procedureText, type ProcedureText } from './procedure-text.js';
import { readDocx } from './read-docx.js';
import { readXlsx } from './read-xlsx.js';
import { recogniseTables } from './recognise-tables.js';
import { splitSheets } from './split-sheets.js';
import type { TableProblem } from './table-problems.js';
import type { TitleMap } from './title-map.js';

/** One imported procedure: the formatted .tthc text and the file name it goes in. */
export interface ImportedProcedure extends ProcedureText {
    /** The formatted text. */
    readonly text: string;
}

/** What importing a document gives: its procedures and every problem, in document order. */
export interface TableImport {
    readonly procedures: readonly ImportedProcedure[];
    readonly problems: readonly TableProblem[];
}

/** The kind of document a file name says it is. */
export function documentKind(fileName: string): 'docx' | 'xlsx' | undefined {
    const lower = fileName.toLowerCase();
    return lower.endsWith('.docx') ? 'docx' : lower.endsWith('.xlsx') ? 'xlsx' : undefined;
}

/**
 * Imports the step tables of a .docx or .xlsx (`bytes`; `source` is the file's name, for the provenance comment)
 * with the catalogue's titles: reads, recognises, maps and writes each procedure as formatted .tthc text. A file
 * that cannot be read throws a `TableReadError`; everything else is a problem of the result. `map` (a mapping file,
 * `--map`) decides titles before the matcher's rules; afterwards `map.unused()` lists what matched nothing.
 */
export async function importTable(bytes: Uint8Array, kind: 'docx' | 'xlsx', source: string, catalogue: CatalogueTitles, map?: TitleMap): Promise<TableImport> {
    const document = kind === 'docx' ? await readDocx(bytes) : splitSheets(await readXlsx(bytes));
    const recognised = recogniseTables(document);
    const problems: TableProblem[] = recognised.missingColumns.map(m => ({ code: 'missing-columns', table: m.table, row: m.row, missing: m.missing }));
    if (recognised.procedures.length === 0 && problems.length === 0) {
        problems.push({ code: 'no-step-table' });
    }
    const matcher = new CatalogueMatcher(catalogue);
    const format = createImportFormatter();
    const names = new Set<string>();
    const files = new Set<string>();
    const procedures: ImportedProcedure[] = [];
    for (const published of recognised.procedures) {
        const written = procedureText(published, matcher, source, names, map);
        let fileName = written.fileName;
        for (let n = 2; files.has(fileName); n++) fileName = written.fileName.replace(/\.tthc$/, `-${n}.tthc`);
        files.add(fileName);
        procedures.push({ ...written, fileName, text: format(written.text, fileName) });
        problems.push(...written.problems);
    }
    return { procedures, problems };
}
