import type { PublishedProcedure, PublishedStep } from './recognise-tables.js';
import { readTaskCell } from './task-cell.js';

// How the steps of an imported procedure follow one another: the rows of a table in order, steps side by side, and
// the exception table's branches.

/** Transitions as written on a step: "-> A", "-> B" become "-> A, B"; outcome branches ("on incomplete -> E1") follow. */
export function mergeTargets(transitions: readonly string[]): string[] {
    const plain = transitions.filter(t => t.startsWith('-> ')).map(t => t.slice(3));
    return [...(plain.length > 0 ? [`-> ${[...new Set(plain)].join(', ')}`] : []), ...new Set(transitions.filter(t => !t.startsWith('-> ')))];
}

/**
 * The targets of each step of a case, in table order: each step goes on to the next, except steps that run side by
 * side ("Thực hiện song song với Bước 6"): the step before them goes on to all of them, each of them to the step after.
 */
export function transitions(steps: readonly PublishedStep[]): string[][] {
    const next = steps.map((_s, i) => (steps[i + 1] ? [steps[i + 1].name] : []));
    for (let i = 0; i < steps.length; i++) {
        if (readTaskCell(steps[i].task.text).parallelWith.length === 0) continue;
        let end = i;
        while (end + 1 < steps.length && readTaskCell(steps[end + 1].task.text).parallelWith.length > 0) end++;
        const group = steps.slice(i, end + 1).map(s => s.name);
        if (i > 0) next[i - 1] = group;
        for (let k = i; k <= end; k++) next[k] = steps[end + 1] ? [steps[end + 1].name] : [];
        i = end;
    }
    return next;
}

/**
 * The main-flow paths past the next row a step's task cell states ("Trường hợp đạt yêu cầu: chuyển Bước 6."), as
 * transitions of each step of a case (`on approved -> B6`), to the step of that number in the same case.
 */
export function jumps(steps: readonly PublishedStep[]): string[][] {
    const byLabel = new Map(steps.map(s => [s.label, s.name]));
    return steps.map(step => readTaskCell(step.task.text).jumps
        .map(j => byLabel.get(j.step) === undefined ? undefined : `${j.outcome ? `on ${j.outcome} ` : ''}-> ${byLabel.get(j.step)}`)
        .filter((t): t is string => t !== undefined));
}

const OUTCOME_KINDS = { incomplete: 'supplement-request', rejected: 'refusal', late: 'apology' } as const;

/**
 * The steps of the exception table: each row a step `E1`, `E2`… of the kind its situation says (a supplement
 * request, a refusal, an apology; a row "(tiếp theo)" by its task), reached `on <outcome>` from the steps it arises at,
 * going on to the steps its last column names; a row "Chuyển đến Bước N" only adds the branch back into the flow.
 */
export function exceptionSteps(procedure: PublishedProcedure): { steps: Array<{ step: PublishedStep; targets: string[]; kind?: string }>; extra: Map<string, string[]> } {
    const byNumber = new Map<string, string>();
    for (const path of procedure.cases) for (const step of path.steps) if (!byNumber.has(step.label)) byNumber.set(step.label, step.name);
    const extra = new Map<string, string[]>();
    const add = (from: string | undefined, transition: string): void => {
        if (from) extra.set(from, [...(extra.get(from) ?? []), transition]);
    };
    const named = procedure.exceptions.filter(e => !e.goesTo).map((e, i) => ({ exception: e, name: `E${i + 1}`, title: readTaskCell(e.task!.text).title }));
    const byTitle = new Map(named.map(n => [n.title, n.name]));
    // A main step by its title (in a document with several case tables "Bước 3" is the third of its own table), else
    // by its number; the steps a case table repeats are all meant.
    const mainByTitle = new Map<string, string[]>();
    for (const path of procedure.cases) {
        for (const step of path.steps) {
            const title = readTaskCell(step.task.text).title;
            mainByTitle.set(title, [...(mainByTitle.get(title) ?? []), step.name]);
        }
    }
    const resolveAll = (ref: { number?: string; title: string }): string[] => {
        const main = mainByTitle.get(ref.title);
        if (main) return main;
        const step = ref.number ? byNumber.get(ref.number) : byTitle.get(ref.title);
        return step ? [step] : [];
    };
    const resolve = (ref: { number?: string; title: string }): string | undefined => resolveAll(ref)[0];
    for (const exception of procedure.exceptions) {
        if (exception.goesTo) {
            for (const source of exception.sources) for (const from of resolveAll(source)) add(from, `on ${exception.outcome} -> ${byNumber.get(exception.goesTo) ?? exception.goesTo}`);
        }
    }
    const steps = named.map(({ exception, name }) => {
        for (const source of exception.sources) for (const from of resolveAll(source)) add(from, exception.continuation ? `-> ${name}` : `on ${exception.outcome} -> ${name}`);
        const targets = exception.next.map(resolve).filter((t): t is string => t !== undefined).map(t => `-> ${t}`);
        const step: PublishedStep = {
            name, label: '', row: exception.row, task: exception.task!, performers: [exception.performer!],
            ...(exception.time ? { time: exception.time } : {}), ...(exception.product ? { product: exception.product } : {})
        };
        return { step, targets, ...(exception.continuation ? {} : { kind: OUTCOME_KINDS[exception.outcome] }) };
    });
    return { steps: [...steps, ...branchSteps(procedure, extra, steps.length)], extra };
}

/**
 * The branches a main step's task cell states in words ("- Trường hợp hồ sơ chưa đầy đủ … thì hướng dẫn bổ sung …"):
 * each a step `E<n>` performed by the step's own performers, with no time of its own (the table gives none), reached
 * `on incomplete` or `on rejected` from it, ending there. A step the exception table already branches on that outcome
 * keeps that branch only; the steps a case table repeats share one branch step.
 */
function branchSteps(procedure: PublishedProcedure, extra: Map<string, string[]>, numbered: number): Array<{ step: PublishedStep; targets: string[]; kind: string }> {
    const out: Array<{ step: PublishedStep; targets: string[]; kind: string }> = [];
    const byKey = new Map<string, string>();
    for (const path of procedure.cases) {
        for (const source of path.steps) {
            for (const branch of readTaskCell(source.task.text).branches) {
                if ((extra.get(source.name) ?? []).some(t => t.startsWith(`on ${branch.outcome} `))) continue;
                const key = `${readTaskCell(source.task.text).title}\n${branch.outcome}\n${branch.text}`;
                let name = byKey.get(key);
                if (!name) {
                    name = `E${numbered + out.length + 1}`;
                    byKey.set(key, name);
                    const title = branch.text.charAt(0).toLocaleUpperCase('vi') + branch.text.slice(1);
                    out.push({ step: { name, label: '', row: source.row, task: { ...source.task, text: title }, performers: source.performers }, targets: [], kind: OUTCOME_KINDS[branch.outcome] });
                }
                extra.set(source.name, [...(extra.get(source.name) ?? []), `on ${branch.outcome} -> ${name}`]);
            }
        }
    }
    return out;
}
