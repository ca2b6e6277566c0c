import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { ruleSeverities, type IssueCode } from './issue-codes.js';
import { messageFor, type MessageArgs } from './messages.js';

/**
 * Reports a finding under its stable code: the severity comes from the rule table, the sentence
 * from the message catalogue, and the code travels both as the diagnostic's `code` and in `data`
 * so that code actions can switch on it.
 */
export function report<C extends IssueCode, N extends AstNode>(
    accept: ValidationAcceptor,
    code: C,
    args: MessageArgs<C>,
    where: Omit<DiagnosticInfo<N>, 'code' | 'data'>
): void {
    accept(ruleSeverities[code], messageFor(code, args), { ...where, code, data: { code } } as DiagnosticInfo<N>);
}
