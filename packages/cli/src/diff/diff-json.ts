import { procedureFile, type DiffInput } from './change-rows.js';

/** The version of the JSON report's shape (schemas/diff-report.schema.json). */
export const DIFF_SCHEMA_VERSION = 1;

/**
 * The diff as JSON (schemas/diff-report.schema.json): the change model as `diffBuilds` returns it, with
 * each procedure's file and line relative to its province's folder instead of a URI, and counts. The
 * same in every language: kinds are codes, values the published (Vietnamese) texts.
 */
export function diffJson(input: DiffInput): string {
    const { diff } = input;
    const count = (status: string): number => diff.procedures.filter(p => p.status === status).length;
    const report = {
        schemaVersion: DIFF_SCHEMA_VERSION,
        province: diff.province,
        summary: { changed: count('changed'), added: count('added'), removed: count('removed'), unchanged: diff.unchanged, catalogue: diff.catalogue.length },
        catalogue: diff.catalogue,
        procedures: diff.procedures.map(p => {
            const { source: _source, ...rest } = p;
            return { ...rest, at: procedureFile(input, p) };
        })
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
