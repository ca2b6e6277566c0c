import { ruleSeverities, type IssueCode, type RuleSeverity } from '../validation/issue-codes.js';

/** What a project may set a rule to in `tthc-rules.json`: a severity, or `off`. */
export type RuleLevel = RuleSeverity | 'off';

/** The levels, from the weakest. */
export const ruleLevels: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Whether a value is one of the levels. */
export function isRuleLevel(value: unknown): value is RuleLevel {
    return typeof value === 'string' && (ruleLevels as readonly string[]).includes(value);
}

/** Why a rule cannot be weakened by a setting nor suppressed in a file. */
export type ProtectedWhy = 'unreadable' | 'reason-required' | 'settings';

// A file that cannot be read or linked is not checked at all: lowering these would hide that every
// other rule went unchecked and the outputs would be built from half a procedure. The reason a
// suppression must give is the point of suppressions; the settings' own findings would hide
// themselves.
const protectedRules: Partial<Record<IssueCode, ProtectedWhy>> = {
    'syntax-error': 'unreadable',
    'unknown-reference': 'unreadable',
    'file-encoding': 'unreadable',
    'file-too-large': 'unreadable',
    'suppression-without-reason': 'reason-required',
    'config-invalid': 'settings',
    'config-protected-rule': 'settings'
};

/** Why a rule may not be lowered below its default nor suppressed, or `undefined` when it may. */
export function protectedWhy(code: IssueCode): ProtectedWhy | undefined {
    return protectedRules[code];
}

// The findings about suppressions and settings are about the comment or file itself: a comment
// cannot silence them (a suppression of `unused-suppression` would be unused by definition).
const aboutSettings: ReadonlySet<IssueCode> = new Set([
    'config-invalid', 'config-protected-rule', 'suppression-without-reason', 'suppression-unknown-code', 'suppression-not-allowed', 'unused-suppression'
]);

/** Why a `tthc-ignore` comment may not name a code, or `undefined` when it may. */
export function unsuppressibleWhy(code: IssueCode): ProtectedWhy | undefined {
    return protectedRules[code] ?? (aboutSettings.has(code) ? 'settings' : undefined);
}

/** Whether setting a rule to `level` would make it weaker than its default severity. */
export function weakens(code: IssueCode, level: RuleLevel): boolean {
    return ruleLevels.indexOf(level) < ruleLevels.indexOf(ruleSeverities[code]);
}
