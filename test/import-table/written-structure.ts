// What a published table says of a procedure, read from the procedure as written (.tthc): each step's performers, time,
// whether it counts, its part and where it goes (steps by position), the parts' subtotals and shared times, the cases'
// totals and starts, the total's duration and the number of group members. Titles, tasks and notes are left out: the
// hand-written procedures of test/fixtures/published/ shorten them by design. Durations compare by value (`1/4d` is
// `0.25d`).
import { checkWorkspace } from '@tthc/cli';
import { isTthcFile, type PerformerRef, type Procedure } from '@tthc/language';

function ref(r: PerformerRef): string {
    const who = r.applicant ? 'applicant' : r.leadersOf ? `leaders of ${r.leadersOf.$refText}` : r.performer?.$refText ?? '';
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

/** The structure of a procedure as written. */
export function structure(procedure: Procedure): WrittenStructure {
    const index = new Map(procedure.steps.map((s, i) => [s.name, `#${i + 1}`]));
    const parts = procedure.parts.map(p => p.name);
    return {
        total: procedure.total ? (procedure.total.notRegulated ? 'not-regulated' : duration(procedure.total.duration?.value)) : '',
        members: procedure.members.length,
        cases: procedure.cases.map(c => `${duration(c.total?.duration?.value)} start ${c.start ? index.get(c.start.$refText) : ''}`),
        parts: procedure.parts.map(p => `subtotal ${duration(p.subtotal?.duration?.value)} time ${duration(p.time?.value)} limit ${duration(p.limit?.value)}`),
        steps: procedure.steps.map(s => [
            s.by ? [s.by.main, ...s.by.alternatives].map(ref).join(' or ') + (s.by.partners.length > 0 ? ` with ${s.by.partners.map(ref).join(', ')}` : '') : '-',
            duration(s.time?.value), s.notCounted ? 'not-counted' : '', s.part ? `part ${parts.indexOf(s.part.$refText)}` : '',
            s.transitions.map(t => `${t.outcome ? `on ${t.outcome} ` : ''}-> ${t.targets.map(x => index.get(x.$refText)).join(', ')}`).join(' ')
        ].join(' ; '))
    };
}

/** The procedure `name` of `file`, linked with the catalogue `catalogue`. */
export async function procedureIn(catalogue: string, file: string, name?: string): Promise<Procedure> {
    const { documents } = await checkWorkspace([catalogue, file]);
    const procedures = documents.filter(d => d.uri.fsPath === file).map(d => d.parseResult.value).filter(isTthcFile).flatMap(root => root.procedures);
    const found = name === undefined ? procedures[0] : procedures.find(p => p.name === name);
    if (!found) throw new Error(`no procedure ${name ?? ''} in ${file}`);
    return found;
}
