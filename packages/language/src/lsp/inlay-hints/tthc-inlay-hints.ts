import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { CstUtils, type AstNode, type CstNode } from 'langium';
import { InlayHintKind, type MarkupContent } from 'vscode-languageserver';
import { isStep, type Procedure, type Step } from '../../generated/ast.js';
import { countedFromOf } from '../../semantics/counted-from.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { timingOf } from '../../semantics/timing.js';
import { flowCumulativeTimesOf } from '../../semantics/flow-cumulative-times.js';
import { procedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import { reasonOf } from '../hover/time-hover.js';
import { lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/**
 * Inlay hints: after each main-flow step's duration (or, without one, after its header), the
 * cumulative counted time at the end of the step along the procedure's own flow, `Σ 1wd 4h`, and in
 * each case that reaches it at another time, `Σ 1wd 4h · 2wd (XacMinh)`; a step whose time does not
 * count says so (`· not counted`), and one counted from an earlier step says from which (`· from the end of X`). Steps on exception paths get `off main flow` instead, so that a
 * missing total is never mistaken for a forgotten one.
 */
export class TthcInlayHintProvider extends AbstractInlayHintProvider {
    constructor(protected readonly services: TthcLspServices) {
        super();
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isStep(node)) {
            return;
        }
        const anchor = anchorOf(node);
        const procedure = node.$container as Procedure;
        if (!anchor || !procedure) {
            return;
        }
        const position = anchor.range.end;
        // The texts of the locale at this request: a change of language needs no restart.
        const texts = lspTexts(this.services.i18n.Locale);
        const graph = stepGraphOf(procedure);
        if (!graph.mainFlow.has(node)) {
            const why = graph.reachable.has(node) ? 'inlay.exceptionPath' : 'inlay.unreached';
            acceptor({
                position, paddingLeft: true, label: texts.text('inlay.offMainFlow'),
                tooltip: markdown(texts.text(why, { name: `\`${node.name}\`` }))
            });
            return;
        }
        const timing = timingOf(procedure);
        // The counted time at the end of the step on each flow that reaches it: the procedure's own first,
        // then each case that reaches it at another time.
        const flows = flowCumulativeTimesOf(procedure).filter(flow => flow.times.has(node));
        const own = flows.find(flow => flow.case === undefined)?.times.get(node);
        const cases = flows.filter(flow => flow.case !== undefined && flow.times.get(node) !== own);
        if (own === undefined && cases.length === 0) {
            // A step without a time (reported by its own check) or after one: no total to show.
            return;
        }
        const format = (amount: number): string => texts.duration(timing.format(amount));
        const parts = [
            ...(own !== undefined ? [format(own)] : []),
            ...cases.map(flow => texts.text('inlay.caseTime', { time: format(flow.times.get(node)!), case: flow.case!.name }))
        ];
        const uncounted = timing.uncounted(node);
        const notCounted = uncounted && (uncounted.reason !== 'not-counted' || node.notCounted) ? ` · ${texts.text('inlay.notCounted')}` : '';
        const from = countedFromOf(node);
        const fromText = from ? ` · ${texts.text('inlay.fromStep', { step: from.name })}` : '';
        acceptor({
            position, paddingLeft: true, kind: InlayHintKind.Type, label: `Σ ${parts.join(' · ')}${fromText}${notCounted}`,
            tooltip: markdown(tooltipText(procedure, node, own !== undefined ? format(own) : undefined, cases.map(flow => ({ case: flow.case!.name, time: format(flow.times.get(node)!) })), texts))
        });
    }
}

// The hint follows the duration when there is one (a hand-over's `within` counts too, so the
// hint goes after whichever comes last); otherwise the last token on the step's first line.
function anchorOf(step: Step): CstNode | undefined {
    const durations = [step.time?.$cstNode, step.handover?.deadline?.$cstNode].filter((n): n is CstNode => n !== undefined);
    if (durations.length > 0) {
        return durations.reduce((a, b) => (a.end >= b.end ? a : b));
    }
    const header = step.$cstNode;
    if (!header) {
        return undefined;
    }
    const line = header.range.start.line;
    let last: CstNode | undefined;
    for (const leaf of CstUtils.flattenCst(header)) {
        if (leaf.hidden) continue;
        if (leaf.range.start.line !== line) break;
        last = leaf;
    }
    return last;
}

function tooltipText(procedure: Procedure, step: Step, cumulative: string | undefined, cases: ReadonlyArray<{ case: string; time: string }>, texts: LspTexts): string {
    const lines = cumulative !== undefined ? [texts.text('inlay.cumulative', { name: `\`${step.name}\``, time: cumulative })] : [];
    lines.push(...cases.map(c => texts.text('inlay.caseCumulative', { case: `\`${c.case}\``, time: c.time })));
    const from = countedFromOf(step);
    if (from) lines.push(texts.text('inlay.fromStepWhy', { step: `\`${from.name}\`` }));
    const uncounted = timingOf(procedure).uncounted(step);
    if (uncounted && (uncounted.reason !== 'not-counted' || step.notCounted)) {
        lines.push(texts.text('inlay.notCountedWhy', { reason: reasonOf(step, uncounted.reason, texts) }));
    }
    const summary = procedureTimeSummary(procedure, texts);
    if (cumulative !== undefined && summary.plannedText !== undefined) {
        // The in-person channel is the reference the published tables give; otherwise the first one.
        const timed = summary.channels.filter(c => c.statutory !== undefined);
        const reference = timed.find(c => c.kind === 'in-person') ?? timed[0];
        lines.push(reference
            ? texts.text('inlay.plannedOf', { planned: summary.plannedText, statutory: reference.statutoryText, channel: texts.text(`channel.${reference.channel.kind}`) })
            : texts.text('inlay.planned', { planned: summary.plannedText }));
    }
    return lines.join('\n\n');
}

function markdown(value: string): MarkupContent {
    return { kind: 'markdown', value };
}
