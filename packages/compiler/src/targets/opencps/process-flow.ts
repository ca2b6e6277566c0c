import type { ProcedureModel, ProvinceBuild, StepModel } from '../../model/procedure-model.js';
import { relativeSource } from '../target.js';
import { uniqueCodes } from './codes.js';
import { outputPartNo } from './dossier-template.js';
import { durationText, stepHours } from './durations.js';
import { DONE_STATUS, actionName, dossierStatus, groupName, handoverChannelText } from './kinds.js';
import { type OpenCpsRole, processRoles } from './roles.js';

/**
 * The closing step: OpenCPS ends a dossier by its status, so after a `return` step that ends a path the
 * officer's action "Đã trả kết quả" moves the dossier to this step, whose status is `done`. Step codes made
 * from names never contain `-`, so this code cannot clash with one.
 */
export const CLOSING_STEP_CODE = 'HOAN-THANH';

/**
 * The action that starts a dossier: an empty `preStepCode` and the `submit` event, under the code OpenCPS v2
 * gives the submission (`1100`). Action codes made from step codes always contain `-`, so they never clash.
 */
export const SUBMIT_ACTION_CODE = '1100';

/** A ProcessStep (and its ProcessSequence) before it is written. */
export interface StepSpec {
    readonly code: string;
    readonly name: string;
    readonly sequenceNo: string;
    readonly groupName: string;
    readonly status: string;
    readonly hours: number;
    readonly instruction: string;
    readonly role: OpenCpsRole;
}

/** A ProcessAction before it is written. */
export interface ActionSpec {
    readonly code: string;
    readonly name: string;
    readonly pre: string;
    readonly post: string;
    readonly autoEvent: string;
    readonly returnFiles: string;
    readonly note: string;
}

/** The workflow of a procedure in OpenCPS's terms. */
export interface ProcessFlow {
    readonly roles: readonly OpenCpsRole[];
    readonly steps: readonly StepSpec[];
    readonly actions: readonly ActionSpec[];
}

// The step's task, then the hand-over it makes, if any.
function instruction(step: StepModel): string {
    const handover = step.handover;
    if (!handover) {
        return step.task ?? '';
    }
    const channel = handoverChannelText(handover.channel);
    const note = `Liên thông: chuyển ${handover.partner.title}${channel ? ` qua ${channel}` : ''}, thời hạn ${durationText(handover.deadline).toLowerCase()}`;
    return step.task ? `${step.task}. ${note}` : note;
}

/**
 * The roles, steps and actions of a procedure:
 * - one role per distinct performer (`Unit.Position`, or `Unit`);
 * - one step per step, in declaration order, with its time limit in working hours, its status, its task
 *   and its performer; then the closing step when a path ends in a return;
 * - the submission into the first step; one action per transition target (a parallel fork gives one per
 *   branch, an exception outcome its own name and code); the closing actions.
 */
export function processFlow(build: ProvinceBuild, procedure: ProcedureModel, roleCodes: ReadonlyMap<string, string>): ProcessFlow {
    if (procedure.steps.length === 0) {
        // A checked procedure has steps; a hand-made model may not, and the schema needs one.
        throw new Error(`procedure '${procedure.code}' has no step: an OpenCPS process needs at least one`);
    }
    const { roles, roleOf } = processRoles(procedure, roleCodes);
    const codes = uniqueCodes(procedure.steps.map(step => step.id));
    const stepById = new Map(procedure.steps.map(step => [step.id, step]));
    const codeOf = (id: string): string => {
        const code = codes.get(id);
        if (code === undefined) {
            throw new Error(`procedure '${procedure.code}' leads to an unknown step '${id}'`);
        }
        return code;
    };
    const closing = procedure.steps.filter(step => step.kind === 'return' && step.transitions.length === 0);
    const closes = new Set(closing);
    const width = Math.max(2, String(procedure.steps.length + 1).length);
    const sequenceNo = (n: number): string => String(n).padStart(width, '0');

    const steps: StepSpec[] = procedure.steps.map(step => ({
        code: codeOf(step.id),
        name: step.title,
        sequenceNo: sequenceNo(step.sequence),
        groupName: groupName(step),
        status: dossierStatus(step),
        hours: stepHours(step),
        instruction: instruction(step),
        role: roleOf(step)
    }));
    if (closing.length > 0) {
        steps.push({
            code: CLOSING_STEP_CODE,
            name: 'Hoàn thành (đã trả kết quả)',
            sequenceNo: sequenceNo(procedure.steps.length + 1),
            groupName: 'Hoàn thành',
            status: DONE_STATUS,
            hours: 0,
            instruction: 'Hồ sơ đã được trả kết quả cho người nộp',
            role: roleOf(closing[0])
        });
    }

    const returnFiles = procedure.results.map((_, i) => outputPartNo(i)).join(',');
    const actions: ActionSpec[] = [{
        code: SUBMIT_ACTION_CODE, name: 'Nộp hồ sơ', pre: '', post: codeOf(procedure.steps[0].id), autoEvent: 'submit', returnFiles: '',
        note: 'Hồ sơ được nộp: vào bước đầu tiên của quy trình'
    }];
    for (const step of procedure.steps) {
        const from = codeOf(step.id);
        for (const transition of step.transitions) {
            const where = relativeSource(build, transition.source);
            transition.targets.forEach((id, i) => {
                const to = codeOf(id);
                const fork = transition.targets.length > 1 ? `; nhánh song song ${i + 1}/${transition.targets.length}` : '';
                actions.push({
                    code: transition.outcome === 'default' ? `${from}-${to}` : `${from}-${transition.outcome}-${to}`,
                    name: actionName(transition.outcome, stepById.get(id)!),
                    pre: from,
                    post: to,
                    autoEvent: '',
                    returnFiles: '',
                    note: `${where.file}:${where.line}${fork}`
                });
            });
        }
        if (closes.has(step)) {
            actions.push({
                code: `${from}-${CLOSING_STEP_CODE}`, name: 'Đã trả kết quả, kết thúc hồ sơ', pre: from, post: CLOSING_STEP_CODE, autoEvent: '',
                returnFiles, note: 'Trả các thành phần kết quả cho người nộp'
            });
        }
    }

    return { roles, steps, actions };
}
