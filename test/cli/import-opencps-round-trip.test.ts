import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../scripts/bench/generate-workspace.mjs';
import { normaliseRoundTrip } from '../support/opencps-round-trip.js';
import { tthc } from './run-cli.js';

// The round trip of docs/import.md: `tthc build --target opencps,json` → `tthc import opencps` → `tthc build
// --target json` gives the same json output, but for the differences the page lists (normaliseRoundTrip).

const PROVINCE = ['--province', 'LamDong', '--province-title', 'Tỉnh Lâm Đồng', '--province-code', '68', '--province-agency', '000.00.00.H39'];

function fresh(): string {
    return mkdtempSync(join(tmpdir(), 'tthc-round-trip-'));
}

/** Builds `workspace`, imports its bundle, and returns the folders of both json outputs and the imported workspace. */
function roundTrip(workspace: string): { before: string; imported: string; status: number | null } {
    const before = fresh();
    const built = tthc(['build', workspace, '--target', 'opencps,json', '--out', before]);
    expect(built.status, built.stderr).toBe(0);
    const imported = fresh();
    const run = tthc(['import', 'opencps', join(before, 'opencps'), '--out', imported, ...PROVINCE]);
    return { before, imported, status: run.status };
}

// examples/lam-dong: the procedures `tthc check` rejects once imported, and those that come back check-clean
// but with the json differences docs/import.md lists for them.
const UNRESOLVED = ['2.002755'];
const DIFFERING = ['1.014101', '1.014102', '1.014103', '1.014466'];

function compare(before: string, after: string, except: readonly string[] = []): void {
    const procedures = readdirSync(join(after, 'json/procedures')).filter(file => !except.includes(file.replace(/\.json$/, ''))).sort();
    expect(procedures.length).toBeGreaterThan(0);
    for (const file of procedures) {
        const a = normaliseRoundTrip(readFileSync(join(before, 'json/procedures', file), 'utf8'));
        const b = normaliseRoundTrip(readFileSync(join(after, 'json/procedures', file), 'utf8'));
        expect(b, file).toBe(a);
    }
}

describe('OpenCPS round trip', () => {
    it('holds for the bench\'s generated workspace (50 procedures)', () => {
        const workspace = fresh();
        generateWorkspace(workspace, 50);
        const { before, imported, status } = roundTrip(workspace);
        // Nothing unresolved: every item of the bench's bundle maps.
        expect(status).toBe(0);
        const check = tthc(['check', imported]);
        expect(check.stdout).not.toMatch(/ error /);
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        expect(readdirSync(join(after, 'json/procedures')).length).toBe(50);
        compare(before, after);
    }, 120_000);

    it('holds for examples/lam-dong, but for the procedures docs/import.md lists as needing a person or differing', () => {
        const { before, imported } = roundTrip('examples/lam-dong');
        const check = tthc(['check', imported]);
        // What the bundle cannot carry (docs/import.md, "Round trips and their known differences"): the level of a
        // part (`at commune`, 2.002755). Exactly this file has errors; the rest is clean.
        const failing = [...new Set([...check.stdout.matchAll(/procedures\/([^/:]+)\.tthc:\d+:\d+ error /g)].map(m => m[1]))].sort();
        expect(failing).toEqual(UNRESOLVED);
        expect(check.stdout).not.toMatch(/catalogue\.tthc:\d+:\d+ error/);
        const held = fresh();
        mkdirSync(join(held, 'procedures'));
        for (const code of failing) renameSync(join(imported, `procedures/${code}.tthc`), join(held, `procedures/${code}.tthc`));
        const after = fresh();
        const rebuilt = tthc(['build', imported, '--target', 'json', '--out', after]);
        expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
        expect(readdirSync(join(after, 'json/procedures')).length).toBe(18);
        compare(before, after, DIFFERING);
        // The procedures with cases of their own come back check-clean, with each case's time and total (the
        // differences they keep are listed in docs/import.md: group, case names, parts, a fee's basis).
        const limits = (dir: string, code: string): string => normaliseRoundTrip(JSON.stringify(
            (JSON.parse(readFileSync(join(dir, `json/procedures/${code}.json`), 'utf8')) as { cases: Array<{ title: string; limit: unknown; total: unknown; start: unknown }> })
                .cases.map(c => ({ title: c.title, limit: c.limit, total: c.total, start: c.start }))));
        for (const code of DIFFERING) {
            expect(limits(after, code), code).toBe(limits(before, code));
            expect(limits(after, code), code).toContain('"total"');
        }
    }, 120_000);

    it('keeps the calendar: working hours, the province\'s own days off and make-up days', () => {
        const workspace = fresh();
        cpSync('examples/lam-dong', workspace, { recursive: true });
        const catalogue = join(workspace, 'catalogue.tthc');
        writeFileSync(catalogue, readFileSync(catalogue, 'utf8').replace('works monday to friday 07:30 to 11:30, 13:30 to 17:30',
            'works monday to friday 07:30 to 11:30, 13:30 to 17:30\n        works saturday 07:30 to 11:30\n'
            + '        year 2026 { holiday 2026-11-20 "Ngày truyền thống của tỉnh" make-up 2026-11-28 "Làm bù" works-like monday }'));
        const { before, imported } = roundTrip(workspace);
        const after = fresh();
        // The procedures that cannot come back (above) do not matter to the calendar.
        for (const code of UNRESOLVED) rmSync(join(imported, `procedures/${code}.tthc`));
        expect(tthc(['build', imported, '--target', 'json', '--out', after]).status).toBe(0);
        const calendar = (dir: string): string => normaliseRoundTrip(JSON.stringify(JSON.parse(readFileSync(join(dir, 'json/catalogue.json'), 'utf8')).calendar));
        expect(calendar(after)).toBe(calendar(before));
        expect(calendar(after)).toContain('Ngày truyền thống của tỉnh');
        expect(readFileSync(join(imported, 'catalogue.tthc'), 'utf8')).toContain('works saturday 07:30 to 11:30');
    }, 120_000);

    it('cannot start from examples/legacy, which tthc build refuses (district-level findings)', () => {
        const run = tthc(['build', 'examples/legacy', '--target', 'opencps', '--out', fresh()]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('nothing was built');
    });
});
