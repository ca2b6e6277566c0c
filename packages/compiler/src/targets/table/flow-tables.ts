import type { FlowModel, ProcedureModel } from '../../model/procedure-model.js';
import { mainFlowOf, type MainFlow } from './flow.js';

/** One table of steps: the procedure's own, or a case's ("a) Trường hợp …"). */
export interface FlowTable {
    /** `a) Trường hợp không thành lập hội đồng`; absent for the procedure's own table. */
    readonly heading?: string;
    readonly flow: MainFlow;
    /** The flow's time, when every step on it has one. */
    readonly timing?: FlowModel;
    readonly caseId?: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letter(index: number): string {
    return index < LETTERS.length ? LETTERS[index] : String(index + 1);
}

/**
 * The tables of steps a procedure publishes: its own (when its own flow reaches a result), then one per
 * case that has a table of its own (`start`), or per case when its own flow splits into cases, lettered
 * as the decisions letter them ("a) Trường hợp …", "b) Trường hợp …"). A case that only branches off the
 * procedure's own table (`when Case ->`) is shown in that table instead.
 */
export function flowTables(procedure: ProcedureModel): FlowTable[] {
    const own = procedure.timing.flows.find(f => f.caseId === undefined);
    const separate = procedure.cases.filter(c => !procedure.timing.ownFlowComplete || c.start !== undefined);
    if (separate.length === 0) {
        return [{ flow: mainFlowOf(procedure), ...(own ? { timing: own } : {}) }];
    }
    const tables: FlowTable[] = [];
    if (procedure.timing.ownFlowComplete && own) {
        tables.push({ flow: mainFlowOf(procedure, new Set(own.steps)), timing: own });
    }
    separate.forEach((c, i) => {
        const timing = procedure.timing.flows.find(f => f.caseId === c.id);
        const steps = timing?.steps ?? [];
        tables.push({
            heading: `${letter(i)}) ${c.title}`,
            flow: mainFlowOf(procedure, new Set(steps)),
            caseId: c.id,
            ...(timing ? { timing } : {})
        });
    });
    return tables;
}
