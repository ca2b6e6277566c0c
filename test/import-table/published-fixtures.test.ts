// Published tables rebuilt as .docx the way the provinces laid them out (test/import-table/*-nhom-*.ts, from the
// Markdown of ../shared/data/qtnb-2025-decisions-md/raw/), imported with the catalogue of the matching
// test/fixtures/published/<province>/ project, and compared with the procedure written there by hand. The hand-written
// procedures shorten titles and tasks by design: titles and tasks are not compared, everything else a table carries is.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTable, loadCatalogue } from '@tthc/cli';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';
import { wordDocument } from '../support/table-documents.js';
import { langSonNhom02 } from './lang-son-nhom-02.js';
import { procedureIn, structure } from './written-structure.js';

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
