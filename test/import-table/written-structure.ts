// What a published table says of a procedure, read from the procedure as written (.tthc): each step's performers (a
// body of the procedure without its name), time, whether it counts, its part and where it goes (steps by position), the
// parts' subtotals and shared times, the cases' totals and starts, the total's duration and the number of group
// members. Titles, tasks and notes are left out: the hand-written procedures of test/fixtures/published/ shorten them
// by design. Durations compare by value (`1/4d` is `0.25d`).
import { checkWorkspace } from '@tthc/cli';
import { isBody, isPart, isStep, isTthcFile, type PerformerRef, type Procedure } from '@tthc/language';
import { AstUtils, type AstNode } from 'langium';
import { proseMarks, type ProseItem } from './prose-marks.js';

function ref(r: PerformerRef): string {
    // A body set up during the procedure (a council) is named by whoever writes it: the import after the cell's words
    // ("Hội đồng"), a person after the decision's ("Hội đồng xét duyệt"). Like step names, its name is not compared.
    const who = r.applicant ? 'applicant' : r.leadersOf ? `leaders of ${r.leadersOf.$refText}` : isBody(r.performer?.ref) ? 'a body of the procedure' : r.performer?.$refText ?? '';
    return r.assigned ? `${who} assigned` : who;
}

function duration(value: string | undefined): string {
    const m = value ? /^(\d+)(?:\/(\d+)|(\.\d+))?([a-z]+)$/.exec(value) : null;
    if (!m) return value ?? '';
    return `${m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1] + (m[3] ?? ''))}${m[4]}`;
}

/** The structure of a procedure as a table carries it. */
export interface WrittenStructure {
    readonly total: string;
    readonly members: number;
    readonly cases: string[];
    readonly parts: string[];
    readonly steps: string[];
}

/**
 * The structure of a procedure as written. With `setAside`, the parts its comments mark as stated outside the table
 * (prose-marks.ts) are left out: a marked step and every transition to it, a marked part (and the steps' membership),
 * case or total, a marked alternative, partner, `assigned`, `not-counted`, transition or part time; a mark of
 * something the procedure does not write throws.
 */
export function structure(procedure: Procedure, setAside = false): WrittenStructure {
    const marks = setAside ? proseMarks(procedure) : new Map<AstNode, readonly ProseItem[]>();
    const where = (node: AstNode): string => `${AstUtils.getDocument(node).uri.fsPath}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
    const marked = (node: AstNode | undefined, kind: ProseItem['kind']): boolean => node !== undefined && (marks.get(node) ?? []).some(m => m.kind === kind);
    const names = (node: AstNode, kind: 'or' | 'with' | '->'): string[] => (marks.get(node) ?? []).flatMap(m => (m.kind === kind && 'name' in m ? [m.name] : []));
    // Every mark names something the procedure writes.
    for (const [node, items] of marks) {
        for (const m of items) {
            const fail = (): never => { throw new Error(`${where(node)}: marked '${m.kind}${'name' in m ? ` ${m.name}` : ''}' from the decision's text, but the ${node.$type.toLowerCase()} does not write it`); };
            if (['step', 'part', 'case', 'total'].includes(m.kind)) {
                if (node.$type.toLowerCase() !== m.kind && !(m.kind === 'total' && node === procedure.total)) fail();
            } else if (isPart(node)) {
                if (!['limit', 'subtotal', 'time'].includes(m.kind) || !node[m.kind as 'limit']) fail();
            } else if (isStep(node)) {
                const refs = node.by ? [node.by.main, ...node.by.alternatives] : [];
                const ok = m.kind === 'or' && 'name' in m ? refs.some(r => sameRef(r, m.name))
                    : m.kind === 'with' && 'name' in m ? (node.by?.partners ?? []).some(r => sameRef(r, m.name))
                        : m.kind === '->' && 'name' in m ? node.transitions.some(t => t.targets.some(x => x.$refText === m.name))
                            : m.kind === 'assigned' ? refs.some(r => r.assigned)
                                : m.kind === 'not-counted' ? node.notCounted !== undefined : false;
                if (!ok) fail();
            } else {
                fail();
            }
        }
    }
    const steps = procedure.steps.filter(s => !marked(s, 'step'));
    const partList = procedure.parts.filter(p => !marked(p, 'part'));
    const index = new Map(steps.map((s, i) => [s.name, `#${i + 1}`]));
    const parts = partList.map(p => p.name);
    const keep = (node: AstNode, refs: readonly PerformerRef[], kind: 'or' | 'with'): PerformerRef[] => refs.filter(r => !names(node, kind).some(n => sameRef(r, n)));
    const refText = (node: AstNode, r: PerformerRef): string => (marked(node, 'assigned') ? ref(r).replace(/ assigned$/, '') : ref(r));
    return {
        total: procedure.total && !marked(procedure.total, 'total') ? (procedure.total.notRegulated ? 'not-regulated' : duration(procedure.total.duration?.value)) : '',
        members: procedure.members.length,
        cases: procedure.cases.filter(c => !marked(c, 'case')).map(c => `${duration(c.total?.duration?.value)} start ${c.start ? index.get(c.start.$refText) ?? '' : ''}`),
        parts: partList.map(p => `subtotal ${marked(p, 'subtotal') ? '' : duration(p.subtotal?.duration?.value)} time ${marked(p, 'time') ? '' : duration(p.time?.value)} limit ${marked(p, 'limit') ? '' : duration(p.limit?.value)}`),
        steps: steps.map(s => {
            const performers = s.by ? keep(s, [s.by.main, ...s.by.alternatives], 'or') : [];
            const partners = s.by ? keep(s, s.by.partners, 'with') : [];
            const transitions = s.transitions
                .map(t => ({ outcome: t.outcome, targets: t.targets.map(x => x.$refText).filter(x => index.has(x) && !names(s, '->').includes(x)) }))
                .filter(t => t.targets.length > 0);
            return [
                performers.length > 0 ? performers.map(r => refText(s, r)).join(' or ') + (partners.length > 0 ? ` with ${partners.map(r => refText(s, r)).join(', ')}` : '') : '-',
                duration(s.time?.value), s.notCounted && !marked(s, 'not-counted') ? 'not-counted' : '', s.part && parts.includes(s.part.$refText) ? `part ${parts.indexOf(s.part.$refText)}` : '',
                transitions.map(t => `${t.outcome ? `on ${t.outcome} ` : ''}-> ${t.targets.map(x => index.get(x)).join(', ')}`).join(' ')
            ].join(' ; ');
        })
    };
}

// A performer as a mark names it: as the structure writes it, with or without `assigned`.
function sameRef(r: PerformerRef, name: string): boolean {
    return ref(r) === name || ref(r) === `${name} assigned` || r.performer?.$refText === name;
}

/** The procedure `name` of `file`, linked with the catalogue `catalogue`. */
export async function procedureIn(catalogue: string, file: string, name?: string): Promise<Procedure> {
    const { documents } = await checkWorkspace([catalogue, file]);
    const procedures = documents.filter(d => d.uri.fsPath === file).map(d => d.parseResult.value).filter(isTthcFile).flatMap(root => root.procedures);
    const found = name === undefined ? procedures[0] : procedures.find(p => p.name === name);
    if (!found) throw new Error(`no procedure ${name ?? ''} in ${file}`);
    return found;
}
