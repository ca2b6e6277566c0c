import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { isTthcFile, type Procedure } from '../../generated/ast.js';
import { lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { procedureTimeSummary, type FlowTimeSummary, type LimitSummary, type ProcedureTimeSummary } from './procedure-time-summary.js';

/** The command a lens runs: the VS Code extension opens the procedure's workflow diagram. */
export const SHOW_DIAGRAM_COMMAND = 'tthc.showDiagram';

/**
 * Lenses on each procedure's `procedure` line: for its own flow and each case's, the planned counted
 * time (and the time not counted) against the published total and the statutory time, one lens per
 * distinct limit. Clicking it opens the diagram
 * (`tthc.showDiagram` with `[documentUri, procedureName]`).
 */
export class TthcCodeLensProvider implements CodeLensProvider {
    constructor(protected readonly services: TthcLspServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const root = document.parseResult.value;
        if (!isTthcFile(root)) {
            return [];
        }
        return root.procedures.flatMap(procedure => this.lensesOf(document, procedure));
    }

    protected lensesOf(document: LangiumDocument, procedure: Procedure): CodeLens[] {
        const keyword = procedure.$cstNode;
        if (!keyword || !procedure.name) {
            return [];
        }
        // The lens sits on the `procedure` line: a zero-width range at the declaration's start.
        const range: Range = { start: keyword.range.start, end: keyword.range.start };
        const command = (title: string): CodeLens => ({
            range,
            command: { title, command: SHOW_DIAGRAM_COMMAND, arguments: [document.uri.toString(), procedure.name] }
        });
        // The texts of the locale at this request: a change of language needs no restart.
        const texts = lspTexts(this.services.i18n.Locale);
        return lensTitles(procedureTimeSummary(procedure, texts), texts).map(command);
    }
}

/**
 * The lens titles of a procedure, one per flow (its own, then each case's) and distinct limit:
 * `planned 7h of 1 working day`; with time not counted and a published total, `planned 15wd (+1wd not
 * counted) of 15 days published, statutory 15 working days`; `⚠ over by 2h: …` when the plan exceeds the
 * limit, `⚠ not the published total: …` when it differs from the published total (a lens has no colour,
 * so the warning sign and the words lead the title). Channels with the same statutory time share a lens;
 * when they differ, each lens names its channels. A case's lenses name the case (`case XacMinh: …`) and
 * are checked against the case's own time when it has one. In the language of `texts` (English by
 * default), which should be the one the summary was made with.
 */
export function lensTitles(summary: ProcedureTimeSummary, texts: LspTexts = lspTexts('en')): string[] {
    if (summary.flows.length === 0) {
        return [unknownTitle(summary, texts)];
    }
    return summary.flows.flatMap(flow => flowTitles(flow, summary, texts));
}

function flowTitles(flow: FlowTimeSummary, summary: ProcedureTimeSummary, texts: LspTexts): string[] {
    const caseName = flow.case?.name;
    if (flow.plannedText === undefined) {
        return [caseName !== undefined ? texts.text('lens.caseMissing', { case: caseName }) : unknownTitle(summary, texts)];
    }
    const values = {
        planned: flow.plannedText,
        uncounted: flow.uncountedText !== undefined ? texts.text('lens.uncounted', { time: flow.uncountedText }) : '',
        published: flow.publishedText ?? ''
    };
    const mismatch = flow.publishedComparison === 'over' || flow.publishedComparison === 'under';
    const titleOf = (limit: LimitSummary | undefined, named: boolean): string => {
        const plain = limit === undefined
            ? texts.text(flow.publishedText !== undefined ? 'lens.plannedPublishedOnly' : 'lens.noChannel', values)
            : texts.text(flow.publishedText !== undefined ? 'lens.plannedPublished' : 'lens.planned', { ...values, statutory: limit.text });
        const channels = named && limit ? limit.channels.map(c => texts.text(`channel.${c.channel.kind}`)).join(', ') : '';
        if (limit?.comparison === 'over') {
            const difference = limit.differenceText ?? '?';
            if (caseName !== undefined) return texts.text('lens.caseOver', { case: caseName, difference, text: channels ? texts.text('lens.channels', { channels, text: plain }) : plain });
            return channels ? texts.text('lens.channelsOver', { channels, difference, text: plain }) : texts.text('lens.over', { difference, text: plain });
        }
        const text = channels ? texts.text('lens.channels', { channels, text: plain }) : plain;
        if (mismatch) return caseName !== undefined ? texts.text('lens.caseMismatch', { case: caseName, text }) : texts.text('lens.mismatch', { text });
        return caseName !== undefined ? texts.text('lens.case', { case: caseName, text }) : text;
    };
    if (flow.limits.length === 0) return [titleOf(undefined, false)];
    return flow.limits.map(limit => titleOf(limit, flow.limits.length > 1));
}

function unknownTitle(summary: ProcedureTimeSummary, texts: LspTexts): string {
    switch (summary.unknownReason) {
        case 'mixed-day-kinds': return texts.text('lens.mixed');
        case 'no-steps': return texts.text('lens.noSteps');
        default: return texts.text('lens.missing');
    }
}
