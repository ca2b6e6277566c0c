import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isCase, isProcedure, isStep, type Case, type Channel } from '../../generated/ast.js';
import { provinceOf } from '../../semantics/time-rules.js';
import { timingOf } from '../../semantics/timing.js';
import { nestedTargets } from './diagnostic-target.js';
import { insertionAfterHeader } from './level-fixes.js';
import { editIn, quickFix, type FixContext } from './quick-fix.js';
import { workingLiteral } from './return-step-time.js';
import { attributeSpan, removal, textOf } from './text-edits.js';

/**
 * `day-kind-unstated`: say what a bare day (`3d`) is, for the procedure or once for the province (in
 * its catalogue, which may be another file). `days working`, since that is how the day counts while
 * nobody says: the numbers stay as they are. Which of the two is meant is the user's choice.
 */
export function stateDayKind(context: FixContext): CodeAction[] {
    const procedure = AstUtils.getContainerOfType(context.target.node, isProcedure);
    if (!procedure || procedure.dayKind !== undefined) return [];
    const insert = insertionAfterHeader(context, procedure);
    const fixes = [quickFix(context.texts.text('fix.daysWorkingProcedure'), context.diagnostic, [editIn(context.document, insert.range, insert.text('days working'))])];
    const province = provinceOf(procedure);
    const brace = province?.$cstNode ? GrammarUtils.findNodeForKeyword(province.$cstNode, '{') : undefined;
    if (province && brace && province.dayKind === undefined) {
        // In the header, before the `{`: `province P "…" code 68 days working {`.
        const document = AstUtils.getDocument(province);
        const before = document.textDocument.getText().charAt(brace.offset - 1);
        const at = brace.range.start;
        fixes.push(quickFix(context.texts.text('fix.daysWorkingProvince'), context.diagnostic,
            [editIn(province, { start: at, end: at }, /\s/.test(before) ? 'days working ' : ' days working ')]));
    }
    return fixes;
}

/**
 * `case-without-limit`: give the case a `time`, starting from the channels' statutory time (what its
 * path is checked against while it has none, so nothing else changes), or else the counted time of
 * its path; the user then writes the case's own.
 */
export function addCaseTime(context: FixContext): CodeAction[] {
    const node = context.target.node;
    if (!isCase(node) || node.time || !node.$cstNode) return [];
    const time = channelTime(node.$container.channels) ?? pathTime(node);
    if (time === undefined) return [];
    const document = context.document;
    const brace = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    let edit;
    if (brace) {
        const after = document.textDocument.getText().charAt(brace.end);
        edit = editIn(document, { start: brace.range.end, end: brace.range.end }, ` time ${time}${/\s/.test(after) ? '' : ' '}`);
    } else {
        const end = node.$cstNode.range.end;
        edit = editIn(document, { start: end, end }, ` { time ${time} }`);
    }
    return [quickFix(context.texts.text('fix.addCaseTime', { time, case: node.name }), context.diagnostic, [edit], true)];
}

// The statutory time of the in-person channel (the one the published tables give), else of the first
// channel with one, as written.
function channelTime(channels: readonly Channel[]): string | undefined {
    const timed = channels.filter(channel => channel.time && !channel.time.notRegulated);
    const time = (timed.find(channel => channel.kind === 'in-person') ?? timed[0])?.time;
    if (!time) return undefined;
    if (time.sameDay) return time.sameDayCutOff ? `same-day cut-off ${time.sameDayCutOff}` : 'same-day';
    return time.duration?.$cstNode?.text;
}

function pathTime(c: Case): string | undefined {
    const timing = timingOf(c.$container);
    const cost = timing.flows.find(flow => flow.case === c)?.critical?.cost;
    if (cost === undefined || cost <= 0) return undefined;
    return timing.mode === 'calendar' ? `${Math.ceil(cost)}cd` : workingLiteral(cost);
}

/** `part-time-and-step-time`: the part's one time covers its steps, so the step's own time goes. */
export function removeStepTime(context: FixContext): CodeAction[] {
    const target = nestedTargets(context.target).find(t => isStep(t.node) && t.property === 'time');
    if (!target || !isStep(target.node)) return [];
    const step = target.node;
    const part = step.part?.ref;
    if (!part?.time) return [];
    const span = attributeSpan(target.cst);
    return [quickFix(context.texts.text('fix.removeStepTime', { time: textOf(context.document, span), step: step.name, part: part.name }), context.diagnostic,
        [removal(context.document, span)], true)];
}
