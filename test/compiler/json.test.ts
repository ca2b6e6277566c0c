import { jsonTarget } from '@tthc/compiler';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CATALOGUE, PROCEDURE } from '../language/check-helper.js';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ProvinceBuild } from '@tthc/compiler';
import { ROOT } from '../cli/run-cli.js';
import { expectGolden } from '../golden-helper.js';
import { buildOf } from './build-helper.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/tthc-config.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

let build: ProvinceBuild;
beforeAll(async () => {
    build = await buildOf('examples/lam-dong');
});

describe('the json target', () => {
    test('writes the catalogue and one file per procedure', async () => {
        const files = await jsonTarget.compile(build);
        expect(files.map(f => f.path)).toEqual(['catalogue.json', ...build.procedures.map(p => `procedures/${p.code}.json`)]);
    });

    test('every document of every example validates against the published schema', async () => {
        const files = await jsonTarget.compile(build);
        expect(files.length).toBe(20);
        for (const file of files) {
            expect(validate(JSON.parse(file.content)), `${file.path}: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true);
        }
    });

    test('the schema rejects what is wrong', async () => {
        const [, first] = await jsonTarget.compile(build);
        const document = JSON.parse(first.content);
        for (const broken of [
            { ...document, schemaVersion: 1 },
            { ...document, code: '1.00119' },
            { ...document, level: 'district' },
            { ...document, extra: true },
            { ...document, channels: [] }
        ]) {
            expect(validate(broken)).toBe(false);
        }
    });

    test('a component that differs by channel lists what it is on each; a version 2 document without the list is still valid', async () => {
        const files = await jsonTarget.compile(build);
        const document = JSON.parse(files.find(f => f.path === 'procedures/1.000656.json')!.content);
        expect(document.dossier.map((d: { paper: unknown; media: unknown; byChannel: unknown }) => [d.paper, d.media, d.byChannel])).toEqual([
            [null, [], [{ channel: 'in-person', paper: 'original', media: [] }, { channel: 'online', paper: null, media: ['electronic'] }]],
            [null, [], [{ channel: 'in-person', paper: 'original', media: [] }, { channel: 'online', paper: 'copy', media: ['electronic'] }]]
        ]);
        const withoutList = { ...document, dossier: document.dossier.map(({ byChannel: _, ...rest }: Record<string, unknown>) => rest) };
        expect(validate(withoutList)).toBe(true);
        const wrongChannel = { ...document, dossier: [{ ...document.dossier[0], byChannel: [{ channel: 'fax', paper: null, media: [] }] }] };
        expect(validate(wrongChannel)).toBe(false);
    });

    test('two procedures with one code (members of a group that take its code) get two files', async () => {
        const twice = { ...build, procedures: [build.procedures[0], { ...build.procedures[0], id: 'Khac' }] };
        const paths = (await jsonTarget.compile(twice)).map(f => f.path);
        expect(paths).toEqual(['catalogue.json', `procedures/${build.procedures[0].code}.json`, `procedures/${build.procedures[0].code}-2.json`]);
    });

    test('golden files: a small and a large procedure, and the catalogue', async () => {
        const files = await jsonTarget.compile(build);
        const byPath = new Map(files.map(f => [f.path, f.content]));
        expectGolden('json/catalogue.json', byPath.get('catalogue.json')!);
        expectGolden('json/2.000884.json', byPath.get('procedures/2.000884.json')!);
        expectGolden('json/1.012855.json', byPath.get('procedures/1.012855.json')!);
    });

    test('deterministic: two compilations are identical, text is NFC with \\n line ends', async () => {
        const again = await buildOf('examples/lam-dong');
        const a = await jsonTarget.compile(build);
        const b = await jsonTarget.compile(again);
        expect(b).toEqual(a);
        for (const file of a) {
            expect(file.content).toBe(file.content.normalize('NFC'));
            expect(file.content).not.toContain('\r');
        }
    });

    test('the parallel hand-overs and the critical path come through', async () => {
        const files = await jsonTarget.compile(build);
        const document = JSON.parse(files.find(f => f.path === 'procedures/1.012855.json')!.content);
        const fork = document.workflow.steps.find((s: { id: string }) => s.id === 'DongDau');
        expect(fork.transitions).toEqual([{ outcome: 'default', case: null, to: ['ChuyenCongAn', 'ChuyenBHXH'], exception: false, parallel: true }]);
        expect(document.workflow.timing).toMatchObject({ unit: 'working-minutes', planned: 2400, channels: [{ channel: 'in-person', statutory: 2400, margin: 0 }, { channel: 'online', statutory: 2400, margin: 0 }] });
        expect(document.workflow.timing.criticalPath).toContain('ChuyenCongAn');
        expect(document.source).toEqual({ file: 'procedures/lien-thong-khai-sinh-thuong-tru-bhyt.tthc', line: 7, column: 1 });
    });

    test('a step counted from an earlier step says from which (`fromStep`), and validates', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tthc-from-step-'));
        try {
            writeFileSync(join(folder, 'catalogue.tthc'), CATALOGUE);
            writeFileSync(join(folder, 'khai-sinh.tthc'), PROCEDURE.replace('approval by UBNDXa.ChuTich 2h', 'approval by UBNDXa.ChuTich 5h from TiepNhan'));
            const [, file] = await jsonTarget.compile(await buildOf(relative(ROOT, folder)));
            const document = JSON.parse(file.content);
            expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
            const steps = document.workflow.steps as Array<{ id: string; duration: { fromStep: string | null; from: string | null } | null }>;
            expect(steps.find(step => step.id === 'KyDuyet')!.duration).toMatchObject({ fromStep: 'TiepNhan', from: null });
            expect(steps.find(step => step.id === 'ThamDinh')!.duration).toMatchObject({ fromStep: null });
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('a case with a clock of its own says after which step (`clockStartsAfter`), and validates', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'tthc-case-clock-'));
        try {
            writeFileSync(join(folder, 'catalogue.tthc'), CATALOGUE);
            // A second table from a postal reception, whose own completeness check comes before its clock.
            writeFileSync(join(folder, 'khai-sinh.tthc'), PROCEDURE.replace('  result', `  clock starts after TiepNhan
  case BuuChinh "Trường hợp nộp qua bưu chính" { time same-day start TiepNhanBC clock starts after TiepNhanBC }
  result`).replace(/\n}\s*$/, `
  step TiepNhanBC "Tiếp nhận hồ sơ qua bưu chính" reception by TTPVHCCXa.CongChuc 2h -> ThamDinh
}
`));
            const [, file] = await jsonTarget.compile(await buildOf(relative(ROOT, folder)));
            const document = JSON.parse(file.content);
            expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
            expect(document.clockStartsAfter).toBe('TiepNhan');
            expect(document.cases).toMatchObject([{ id: 'BuuChinh', start: 'TiepNhanBC', clockStartsAfter: 'TiepNhanBC' }]);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
