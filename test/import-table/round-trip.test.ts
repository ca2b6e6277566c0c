// Round trip through our own .docx: build examples/lam-dong with the table target, import each procedure's .docx with
// lam-dong's catalogue, and compare what a table carries of the original and of the imported procedure.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lowerWorkspace, type ProcedureModel } from '@tthc/compiler';
import { checkWorkspace, collectFiles, importTable, loadCatalogue } from '@tthc/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tthc } from '../cli/run-cli.js';
import { tableView } from './table-view.js';

async function proceduresOf(folder: string): Promise<Map<string, ProcedureModel>> {
    const { documents, projectOf } = await checkWorkspace(collectFiles([folder]).loaded);
    const [build] = lowerWorkspace(documents, projectOf);
    return new Map(build.procedures.map(p => [p.code, p]));
}

const EXAMPLE = join(ROOT, 'examples/lam-dong');
let original: Map<string, ProcedureModel>;
let imported: Map<string, ProcedureModel>;
const problems: string[] = [];

beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tthc-round-trip-'));
    const build = tthc(['build', EXAMPLE, '--target', 'table', '--out', join(out, 'build')]);
    expect(build.status, build.stderr).toBe(0);
    const workspace = join(out, 'workspace');
    cpSync(join(EXAMPLE, 'catalogue.tthc'), join(workspace, 'catalogue.tthc'), { recursive: true });
    const catalogue = loadCatalogue(workspace);
    if (catalogue.kind !== 'ok') throw new Error('no catalogue');
    const tables = join(out, 'build/table/tables');
    for (const file of readdirSync(tables).filter(f => f.endsWith('.docx')).sort()) {
        const result = await importTable(readFileSync(join(tables, file)), 'docx', file, catalogue.titles);
        problems.push(...result.problems.map(p => `${file} ${p.code} ${p.text ?? ''}`));
        for (const procedure of result.procedures) writeFileSync(join(workspace, `${file}.tthc`), procedure.text);
    }
    original = await proceduresOf(EXAMPLE);
    imported = await proceduresOf(workspace);
}, 120_000);

describe('round trip of examples/lam-dong through the table target\'s .docx', () => {
    it('imports every procedure without a problem', () => {
        expect(problems).toEqual([]);
        expect([...imported.keys()].sort()).toEqual([...original.keys()].sort());
    });

    it.each(readdirSync(join(EXAMPLE, 'procedures')).sort())('%s gives back the same steps, transitions and totals', file => {
        const text = readFileSync(join(EXAMPLE, 'procedures', file), 'utf8');
        const code = /^\s*code (\S+)/mu.exec(text)?.[1];
        expect(code).toBeDefined();
        const a = original.get(code!)!;
        const b = imported.get(code!)!;
        expect(b, `${code} imported`).toBeDefined();
        expect(tableView(b)).toEqual(tableView(a));
        expect({ title: b.title, code: b.code, sector: b.sector, level: b.level, authority: b.authority?.id, online: b.online })
            .toEqual({ title: a.title, code: a.code, sector: a.sector, level: a.level, authority: a.authority?.id, online: a.online });
    });
});
