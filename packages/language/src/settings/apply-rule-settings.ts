import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { isIssueCode, type IssueCode } from '../validation/issue-codes.js';
import type { MessageArgs } from '../validation/messages.js';
import type { RuleLevel, ProtectedWhy } from './rule-levels.js';
import { unsuppressibleWhy } from './rule-levels.js';
import { covers, type Suppression } from './suppressions.js';

/** A finding a suppression silenced: still reported by `tthc check --format json`, with the reason. */
export interface SuppressedDiagnostic {
    readonly diagnostic: Diagnostic;
    readonly reason: string;
    /** The 1-based line of the suppression comment. */
    readonly line: number;
}

/** The findings of a document once the rule settings and the suppressions have been applied. */
export interface SettledDiagnostics {
    readonly kept: Diagnostic[];
    readonly suppressed: SuppressedDiagnostic[];
}

/** Makes a diagnostic of one of the language's codes (the validator's, in its language). */
export type DiagnosticMaker = <C extends IssueCode>(code: C, args: MessageArgs<C>, range: Range) => Diagnostic;

const severityOf: Record<Exclude<RuleLevel, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/**
 * Applies a document's rule levels and suppressions to its findings: a rule set to `off` is dropped,
 * another gets its level's severity; a finding covered by a suppression that names its code and
 * gives a reason moves to `suppressed`. Then the suppressions are judged: without a reason (they
 * suppress nothing), naming an unknown code or one that may not be suppressed, or suppressing
 * nothing; those findings go through the levels too (`unused-suppression` may be turned off).
 */
export function applyRuleSettings(
    diagnostics: readonly Diagnostic[],
    suppressions: readonly Suppression[],
    levelOf: (code: IssueCode) => RuleLevel,
    make: DiagnosticMaker
): SettledDiagnostics {
    const kept: Diagnostic[] = [];
    const suppressed: SuppressedDiagnostic[] = [];
    const used = new Set<string>();
    const active = suppressions.filter(s => s.reason !== undefined);
    for (const diagnostic of diagnostics) {
        const code = codeOf(diagnostic);
        if (code === undefined) {
            kept.push(diagnostic);
            continue;
        }
        const level = levelOf(code);
        if (level === 'off') continue;
        diagnostic.severity = severityOf[level];
        const by = unsuppressibleWhy(code) === undefined ? active.find(s => s.codes.includes(code) && covers(s, diagnostic.range)) : undefined;
        if (by) {
            used.add(`${suppressions.indexOf(by)}:${code}`);
            suppressed.push({ diagnostic, reason: by.reason!, line: by.range.start.line + 1 });
        } else {
            kept.push(diagnostic);
        }
    }
    const judged: Diagnostic[] = [];
    suppressions.forEach((suppression, index) => {
        if (suppression.codes.length === 0) {
            judged.push(make('suppression-unknown-code', { code: undefined }, suppression.range));
            return;
        }
        if (suppression.reason === undefined) {
            judged.push(make('suppression-without-reason', { codes: suppression.codes, placeholder: suppression.placeholder }, suppression.range));
            return;
        }
        for (const code of suppression.codes) {
            const why: ProtectedWhy | undefined = isIssueCode(code) ? unsuppressibleWhy(code) : undefined;
            if (!isIssueCode(code)) judged.push(make('suppression-unknown-code', { code }, suppression.range));
            else if (why !== undefined) judged.push(make('suppression-not-allowed', { code, why }, suppression.range));
            else if (!used.has(`${index}:${code}`)) judged.push(make('unused-suppression', { code }, suppression.range));
        }
    });
    for (const diagnostic of judged) {
        const level = levelOf(codeOf(diagnostic)!);
        if (level === 'off') continue;
        diagnostic.severity = severityOf[level];
        kept.push(diagnostic);
    }
    return { kept, suppressed };
}

function codeOf(diagnostic: Diagnostic): IssueCode | undefined {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    return isIssueCode(code) ? code : undefined;
}
