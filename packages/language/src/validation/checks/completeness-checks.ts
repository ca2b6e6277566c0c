import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type { Member, Procedure, Step, Unit, Unresolved } from '../../generated/ast.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import type { MissingAttribute } from '../messages.js';
import { report } from '../report.js';

/** What a procedure must state for the Portal and for the checks to have something to check. */
export function checkProcedureComplete(procedure: Procedure, accept: ValidationAcceptor): void {
    const missing = (attribute: MissingAttribute, example: string): void =>
        report(accept, 'missing-attribute', { what: 'Procedure', name: procedure.name, attribute, example }, { node: procedure, property: 'name' });
    // In a group, each member has its own code and result (and may have its own channels).
    const members = procedure.members;
    const everyMember = (has: (member: (typeof members)[number]) => boolean): boolean => members.length > 0 && members.every(has);
    if (procedure.code === undefined && members.length === 0) missing('code', "'code 1.001193' with its code in the National Database");
    if (procedure.sector === undefined && !everyMember(m => m.sector !== undefined)) missing('sector', `'sector "Hộ tịch"'`);
    if (procedure.channels.length === 0 && !everyMember(m => m.channels.length > 0)) missing('channel', "'channel in-person time 1d fee 0 VND'");
    if (procedure.results.length === 0 && !everyMember(m => m.results.length > 0)) missing('result', `'result "Giấy khai sinh"'`);
    if (procedure.steps.length === 0) missing('steps', 'its internal procedure as `step` lines, starting with the reception');
}

/** A member of a group of procedures has its own record, so its own code. */
export function checkMemberComplete(member: Member, accept: ValidationAcceptor): void {
    if (member.code === undefined) {
        report(accept, 'missing-attribute', { what: 'Member', name: member.name, attribute: 'code', example: "'code 1.001193' with its code in the National Database" }, { node: member, property: 'name' });
    }
}

/** A unit says its level and kind. */
export function checkUnitComplete(unit: Unit, accept: ValidationAcceptor): void {
    if (unit.level === undefined) {
        report(accept, 'missing-attribute', { what: 'Unit', name: unit.name, attribute: 'level', example: "'level province' or 'level commune'" }, { node: unit, property: 'name' });
    }
    if (unit.kind === undefined) {
        report(accept, 'missing-attribute', { what: 'Unit', name: unit.name, attribute: 'kind', example: "'kind one-stop', 'kind department' or another kind" }, { node: unit, property: 'name' });
    }
}

/** A step says who performs it; a main-flow step also says how long it takes. */
export function checkStepComplete(step: Step, accept: ValidationAcceptor): void {
    if (!step.by) {
        report(accept, 'missing-attribute', { what: 'Step', name: step.name, attribute: 'performer', example: "'by Unit.Position'" }, { node: step, property: 'name' });
    }
    const procedure = step.$container;
    // A step that does not count (a return, the applicant's own) or shares its part's time needs none of
    // its own; nor does one whose part does not resolve (whether the part gives it a time is not known).
    const timeless = step.notCounted !== undefined || step.by?.main.applicant === true || step.part?.ref?.time !== undefined
        || (step.part !== undefined && step.part.ref === undefined);
    if (step.time === undefined && !timeless && stepGraphOf(procedure).mainFlow.has(step)) {
        report(accept, 'missing-attribute', { what: 'Step', name: step.name, attribute: 'time limit', example: "a duration such as '4h' or '0.5d'" }, { node: step, property: 'name' });
    }
}

// The attributes that may be written at most once, by node type: property name and keyword.
const record: ReadonlyArray<readonly [string, string]> = [
    ['code', 'code'], ['sector', 'sector'], ['level', 'level'], ['authority', 'authority'], ['online', 'online'], ['boundaryIndependent', 'boundary-independent']
];
const timeRules: ReadonlyArray<readonly [string, string]> = [
    ['dayKind', 'days'], ['workingDay', 'working-day'], ['cutOff', 'cut-off'], ['forwardPaperWithin', 'forward paper within']
];
const singleAttributes: Record<string, ReadonlyArray<readonly [property: string, keyword: string]>> = {
    Province: [['adminCode', 'code'], ['agencyCode', 'agency'], ['cutTarget', 'cut-target'], ...timeRules],
    Unit: [['level', 'level'], ['kind', 'kind'], ['agencyCode', 'agency'], ['wardTitle', 'ward-title']],
    Procedure: [...record, ...timeRules, ['total', 'total'], ['clockStartsAfter', 'clock starts after']],
    Member: record,
    Case: [['time', 'time'], ['total', 'total'], ['start', 'start'], ['clockStartsAfter', 'clock starts after']],
    Part: [['level', 'at'], ['subtotal', 'subtotal'], ['limit', 'limit'], ['time', 'time']],
    DossierComponent: [['paper', 'original/copy'], ['quantity', 'quantity'], ['form', 'form'], ['required', 'required'], ['optional', 'optional']],
    Step: [['kind', 'kind'], ['by', 'by'], ['time', 'time'], ['notCounted', 'not-counted'], ['part', 'in'], ['task', 'task'], ['handover', 'handover']]
};

/** An attribute written twice: the parser keeps the last, so the first would be lost silently. */
export function checkDuplicateAttributes(node: AstNode, accept: ValidationAcceptor): void {
    const attributes = singleAttributes[node.$type];
    if (!attributes || !node.$cstNode) {
        return;
    }
    const assigned = assignmentsOf(node);
    for (const [property, keyword] of attributes) {
        for (const extra of assigned.get(property)?.slice(1) ?? []) {
            report(accept, 'duplicate-attribute', { attribute: keyword }, { node, range: extra.range });
        }
    }
}

// The feature a grammar element assigns, cached: every CST node of a kind shares its grammar element.
const assignedFeatures = new WeakMap<object, string | null>();
function featureOf(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = assignedFeatures.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        assignedFeatures.set(source, feature);
    }
    return feature ?? undefined;
}

// The CST nodes of each feature the node assigns, in one pass (what `findNodesForProperty` finds for
// one feature): the node's own CST, not descending into the nodes of its children.
function assignmentsOf(node: AstNode): Map<string, CstNode[]> {
    const result = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, first: boolean): void => {
        const feature = first ? undefined : featureOf(cst);
        if (feature !== undefined) {
            const list = result.get(feature);
            if (list) list.push(cst);
            else result.set(feature, [cst]);
            return;
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            for (const child of cst.content) visit(child, false);
        }
    };
    visit(node.$cstNode!, true);
    return result;
}

/** A title is never blank. */
export function checkTitle(node: AstNode & { title?: string; name?: string }, accept: ValidationAcceptor): void {
    if (node.title !== undefined && node.title.trim() === '') {
        const what = node.$type === 'DossierComponent' ? 'a document' : node.$type === 'Result' ? 'a result' : node.$type.toLowerCase();
        report(accept, 'empty-title', { what, name: node.name }, { node, property: 'title' as never });
    }
}

/** One channel of each kind. */
export function checkChannels(procedure: Procedure, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const channel of procedure.channels) {
        if (seen.has(channel.kind)) {
            // At the channel itself, the same range as the procedure's `channels` at its index, without
            // searching the procedure's syntax tree for each repeat (quadratic in a pasted file).
            report(accept, 'duplicate-channel', { channel: channel.kind }, { node: channel });
        }
        seen.add(channel.kind);
    }
}

/**
 * What an import could not map faithfully (`unresolved "…"`): always an error, so that nothing an import
 * guessed reaches a build; the text says what was found and where.
 */
export function checkUnresolved(node: Unresolved, accept: ValidationAcceptor): void {
    report(accept, 'unresolved', { text: node.text }, { node });
}
