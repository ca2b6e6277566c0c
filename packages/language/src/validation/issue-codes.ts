/** How serious a rule's finding is. */
export type RuleSeverity = 'error' | 'warning' | 'info';

/**
 * Every diagnostic code the language reports, with its severity. The codes are stable: tools,
 * quick fixes and `docs/rules.md` refer to them.
 */
export const ruleSeverities = {
    // reading and linking
    'syntax-error': 'error',
    'unknown-reference': 'error',
    'file-encoding': 'error',
    'file-empty': 'warning',
    'file-too-large': 'error',
    // the two-level model
    'district-level': 'error',
    'district-unit-title': 'warning',
    'abolished-body-title': 'warning',
    'merged-department': 'warning',
    'ward-variant': 'warning',
    'procedure-level': 'error',
    'level-mismatch': 'error',
    'sector-agency-step': 'warning',
    'successor-at-district': 'error',
    'successor-of-local-body': 'warning',
    'duplicate-successor': 'error',
    // time
    'time-over-statutory': 'error',
    'time-under-statutory': 'info',
    'mixed-day-kinds': 'error',
    'invalid-duration': 'error',
    'day-kind-unstated': 'warning',
    'total-mismatch': 'error',
    'total-over-statutory': 'error',
    'cut-arithmetic': 'error',
    'cut-below-target': 'warning',
    'part-without-steps': 'error',
    'part-over-limit': 'error',
    'part-time-and-step-time': 'error',
    'case-without-limit': 'error',
    'case-unused': 'warning',
    'from-step-not-before': 'error',
    'from-step-not-on-step': 'error',
    'from-step-overrun': 'error',
    // the step graph
    'first-step-reception': 'error',
    'last-step-return': 'error',
    'missing-approval': 'warning',
    'unreachable-step': 'error',
    'dead-end-step': 'error',
    'cycle-without-exit': 'error',
    'no-supplement-path': 'warning',
    'duplicate-outcome': 'error',
    // data formats and consistency
    'code-format': 'error',
    'agency-code-format': 'error',
    'admin-code-format': 'error',
    'duplicate-code': 'error',
    'duplicate-name': 'error',
    'full-online-in-person': 'error',
    'fee-invalid': 'error',
    'superseded-legal-basis': 'warning',
    'handover-incomplete': 'error',
    'missing-attribute': 'error',
    'duplicate-attribute': 'error',
    'duplicate-channel': 'error',
    'empty-title': 'error',
    // issue 13: what an import left for a person
    'unresolved': 'error',
    // issue 10: signatures, fees as published, the electronic procedure
    'signer-not-authority': 'warning',
    'appraisal-without-refusal': 'warning',
    'fee-overlap': 'error',
    'fee-bracket-gap': 'error',
    'fee-bracket-discontinuous': 'warning',
    'fee-unit-mixed': 'warning',
    'payment-without-fee': 'warning',
    'document-channel-undeclared': 'warning',
    // issue 12: the working calendar
    'calendar-impossible-date': 'error',
    'calendar-date-outside-year': 'error',
    'calendar-duplicate-date': 'error',
    'calendar-day-off-and-make-up': 'error',
    'calendar-no-sessions': 'error',
    'calendar-empty-session': 'error',
    'calendar-weekdays-backwards': 'error',
    'calendar-overlapping-sessions': 'error',
    'calendar-cut-off-outside-hours': 'warning',
    'calendar-holiday-on-day-not-worked': 'info',
    'calendar-make-up-on-working-day': 'warning',
    'calendar-make-up-like-day-not-worked': 'error',
    // issue 14: rule settings (`tthc-rules.json`) and suppressions that say why
    'config-invalid': 'error',
    'config-protected-rule': 'error',
    'suppression-without-reason': 'warning',
    'suppression-unknown-code': 'warning',
    'suppression-not-allowed': 'warning',
    'unused-suppression': 'warning'
} as const satisfies Record<string, RuleSeverity>;

/** A stable diagnostic code. */
export type IssueCode = keyof typeof ruleSeverities;

/** All codes, in the order of the rule reference. */
export const issueCodes = Object.keys(ruleSeverities) as IssueCode[];

/** Whether a string is one of the language's diagnostic codes. */
export function isIssueCode(code: unknown): code is IssueCode {
    return typeof code === 'string' && Object.hasOwn(ruleSeverities, code);
}
