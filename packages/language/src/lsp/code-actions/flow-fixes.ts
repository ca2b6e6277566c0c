import type { CodeAction } from 'vscode-languageserver-types';
import { isStep, isTransition, type Transition } from '../../generated/ast.js';
import { quickFix, type FixContext } from './quick-fix.js';
import { appendTo, removal } from './text-edits.js';

/**
 * `no-supplement-path`: lead an incomplete dossier from the reception to the procedure's
 * `supplement-request` step (preferred when there is exactly one). With none, nothing is offered:
 * which unit issues the request and on which form is not for a fix to guess.
 */
export function addSupplementPath(context: FixContext): CodeAction[] {
    const { node: reception, property } = context.target;
    if (!isStep(reception) || property !== 'name') return [];
    const requests = reception.$container.steps.filter(step => step.kind === 'supplement-request' && step !== reception);
    return requests.map(step => quickFix(context.texts.text('fix.addSupplementPath', { step: step.name, reception: reception.name }), context.diagnostic,
        [appendTo(context.document, reception, `on incomplete -> ${step.name}`)], requests.length === 1));
}

/**
 * `duplicate-outcome`: a transition that repeats an earlier one (same outcome, same targets) goes.
 * Two transitions of one outcome to different steps are a choice for the user, so nothing is offered.
 */
export function removeRepeatedTransition(context: FixContext): CodeAction[] {
    const { node: step, property, cst } = context.target;
    const transition = cst.astNode;
    if (!isStep(step) || property !== 'transitions' || !isTransition(transition)) return [];
    const repeated = step.transitions.slice(0, step.transitions.indexOf(transition))
        .some(earlier => earlier.outcome === transition.outcome && targetsOf(earlier) === targetsOf(transition));
    return repeated
        ? [quickFix(context.texts.text('fix.removeRepeated', { text: `'${cst.text.replace(/\s+/g, ' ')}'` }), context.diagnostic, [removal(context.document, { start: cst.offset, end: cst.end })], true)]
        : [];
}

function targetsOf(transition: Transition): string {
    return transition.targets.map(target => target.$refText).join(',');
}
