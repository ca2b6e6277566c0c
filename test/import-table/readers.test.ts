import { describe, expect, it } from 'vitest';
import { readDocx, readXlsx, TableReadError, type GridRow } from '@tthc/cli';
import { wordDocument, workbook } from '../support/table-documents.js';

const texts = (rows: readonly GridRow[]): string[][] => rows.map(r => r.cells.map(c => c.text));

describe('reading a .docx', () => {
    it('resolves horizontal and vertical merges, keeps line breaks and the paragraphs before each table', async () => {
        const bytes = await wordDocument([
            '1. Thủ tục A',
            'Mã thủ tục: 1.012994',
            { rows: [
                ['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian'],
                ['B1', 'Tiếp nhận', { text: 'Công chức\nmột cửa', vMerge: 'restart' }, '4 giờ'],
                ['B2', 'Trả kết quả', { vMerge: 'continue' }, '1 giờ'],
                [{ text: 'Tổng thời gian: 5 giờ', span: 3 }, '5 giờ']
            ] },
            'Ghi chú',
            { rows: [['x', 'y']] }
        ]);
        const document = await readDocx(bytes);
        expect(document.tables).toHaveLength(2);
        const [first, second] = document.tables;
        expect(first.before).toEqual(['1. Thủ tục A', 'Mã thủ tục: 1.012994']);
        expect(second.before).toEqual(['Ghi chú']);
        expect(texts(first.rows)).toEqual([
            ['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian'],
            ['B1', 'Tiếp nhận', 'Công chức\nmột cửa', '4 giờ'],
            ['B2', 'Trả kết quả', 'Công chức\nmột cửa', '1 giờ'],
            ['Tổng thời gian: 5 giờ', 'Tổng thời gian: 5 giờ', 'Tổng thời gian: 5 giờ', '5 giờ']
        ]);
        expect(first.rows[2].cells[2]).toMatchObject({ merged: 'above', originRow: 2, column: 3 });
        expect(first.rows[3].cells[1]).toMatchObject({ merged: 'left', originRow: 4, column: 2 });
        expect(first.rows[3].cells[3]).toMatchObject({ column: 4, originRow: 4 });
        expect(first.rows[3].cells[3].merged).toBeUndefined();
    });

    it('refuses what is not a zip, a zip without a document, and ill-formed XML, saying where', async () => {
        await expect(readDocx(new TextEncoder().encode('not a zip at all'))).rejects.toMatchObject({ failure: { kind: 'not-zip' } });
        const { default: JSZip } = await import('jszip');
        const empty = new JSZip();
        empty.file('other.xml', '<a/>');
        await expect(readDocx(await empty.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ failure: { kind: 'missing-entry', entry: 'word/document.xml' } });
        const broken = await wordDocument('<?xml version="1.0"?>\n<w:document xmlns:w="x">\n<w:body><w:p></w:body></w:document>');
        const error = await readDocx(broken).catch(e => e);
        expect(error).toBeInstanceOf(TableReadError);
        expect(error.failure).toMatchObject({ kind: 'bad-xml', entry: 'word/document.xml', line: 3 });
    });

    it('refuses a document type declaration (no entity expansion)', async () => {
        const bomb = await wordDocument('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body/></w:document>');
        await expect(readDocx(bomb)).rejects.toMatchObject({ failure: { kind: 'bad-xml' } });
    });
});

describe('reading a .xlsx', () => {
    it('reads each sheet as a table, merged ranges resolved both ways, with sheet row numbers', async () => {
        const bytes = await workbook([{
            name: 'Thủ tục 1',
            rows: [
                ['Tên thủ tục: Thủ tục B'],
                [],
                ['Bước', 'Nội dung', 'Trách nhiệm', 'Thời gian'],
                ['1', 'Tiếp nhận', 'Công chức một cửa', '0,5 ngày'],
                ['2', 'Thẩm định', 'Chuyên viên', '02 ngày làm việc'],
                ['Tổng thời gian', '', '', '2,5 ngày']
            ],
            merges: ['A1:D1', 'C4:C5', 'A6:C6']
        }]);
        const document = await readXlsx(bytes);
        expect(document.tables).toHaveLength(1);
        const table = document.tables[0];
        expect(table.sheet).toBe('Thủ tục 1');
        expect(table.rows.map(r => r.row)).toEqual([1, 3, 4, 5, 6]);
        expect(texts(table.rows)[0]).toEqual(['Tên thủ tục: Thủ tục B', 'Tên thủ tục: Thủ tục B', 'Tên thủ tục: Thủ tục B', 'Tên thủ tục: Thủ tục B']);
        expect(table.rows[3].cells[2]).toMatchObject({ text: 'Công chức một cửa', merged: 'above', originRow: 4 });
        expect(table.rows[4].cells[1]).toMatchObject({ text: 'Tổng thời gian', merged: 'left' });
    });
});

describe('archives', () => {
    it('refuses a part larger unpacked than the limit, before unpacking it', async () => {
        const { openZip } = await import('@tthc/cli');
        const bytes = await wordDocument(['x'.repeat(5000)]);
        const zip = await openZip(bytes, 1000);
        await expect(zip.text('word/document.xml')).rejects.toMatchObject({ failure: { kind: 'too-large', entry: 'word/document.xml' } });
        expect(await (await openZip(bytes)).text('word/document.xml')).toContain('xxxx');
    });
});
