import { procedureDueTimes, type ChannelKindName } from '@tthc/language';
import { duePlanMarkdown, dueProblemText, lspTexts, type LspTexts, type TthcClock } from '@tthc/language/lsp';
import type { LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { DueOptionsResult, DueTimesParams, DueTimesResult, ProcedureAtParams } from '../protocol.js';
import { procedureAt } from './procedure-at.js';

/**
 * Answers `tthc/dueOptions`: the channels (the default first) and the cases of the procedure at the cursor, and
 * the clock's "now" to prefill the receipt.
 */
export async function dueOptionsOf(shared: LangiumSharedCoreServices, params: ProcedureAtParams, token: CancellationToken, clock: TthcClock, texts: LspTexts = lspTexts('en')): Promise<DueOptionsResult> {
    const found = await procedureAt(shared, params, token);
    if (!found) return { kind: 'unavailable', reason: texts.text('request.noProcedure') };
    const { procedure } = found;
    const now = clock.now();
    // The default channel of procedureDueTimes (in person when declared) comes first.
    const kinds = [...new Set(procedure.channels.map(c => c.kind))];
    const ordered = [...kinds.filter(k => k === 'in-person'), ...kinds.filter(k => k !== 'in-person')];
    return {
        kind: 'options',
        procedure: procedure.name,
        channels: ordered.map(kind => ({ kind, label: texts.text(`channel.${kind}`) })),
        cases: procedure.cases.map(c => ({ name: c.name, title: c.title ?? '' })),
        ownFlow: procedureDueTimes(procedure, { received: now }).kind !== 'condition-required',
        now
    };
}

/**
 * Answers `tthc/dueTimes`: the due time of every step of the procedure at the cursor for the receipt, channel
 * and case asked, from the current (possibly unsaved) text, with a Markdown document of it; or one sentence
 * saying why there is none and what to do.
 */
export async function dueTimesOf(shared: LangiumSharedCoreServices, params: DueTimesParams, token: CancellationToken, texts: LspTexts = lspTexts('en')): Promise<DueTimesResult> {
    const found = await procedureAt(shared, params, token);
    if (!found) return { kind: 'unavailable', reason: texts.text('request.noProcedure') };
    const { procedure } = found;
    const result = procedureDueTimes(procedure, {
        received: String(params.received),
        ...(params.channel !== undefined ? { channel: params.channel as ChannelKindName } : {}),
        ...(params.condition !== undefined ? { condition: params.condition } : {})
    });
    if (result.kind !== 'due') return { kind: 'unavailable', procedure: procedure.name, reason: stripMarkdown(dueProblemText(result, texts)) };
    const { plan } = result;
    return {
        kind: 'due',
        procedure: procedure.name,
        received: plan.received,
        clockStarts: plan.clockStarts,
        due: plan.due,
        duePlus: plan.duePlus,
        appointment: plan.appointment,
        ...(plan.limit !== undefined ? { limit: plan.limit } : {}),
        steps: plan.steps.map(s => ({ step: s.step, start: s.start, due: s.due, plus: s.plus, ...(s.notCounted !== undefined ? { notCounted: s.notCounted } : {}) })),
        yearsNotCovered: plan.warnings.map(w => w.year),
        markdown: duePlanMarkdown(procedure, result, texts)
    };
}

// A problem is shown in a notification, which does not render Markdown: names lose their backticks, emphasis its
// stars, and escaped characters their backslash.
function stripMarkdown(text: string): string {
    return text.replace(/`([^`]*)`/g, "'$1'").replace(/(?<!\\)\*/g, '').replace(/\\(.)/g, '$1');
}
