import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { ruleSeverities, type IssueCode } from './issue-codes.js';
import { messageFor, type MessageArgs } from './messages.js';

/** A diagnostic's info as `report` passes it: with the message's arguments, to say it in another language. */
export type LocalizableInfo = Omit<DiagnosticInfo<AstNode>, 'code' | 'data'> & {
    code: IssueCode;
    data: { code: IssueCode };
    messageArgs: unknown;
};

/**
 * Reports a finding under its stable code: the severity comes from the rule table, the sentence
 * from the message catalogue, and the code travels both as the diagnostic's `code` and in `data`
 * so that code actions can switch on it. The sentence is English here; the document validator says
 * it again in the language of the services (`TthcLocale`) from the arguments it finds in the info.
 */
export function report<C extends IssueCode, N extends AstNode>(
    accept: ValidationAcceptor,
    code: C,
    args: MessageArgs<C>,
    where: Omit<DiagnosticInfo<N>, 'code' | 'data'>
): void {
    const info = { ...where, code, data: { code }, messageArgs: args } satisfies Omit<LocalizableInfo, 'node'>;
    accept(ruleSeverities[code], messageFor(code, args), info as unknown as DiagnosticInfo<N>);
}
