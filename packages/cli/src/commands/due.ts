import { AstUtils, type AstNode } from 'langium';
import { isTthcFile, procedureDueTimes, sourceText, type ChannelKindName, type Member, type Procedure, type ProcedureDueProblem } from '@tthc/language';
import { cliLanguage } from '../cli-language.js';
import { cliMessages } from '../cli-messages.js';
import { dueJson, dueReportOf } from '../due/due-report.js';
import { dueText } from '../due/due-text.js';
import { summarise } from '../report/summary.js';
import { textReport } from '../report/text-report.js';
import { collectFiles, UsageError } from '../workspace/collect-files.js';
import { checkWorkspace } from '../workspace/load-workspace.js';
import { displayPath, skippedLines, type CommandResult } from './check.js';

/** Options of `tthc due`. */
export interface DueOptions {
    /** The procedure or group member, by name or code. */
    readonly procedure: string;
    /** The receipt, ISO 8601 (`2026-12-31T15:30`, Vietnam's time unless an offset is given). */
    readonly received: string;
    readonly channel?: ChannelKindName;
    /** The case the dossier falls in, by name. */
    readonly condition?: string;
    readonly format: 'text' | 'json';
}

/** How many procedures a "no such procedure" line names before it says how many more there are. */
export const LISTED_PROCEDURES = 10;

interface Candidate {
    readonly target: Procedure | Member;
    readonly path: string;
}

/**
 * `tthc due <path> --procedure <name or code> --received <date-time> [--channel …] [--condition …]`: the due
 * time of each step of the procedure (or group member) for a dossier received then, on its province's working
 * calendar, the appointment date and the statutory limit, as text or JSON. The path is a file or a province's
 * folder; only the chosen procedure's file must be free of errors (else they are printed, exit 1). A problem
 * (unknown procedure, channel or case, a case needed, no calendar, a date that is not one) is one line, exit 2.
 */
export async function runDue(path: string, options: DueOptions): Promise<CommandResult> {
    const selection = collectFiles([path]);
    const skipped = skippedLines(selection);
    const workspace = await checkWorkspace(selection.loaded);
    const named = new Set(selection.checked);
    const candidates: Candidate[] = [];
    for (const document of workspace.documents) {
        const root = document.parseResult.value;
        if (!named.has(document.uri.fsPath) || !isTthcFile(root)) continue;
        for (const procedure of root.procedures) {
            candidates.push({ target: procedure, path: document.uri.fsPath });
            for (const member of procedure.members) candidates.push({ target: member, path: document.uri.fsPath });
        }
    }
    const chosen = pick(candidates, options.procedure, path);
    // Only the chosen procedure's file must be free of errors: the rest of the province may be work in progress.
    const own = workspace.files.filter(f => f.path === chosen.path);
    if (summarise(own).errors > 0) {
        return { stdout: '', stderr: skipped + textReport(own, summarise(own), displayPath) + `tthc: ${cliMessages.due.fixErrors}\n`, exitCode: 1 };
    }
    const times = procedureDueTimes(chosen.target, { received: options.received, channel: options.channel, condition: options.condition });
    if (times.kind !== 'due') throw new UsageError(problemMessage(times, chosen.target, options));
    const report = dueReportOf(chosen.target, times);
    // Where to declare the missing year: the province's calendar block.
    const calendarAt = positionOf(times.province.calendar ?? times.province);
    const warnings = report.warnings.map(w => `tthc: ${calendarAt}: ${cliMessages.due.yearNotCovered(w.year)}\n`).join('');
    const stdout = options.format === 'json' ? dueJson(report) : dueText(report, cliLanguage());
    return { stdout, stderr: skipped + warnings, exitCode: 0 };
}

function pick(candidates: readonly Candidate[], name: string, path: string): Candidate {
    if (candidates.length === 0) throw new UsageError(cliMessages.due.noProcedures(path));
    const found = candidates.filter(c => c.target.name === name || c.target.code === name);
    if (found.length === 1) return found[0];
    if (found.length > 1) {
        throw new UsageError(cliMessages.due.manyProcedures(name, found.map(c => `${labelOf(c.target)} ${sourceText(displayPath(c.path))}`)));
    }
    const known = candidates.slice(0, LISTED_PROCEDURES).map(c => labelOf(c.target));
    throw new UsageError(cliMessages.due.noSuchProcedure(path, name, known, candidates.length - known.length));
}

// `Name (code)`, or the name alone: what the user can write after --procedure.
function labelOf(target: Procedure | Member): string {
    return target.code === undefined ? sourceText(target.name) : `${sourceText(target.name)} (${sourceText(target.code)})`;
}

function problemMessage(problem: ProcedureDueProblem, target: Procedure | Member, options: DueOptions): string {
    const say = cliMessages.due;
    switch (problem.kind) {
        case 'invalid-received': return say.invalidReceived(problem.received);
        case 'no-province': return say.noProvince(target.name);
        case 'no-calendar': return `${positionOf(problem.province)}: ${say.noCalendar(problem.province.name)}`;
        case 'unknown-channel': return say.unknownChannel(target.name, problem.channel, problem.channels);
        case 'unknown-condition': return say.unknownCondition(target.name, problem.condition, problem.cases.map(c => sourceText(c)));
        case 'condition-required': return say.conditionRequired(target.name, problem.cases.map(c => sourceText(c)));
        case 'incomplete': return say.incomplete(target.name, options.condition);
        case 'no-working-time': return `${positionOf(problem.province.calendar ?? problem.province)}: ${say.noWorkingTime(target.name)}`;
    }
}

/** `path:line:column` of a declaration (1-based), as the check's report writes positions. */
function positionOf(node: AstNode): string {
    const start = node.$cstNode?.range.start;
    const path = displayPath(AstUtils.getDocument(node).uri.fsPath);
    return start ? `${path}:${start.line + 1}:${start.character + 1}` : path;
}
