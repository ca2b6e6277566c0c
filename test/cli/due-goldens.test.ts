import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden-helper.js';
import { ROOT, tthc } from './run-cli.js';

// `tthc due` for every procedure of examples/lam-dong (a procedure added later gets checked too: its golden is
// missing and the test fails), for one receipt: Friday 24 April 2026 at 15:30, after the 15:00 cut-off, before a
// weekend, the compensatory day of Hùng Kings' day (Monday 27 April), 30 April and 1 May. A procedure the cases
// split shows the line that asks for a case, and gets a golden per case; so does each member of a group.

const EXAMPLE = 'examples/lam-dong';
const RECEIVED = '2026-04-24T15:30';
const GOLDENS = 'due/lam-dong';

interface Request {
    /** The golden's name, without extension. */
    readonly name: string;
    readonly args: readonly string[];
}

function requests(): Request[] {
    const folder = join(ROOT, EXAMPLE, 'procedures');
    const found: Request[] = [];
    for (const file of readdirSync(folder).filter(f => f.endsWith('.tthc')).sort()) {
        const source = readFileSync(join(folder, file), 'utf8');
        for (const [, procedure] of source.matchAll(/^procedure\s+(\w+)/gm)) {
            const conditions = [...source.matchAll(/^\s+case\s+(\w+)/gm)].map(match => match[1]);
            const members = [...source.matchAll(/^\s+member\s+(\w+)/gm)].map(match => match[1]);
            for (const name of [procedure, ...members]) {
                found.push({ name, args: ['--procedure', name] });
                for (const condition of conditions) found.push({ name: `${name}.${condition}`, args: ['--procedure', name, '--condition', condition] });
            }
        }
    }
    return found;
}

// What a run printed, as one text: standard output, then standard error and the exit code when there are any.
function shown(run: { stdout: string; stderr: string; status: number | null }): string {
    return run.stdout + (run.stderr ? `[stderr]\n${run.stderr}` : '') + (run.status === 0 ? '' : `[exit ${run.status}]\n`);
}

const all = requests();

describe(`tthc due for every procedure of ${EXAMPLE}, received ${RECEIVED}`, () => {
    test('the loop finds every procedure, its cases and its members', () => {
        expect(all.length).toBeGreaterThanOrEqual(17);
        expect(all.map(r => r.name)).toContain('CongNhanKetQuaThamDoKhoangSan.NhomBa');
        expect(all.map(r => r.name)).toContain('CongNhanChuyenGia.CoHoiDong');
    });

    test.each(all)('$name: the Vietnamese text and the JSON document', ({ name, args }) => {
        const text = tthc(['due', EXAMPLE, ...args, '--received', RECEIVED, '--lang', 'vi']);
        expect([0, 2]).toContain(text.status);
        expectGolden(`${GOLDENS}/${name}.vi.txt`, shown(text));
        const json = tthc(['due', EXAMPLE, ...args, '--received', RECEIVED, '--format', 'json']);
        expect(json.status).toBe(text.status);
        expectGolden(`${GOLDENS}/${name}.json`, shown(json));
    }, 120_000);

    test('no golden is left over from a procedure that is gone', () => {
        const folder = join(ROOT, 'test/golden', GOLDENS);
        const expected = new Set(all.flatMap(r => [`${r.name}.vi.txt`, `${r.name}.json`]));
        const present = existsSync(folder) ? readdirSync(folder) : [];
        expect(present.filter(f => !expected.has(f))).toEqual([]);
    });
});
