import type { CodeAction, Range } from 'vscode-languageserver-types';
import { isStep, type Procedure } from '../../generated/ast.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { stepPerformer } from '../../semantics/performers.js';
import { performerName, unitOf } from '../../semantics/units.js';
import { catalogueUnits, localLevelOf, oneStopCandidates, preferredCandidate } from './catalogue-candidates.js';
import { editIn, quickFix, type DocumentEdit, type FixContext } from './quick-fix.js';
import { returnStepTime } from './return-step-time.js';
import { continuation, indentationAt, lineBreakOf } from './text-edits.js';

const RETURN_NAME = 'TraKetQua';
const RETURN_TITLE = 'Trả kết quả';

/**
 * `last-step-return` on a step that returns nothing: lead it to the procedure's `return` step when it
 * has one; otherwise add `step TraKetQua "Trả kết quả" return by <one-stop>.<officer> <time>` after
 * the last main-flow step, and lead the step that ends the path to it.
 */
export function addReturnStep(context: FixContext): CodeAction[] {
    const { node: end, property } = context.target;
    if (!isStep(end) || property !== 'name' || end.transitions.length > 0) return [];
    const procedure = end.$container;
    const returns = procedure.steps.filter(step => step.kind === 'return' && step !== end);
    if (returns.length > 0) {
        return returns.map(step => quickFix(context.texts.text('fix.leadToReturn', { step: end.name, target: step.name }), context.diagnostic,
            [editIn(context.document, at(context, end.$cstNode!.end), continuation(context.document, end, `-> ${step.name}`))], returns.length === 1, 'lead-to-return'));
    }
    const name = freeName(procedure);
    const time = returnStepTime(procedure, end);
    return returnPerformers(context, procedure).map(({ performer, preferred }) => quickFix(
        context.texts.text('fix.addReturnStep', { name, performer, time, step: end.name }),
        context.diagnostic,
        insertions(context, [
            { offset: end.$cstNode!.end, text: continuation(context.document, end, `-> ${name}`) },
            newStep(context, procedure, `step ${name} "${RETURN_TITLE}" return by ${performer} ${time}`)
        ]),
        preferred,
        'add-return-step'
    ));
}

/**
 * Who returns results: the performer of the reception when it is a one-stop unit of the procedure's
 * level (results are returned where dossiers were received), else the one-stop units of the
 * procedure's level in the catalogue.
 */
function returnPerformers(context: FixContext, procedure: Procedure): Array<{ performer: string; preferred: boolean }> {
    const level = localLevelOf(procedure);
    const first = stepGraphOf(procedure).first;
    const reception = first ? stepPerformer(first) : undefined;
    const unit = unitOf(reception);
    if (unit?.kind === 'one-stop' && unit.level && (unit.level === level || (procedure.boundaryIndependent && unit.level !== 'district'))) {
        return [{ performer: performerName(reception), preferred: true }];
    }
    const levels = level ? [level] : ['commune', 'province'];
    const candidates = oneStopCandidates(catalogueUnits(context.services, context.document), levels);
    const preferred = preferredCandidate(candidates, level);
    return candidates.map(candidate => ({ performer: candidate.name, preferred: candidate === preferred }));
}

/** The new step's text, after the last main-flow step, separated from it as the steps are from each other. */
function newStep(context: FixContext, procedure: Procedure, text: string): { offset: number; text: string } {
    const document = context.document;
    const source = document.textDocument.getText();
    const mainFlow = stepGraphOf(procedure).mainFlow;
    const after = [...procedure.steps].reverse().find(step => mainFlow.has(step)) ?? procedure.steps[procedure.steps.length - 1];
    const cst = after.$cstNode!;
    // After a trailing comment on the step's last line, not before it.
    const lineEnd = source.indexOf('\n', cst.end);
    const rest = source.slice(cst.end, lineEnd < 0 ? source.length : lineEnd).replace(/\r$/, '');
    const offset = rest.trim() === '' || rest.trim().startsWith('//') ? cst.end + rest.length : cst.end;
    const eol = lineBreakOf(document);
    return { offset, text: `${eol}${blankLinesBetweenSteps(procedure, source) ? eol : ''}${indentationAt(document, cst.offset)}${text}` };
}

function blankLinesBetweenSteps(procedure: Procedure, source: string): boolean {
    return procedure.steps.slice(1).some((step, i) =>
        /\n[ \t]*\r?\n/.test(source.slice(procedure.steps[i].$cstNode!.end, step.$cstNode!.offset)));
}

// Insertions in document order; two at one offset become one edit, in the order given.
function insertions(context: FixContext, parts: ReadonlyArray<{ offset: number; text: string }>): DocumentEdit[] {
    const merged = new Map<number, string>();
    for (const { offset, text } of parts) merged.set(offset, (merged.get(offset) ?? '') + text);
    return [...merged].map(([offset, text]) => editIn(context.document, at(context, offset), text));
}

function at(context: FixContext, offset: number): Range {
    const position = context.document.textDocument.positionAt(offset);
    return { start: position, end: position };
}

function freeName(procedure: Procedure): string {
    const taken = new Set(procedure.steps.map(step => step.name));
    let name = RETURN_NAME;
    for (let i = 2; taken.has(name); i++) name = `${RETURN_NAME}${i}`;
    return name;
}
