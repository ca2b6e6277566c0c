// Published tables rebuilt as .docx the way the provinces laid them out (test/import-table/*-nhom-*.ts, from the
// Markdown of ../shared/data/qtnb-2025-decisions-md/raw/), imported with the catalogue of the matching
// test/fixtures/published/<province>/ project, and compared with the procedure written there by hand. The hand-written
// procedures shorten titles and tasks by design: titles and tasks are not compared, everything else a table carries is.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkspace, importTable, loadCatalogue } from '@tthc/cli';
import { isTthcFile, type PerformerRef, type Procedure } from '@tthc/language';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { wordDocument } from '../support/table-documents.js';
import { langSonNhom02 } from './lang-son-nhom-02.js';

// The hand-written procedures of these fixtures are not complete records (no code, no fee: the decisions give none),
// so they are compared as written, not compiled: each step's performers, time, whether it counts, its part and where
// it goes (steps by position), the parts' subtotals and shared times, the cases' totals, the total, the members.
function ref(r: PerformerRef): string {
    const who = r.applicant ? 'applicant' : r.leadersOf ? `leaders of ${r.leadersOf.$refText}` : r.performer?.$refText ?? '';
    return r.assigned ? `${who} assigned` : who;
}

function structure(procedure: Procedure): unknown {
    const index = new Map(procedure.steps.map((s, i) => [s.name, `#${i + 1}`]));
    const parts = procedure.parts.map(p => p.name);
    return {
        total: procedure.total ? `${procedure.total.duration?.value ?? 'not-regulated'} ${procedure.total.note ?? ''}` : undefined,
        members: procedure.members.length,
        cases: procedure.cases.map(c => `${c.total?.duration?.value ?? ''} start ${c.start ? index.get(c.start.$refText) : ''}`),
        parts: procedure.parts.map(p => `subtotal ${p.subtotal?.duration?.value ?? ''} time ${p.time?.value ?? ''}`),
        steps: procedure.steps.map(s => [
            s.by ? [s.by.main, ...s.by.alternatives].map(ref).join(' or ') + (s.by.partners.length > 0 ? ` with ${s.by.partners.map(ref).join(', ')}` : '') : '',
            s.time?.value ?? '', s.notCounted ? 'not-counted' : '', s.part ? `part ${parts.indexOf(s.part.$refText)}` : '',
            s.transitions.map(t => `${t.outcome ?? ''}-> ${t.targets.map(x => index.get(x.$refText)).join(', ')}`).join(' ')
        ].join(' ; '))
    };
}

async function procedureIn(catalogue: string, file: string, name: string): Promise<Procedure> {
    const { documents } = await checkWorkspace([catalogue, file]);
    const found = documents.map(d => d.parseResult.value).filter(isTthcFile).flatMap(root => root.procedures).find(p => p.name === name);
    if (!found) throw new Error(`no procedure ${name} in ${file}`);
    return found;
}

describe('published tables import to the procedures written by hand', () => {
    it('Lạng Sơn, Quyết định 2487/QĐ-UBND, "2. Nhóm 02 TTHC": a group, "…/NVBĐ", "Không tính thời gian", total above and at the foot', async () => {
        const fixture = join(ROOT, 'test/fixtures/published/lang-son');
        const workspace = join(mkdtempSync(join(tmpdir(), 'tthc-published-')), 'lang-son');
        cpSync(fixture, workspace, { recursive: true });
        rmSync(join(workspace, 'nhom-02-cap-lai-giay-cong-nhan.tthc'));
        const catalogue = loadCatalogue(workspace);
        if (catalogue.kind !== 'ok') throw new Error('no catalogue');
        const result = await importTable(await wordDocument(langSonNhom02), 'docx', '71153021e3559f5e.docx', catalogue.titles);
        // What the import reports: two responsibilities taken loosely (the cell abbreviates the catalogue's title).
        expect(result.problems.map(p => [p.code, p.row, p.text, p.candidates])).toEqual([
            ['loose-performer', 2, 'CCMC của Sở tại TTPVHCC', ['TTPVHCCTinh.CCMC']],
            ['loose-performer', 6, 'Lãnh đạo Sở', ['leaders of SoKHCN']],
            ['loose-performer', 9, 'CCMC của Sở tại TTPVHCC', ['TTPVHCCTinh.CCMC']]
        ]);
        expect(result.procedures).toHaveLength(1);
        const [imported] = result.procedures;
        writeFileSync(join(workspace, imported.fileName), imported.text);
        expect(imported.text).toContain('step B8 "Trả kết quả giải quyết TTHC. Thống kê, theo dõi." return by TTPVHCCTinh.CCMC or BuuDien.NVBD not-counted');
        const handWritten = await procedureIn(join(fixture, 'catalogue.tthc'), join(fixture, 'nhom-02-cap-lai-giay-cong-nhan.tthc'), 'Nhom02CapLai');
        const importedProcedure = await procedureIn(join(workspace, 'catalogue.tthc'), join(workspace, imported.fileName), imported.name);
        expect(structure(importedProcedure)).toEqual(structure(handWritten));
    });
});
