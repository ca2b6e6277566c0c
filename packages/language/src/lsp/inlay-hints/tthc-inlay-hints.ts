import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { CstUtils, type AstNode, type CstNode } from 'langium';
import { InlayHintKind, type MarkupContent } from 'vscode-languageserver';
import { isStep, type Procedure, type Step } from '../../generated/ast.js';
import { stepGraphOf } from '../../semantics/procedure-graph.js';
import { cumulativeTimesOf, timingOf } from '../../semantics/timing.js';
import { procedureTimeSummary } from '../code-lens/procedure-time-summary.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';

/**
 * Inlay hints: after each main-flow step's duration (or, without one, after its header), the
 * cumulative time at the end of the step along the main flow, `Σ 1d 4h`. Steps on exception paths
 * get `off main flow` instead, so that a missing total is never mistaken for a forgotten one.
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
        const graph = stepGraphOf(procedure);
        if (!graph.mainFlow.has(node)) {
            const why = graph.reachable.has(node)
                ? `is on an exception path (reached through \`on incomplete\`, \`on rejected\` or \`on late\`)`
                : 'is not reached from the first step';
            acceptor({
                position, paddingLeft: true, label: 'off main flow',
                tooltip: markdown(`Step \`${node.name}\` ${why}: its time does not count towards the planned time of the procedure.`)
            });
            return;
        }
        const cumulative = cumulativeTimesOf(procedure).get(node);
        if (cumulative === undefined) {
            // A step without a time (reported by its own check) or after one: no total to show.
            return;
        }
        const timing = timingOf(procedure);
        acceptor({
            position, paddingLeft: true, kind: InlayHintKind.Type, label: `Σ ${timing.format(cumulative)}`,
            tooltip: markdown(tooltipText(procedure, node, timing.format(cumulative)))
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

function tooltipText(procedure: Procedure, step: Step, cumulative: string): string {
    const lines = [`Cumulative time at the end of step \`${step.name}\` along the main flow: **${cumulative}** (the longest main-flow path that reaches it; a hand-over adds its \`within\` time).`];
    const summary = procedureTimeSummary(procedure);
    if (summary.plannedText !== undefined) {
        // The in-person channel is the reference the published tables give; otherwise the first one.
        const timed = summary.channels.filter(c => c.statutory !== undefined);
        const reference = timed.find(c => c.kind === 'in-person') ?? timed[0];
        lines.push(`Planned time of the procedure: ${summary.plannedText}${reference ? ` of ${reference.statutoryText} (${reference.kind})` : ''}.`);
    }
    return lines.join('\n\n');
}

function markdown(value: string): MarkupContent {
    return { kind: 'markdown', value };
}
