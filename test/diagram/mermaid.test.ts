import type { ProcedureModel, ProvinceBuild } from '@tthc/compiler';
import { procedureMermaid } from '@tthc/diagram';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildOf } from '../compiler/build-helper.js';
import { expectGolden } from '../golden-helper.js';

// Mermaid's parser needs a DOM (DOMPurify hooks) even to parse: give it one from jsdom.
let parse: (text: string) => Promise<unknown>;
let build: ProvinceBuild;
beforeAll(async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    parse = text => mermaid.parse(text);
    build = await buildOf('examples/lam-dong');
});

const hostile = (procedure: ProcedureModel): ProcedureModel => ({
    ...procedure,
    steps: procedure.steps.map((step, i) => i === 0 ? { ...step, title: '<script>alert(1)</script> "><img src=x onerror=alert(1)> & #quot; `code` |x| [a] {b} (c)' } : step)
});

describe('the Mermaid flowchart', () => {
    test('every example procedure parses with the mermaid package own parser', async () => {
        expect(build.procedures.length).toBe(19);
        for (const procedure of build.procedures) {
            await expect(parse(procedureMermaid(procedure)), procedure.code).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        }
    });

    test('every procedure as published (cases, bodies, the applicant, time not counted) parses too', async () => {
        const published = await buildOf('test/compiler/fixtures/published');
        for (const procedure of published.procedures) {
            await expect(parse(procedureMermaid(procedure)), procedure.code).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        }
    });

    test('a broken diagram is rejected: the parse test can fail', async () => {
        await expect(parse('flowchart LR\n  A[["unclosed\n')).rejects.toThrow();
    });

    test('lanes by level and unit, a node per step, an edge per transition target, exceptions dashed, the critical path styled', () => {
        const procedure = build.procedures.find(p => p.code === '1.012855')!;
        const text = procedureMermaid(procedure);
        expect(text.match(/^\s+subgraph L\d/gm)?.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i <= procedure.steps.length; i++) {
            expect(text).toMatch(new RegExp(`^\\s+S${i}\\["`, 'm'));
        }
        const targets = procedure.steps.flatMap(step => step.transitions.flatMap(t => t.targets));
        expect(text.match(/^ {2}S\d+ (-->|-\.->)/gm)?.length).toBe(targets.length + procedure.steps.filter(s => s.transitions.length === 0).length);
        expect(text).toContain('-.->|"Hồ sơ chưa đầy đủ"|');
        expect(text).toMatch(/class S\d+(,S\d+)* critical/);
        expect(text).toContain('[["Công an xã, phường, đặc khu"]]');
    });

    test('hostile text stays text and the diagram still parses', async () => {
        const procedure = hostile(build.procedures[0]);
        const text = procedureMermaid(procedure);
        expect(text).not.toMatch(/<script|<img|"><|`code`|\|x\|/);
        expect(text).toContain('#60;script#62;alert#40;1#41;#60;/script#62;');
        await expect(parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    });

    test('golden files, and the same text every time', () => {
        for (const code of ['2.000884', '1.012855']) {
            const procedure = build.procedures.find(p => p.code === code)!;
            const text = procedureMermaid(procedure);
            expect(procedureMermaid(procedure)).toBe(text);
            expectGolden(`mermaid/${code}.mmd`, text);
        }
    });
});
