// Procedures far longer than anyone writes (an editor must never hang on a pasted file): the work
// grows with the size of the procedure, and no graph walk recurses once per step. No time limits:
// recursion shows as a stack overflow, quadratic work as a count of operations.
import { criticalPath, cumulativeTimesOf, stepGraphOf, SUGGESTION_BUDGET, timingOf, type Procedure, type TthcFile } from '@tthc/language';
import { describe, expect, test, vi } from 'vitest';
import { Diagnostic } from 'vscode-languageserver-types';
import { renderChain, renderLongProcedure } from '../../scripts/bench/generator/long-procedure.mjs';
import { buildReferenceCatalogue, renderReferenceCatalogue } from '../../scripts/bench/generator/reference-shape.mjs';
import { workspace } from './check-helper.js';

const catalogue = renderReferenceCatalogue(buildReferenceCatalogue());

async function procedureOf(text: string) {
    const ws = await workspace({ 'catalogue.tthc': catalogue, 'procedures/p.tthc': text });
    const document = ws.document('procedures/p.tthc')!;
    return { ws, document, procedure: (document.parseResult.value as TthcFile).procedures[0] as Procedure };
}

describe('long procedures', () => {
    test('a 10,000-step chain written last step first: clean, and its cumulative times are computed without recursion', async () => {
        const { document, procedure } = await procedureOf(renderChain(10_000, { reversed: true }));
        expect(document.diagnostics ?? []).toEqual([]);
        const last = procedure.steps.find(step => step.name === 'B10000')!;
        // Walking back from the last step to the first goes through all 10,000: recursion overflows the stack.
        expect(cumulativeTimesOf(procedure).get(last)).toBe(10_000 * 60);
        expect(timingOf(procedure).critical?.steps).toHaveLength(10_000);
    });

    test('linking a procedure of n steps looks at each local declaration a bounded number of times', async () => {
        const steps = 2_000;
        const text = renderLongProcedure(steps);
        // Every description of a step or form is tested against the reference type it may answer;
        // a scope that searched the procedure's steps for each reference did that n²/2 times.
        const { ws } = await procedureOf(renderChain(3));
        const reflection = ws.services.shared.AstReflection;
        const isSubtype = vi.spyOn(reflection, 'isSubtype');
        await ws.write('procedures/p.tthc', text);
        expect(ws.document('procedures/p.tthc')!.diagnostics ?? []).toEqual([]);
        expect(isSubtype.mock.calls.length).toBeLessThan(20 * steps);
        isSubtype.mockRestore();
    });

    test('did-you-mean stops suggesting once a document has used its budget of comparisons', async () => {
        // 1,200 steps that each lead to an unknown name: 1,200 suggestions of 1,200 comparisons each
        // would be 1.44 million, past the budget of a million.
        const steps = 1_200;
        expect(steps * steps).toBeGreaterThan(SUGGESTION_BUDGET);
        const text = renderChain(steps).replace(/-> B/g, '-> C');
        const { document } = await procedureOf(text);
        const unknown = (document.diagnostics ?? []).filter(d => d.code === 'unknown-reference');
        expect(unknown).toHaveLength(steps);
        expect(unknown[0].message).toBe("There is no step in this procedure named 'C2'; did you mean 'B2'?");
        const suggested = unknown.filter(d => Diagnostic.getMessageString(d).includes('did you mean'));
        expect(suggested.length).toBeGreaterThan(0);
        expect(suggested.length).toBeLessThanOrEqual(Math.ceil(SUGGESTION_BUDGET / steps));
        expect(unknown.at(-1)!.message).toBe(`There is no step in this procedure named 'C${steps}': declare it, or correct the name.`);
    });

    test('repeated channels and outcomes are reported without searching the procedure for each', async () => {
        // Langium finds the range of `{ node, property, index }` by walking the node's syntax tree with
        // `flatMap`: reporting each of n repeats that way walked n children n times.
        const repeats = 1_500;
        const text = renderChain(3)
            .replace('  result', `${'  channel in-person time 180min fee 0 VND\n'.repeat(repeats)}  result`)
            .replace('on incomplete -> BS', 'on incomplete -> BS'.repeat(repeats + 1).replaceAll('BSon', 'BS on'));
        const { ws, document } = await procedureOf(text);
        const found = (document.diagnostics ?? []).map(d => d.code);
        expect(found.filter(code => code === 'duplicate-channel')).toHaveLength(repeats);
        expect(found.filter(code => code === 'duplicate-outcome')).toHaveLength(repeats);
        const flatMap = Array.prototype.flatMap;
        let count = 0;
        Array.prototype.flatMap = function (this: unknown[], ...args: Parameters<typeof flatMap>) {
            count += this.length;
            return flatMap.apply(this, args);
        } as typeof flatMap;
        try {
            await ws.services.validation.DocumentValidator.validateDocument(document);
        } finally {
            Array.prototype.flatMap = flatMap;
        }
        expect(count).toBeLessThan(20 * repeats);
    });

    test('the critical path of a fork into 2,000 branches filters the fork\'s edges once, not once per branch', async () => {
        const branches = 2_000;
        const names = Array.from({ length: branches }, (_, i) => `N${i}`);
        const text = renderChain(3)
            .replace('-> B2 on incomplete', `-> ${names.join(', ')} on incomplete`)
            .replace('  step BS', `${names.map(n => `  step ${n} "Nhánh" appraisal by U0_2.CB 1h -> B2\n`).join('')}  step BS`);
        const { procedure } = await procedureOf(text);
        const graph = stepGraphOf(procedure);
        const filter = Array.prototype.filter;
        let count = 0;
        Array.prototype.filter = function (this: unknown[], ...args: Parameters<typeof filter>) {
            count += this.length;
            return filter.apply(this, args);
        } as typeof filter;
        let path;
        try {
            path = criticalPath(graph, () => 60);
        } finally {
            Array.prototype.filter = filter;
        }
        expect(path?.steps.map(s => s.name)).toEqual(['B1', 'N0', 'B2', 'B3']);
        expect(count).toBeLessThan(10 * branches);
    });
});
