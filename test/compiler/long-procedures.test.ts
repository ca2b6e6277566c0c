// Procedures far longer than anyone writes: `tthc build` must neither overflow the stack nor do work
// that grows faster than the procedure. No time limits: the work is counted as the items that array
// searches scan and the map look-ups made while the targets compile, which is deterministic.
import { bpmnTarget, buildProcessGraph, IdRegistry, jsonTarget, lowerWorkspace, opencpsTarget, tableTarget, uniqueCodes, type ProvinceBuild } from '@tthc/compiler';
import { checkWorkspace, collectFiles } from '@tthc/cli';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateLongProcedure } from '../../scripts/bench/generate-long-procedure.mjs';

const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

/** The model of a generated workspace holding one long procedure (scripts/bench/generator/long-procedure.mjs). */
async function buildLong(kind: 'long' | 'reversed-chain' | 'many-exits', size: number): Promise<ProvinceBuild> {
    const folder = mkdtempSync(join(tmpdir(), 'tthc-long-'));
    folders.push(folder);
    generateLongProcedure(folder, kind, size);
    const { files, documents, projectOf } = await checkWorkspace(collectFiles([folder]).loaded);
    const errors = files.flatMap(f => f.findings.filter(x => x.severity === 'error').map(x => `${f.path}:${x.line}:${x.column} ${x.message}`));
    expect(errors).toEqual([]);
    return lowerWorkspace(documents, projectOf)[0];
}

// Array methods that search or filter: each scans (at most) the whole array.
const scanning = ['filter', 'find', 'findIndex', 'some', 'every', 'includes', 'indexOf'] as const;

/** Runs `work` and counts the array items its searches may scan and its map look-ups. */
async function countWork(work: () => unknown): Promise<number> {
    let count = 0;
    const arrays = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const originals = scanning.map(name => [name, arrays[name]] as const);
    const mapGet = Map.prototype.get;
    for (const [name, original] of originals) {
        arrays[name] = function (this: unknown[], ...args: unknown[]) {
            count += this.length;
            return original.apply(this, args);
        };
    }
    Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
        count++;
        return mapGet.call(this, key);
    };
    try {
        await work();
    } finally {
        for (const [name, original] of originals) arrays[name] = original;
        Map.prototype.get = mapGet;
    }
    return count;
}

describe('long procedures', () => {
    test('a 10,000-step chain written last step first builds for json, opencps, bpmn and table', async () => {
        const build = await buildLong('reversed-chain', 10_000);
        const procedure = build.procedures[0];
        expect(procedure.steps).toHaveLength(10_001);
        expect(procedure.timing.planned).toBe(10_000 * 60);
        for (const target of [jsonTarget, opencpsTarget, bpmnTarget, tableTarget]) {
            const files = await target.compile(build);
            expect(files.length, target.name).toBeGreaterThan(0);
            // The last step, by its name (json, opencps, bpmn) or its title (table: `Bước 10000`).
            expect(files.some(file => /B(ước )?10000\b/.test(file.content)), target.name).toBe(true);
        }
    });

    test.each(['long', 'many-exits'] as const)('twice the steps, about twice the work (%s): json, opencps and table, and the BPMN process graph', async shape => {
        const small = await buildLong(shape, 1_000);
        const large = await buildLong(shape, 2_000);
        const work = (build: ProvinceBuild) => countWork(async () => {
            await jsonTarget.compile(build);
            await opencpsTarget.compile(build);
            await tableTarget.compile(build);
            buildProcessGraph(build, build.procedures[0]);
        });
        const [before, after] = [await work(small), await work(large)];
        expect(before).toBeGreaterThan(10_000);
        // Linear work doubles; quadratic work (a search of every step for each step) quadruples.
        expect(after / before, `${before} → ${after}`).toBeLessThan(2.3);
    });

    test('a thousand ids asked for with one base are numbered without trying every taken number again', () => {
        const ids = new IdRegistry();
        const has = Set.prototype.has;
        let count = 0;
        Set.prototype.has = function (this: Set<unknown>, value: unknown) {
            count++;
            return has.call(this, value);
        };
        let last = '';
        try {
            for (let i = 0; i < 1_000; i++) last = ids.id('Flow', 'B1', 'out');
        } finally {
            Set.prototype.has = has;
        }
        expect(last).toBe('Flow_B1_out_1000');
        expect(count).toBeLessThan(3 * 1_000);
    });

    test('a thousand names that make one OpenCPS code are gathered without copying the list for each', () => {
        const names = Array.from({ length: 1_000 }, (_, i) => `A${'_'.repeat(i + 1)}B`);
        const iterator = Array.prototype[Symbol.iterator];
        let count = 0;
        Array.prototype[Symbol.iterator] = function (this: unknown[]) {
            count += this.length;
            return iterator.call(this);
        };
        let codes: Map<string, string>;
        try {
            codes = uniqueCodes(names);
        } finally {
            Array.prototype[Symbol.iterator] = iterator;
        }
        expect(new Set(codes.values()).size).toBe(1_000);
        expect(count).toBeLessThan(10 * 1_000);
    });
});
