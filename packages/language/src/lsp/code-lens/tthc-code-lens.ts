import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { isTthcFile, type Procedure } from '../../generated/ast.js';
import { lspTexts, type LspTexts } from '../texts.js';
import type { TthcLspServices } from '../tthc-lsp-module.js';
import { procedureTimeSummary, type ChannelTimeSummary, type ProcedureTimeSummary } from './procedure-time-summary.js';

/** The command a lens runs: the VS Code extension opens the procedure's workflow diagram. */
export const SHOW_DIAGRAM_COMMAND = 'tthc.showDiagram';

/**
 * A lens on each procedure's `procedure` line: its planned main-flow time against its statutory
 * time, one lens per distinct statutory time among its channels. Clicking it opens the diagram
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
 * The lens titles of a procedure: `planned 7h of 1 working day`, and `⚠ over by 2h: planned 1d 2h
 * of 1 working day` when the plan exceeds the statutory time (a lens has no colour, so the warning
 * sign and the word lead the title). Channels with the same statutory time share a lens; when they
 * differ, each lens names its channels (`online: planned 7h of 2 working days`). In the language of
 * `texts` (English by default), which should be the one the summary was made with.
 */
export function lensTitles(summary: ProcedureTimeSummary, texts: LspTexts = lspTexts('en')): string[] {
    if (summary.plannedText === undefined) {
        return [unknownTitle(summary, texts)];
    }
    const groups = groupByStatutory(summary.channels);
    if (groups.length === 0) {
        return [texts.text('lens.noChannel', { planned: summary.plannedText })];
    }
    const named = groups.length > 1;
    return groups.map(group => {
        const first = group[0];
        const channels = named ? group.map(c => texts.text(`channel.${c.channel.kind}`)).join(', ') : '';
        const text = texts.text('lens.planned', { planned: summary.plannedText!, statutory: first.statutoryText });
        if (first.comparison === 'over') {
            const difference = first.differenceText ?? '?';
            return channels ? texts.text('lens.channelsOver', { channels, difference, text }) : texts.text('lens.over', { difference, text });
        }
        return channels ? texts.text('lens.channels', { channels, text }) : text;
    });
}

function unknownTitle(summary: ProcedureTimeSummary, texts: LspTexts): string {
    switch (summary.unknownReason) {
        case 'mixed-day-kinds': return texts.text('lens.mixed');
        case 'no-steps': return texts.text('lens.noSteps');
        default: return texts.text('lens.missing');
    }
}

// Channels whose statutory times are equal share one lens; a channel whose time cannot be compared
// (reported by its own check) gets none.
function groupByStatutory(channels: readonly ChannelTimeSummary[]): ChannelTimeSummary[][] {
    const groups = new Map<string, ChannelTimeSummary[]>();
    for (const channel of channels) {
        if (channel.statutory === undefined) continue;
        const key = channel.statutory.toFixed(2);
        const group = groups.get(key);
        if (group) group.push(channel);
        else groups.set(key, [channel]);
    }
    return [...groups.values()];
}
