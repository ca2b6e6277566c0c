import type { ValidationAcceptor } from 'langium';
import type { DossierComponent, Fee, Handover, LegalCitation, Procedure, Province, Step, Unit } from '../../generated/ast.js';
import { isStep } from '../../generated/ast.js';
import { parseAmount } from '../../semantics/amounts.js';
import type { HandoverPart } from '../messages.js';
import { report } from '../report.js';
import { findSupersededText, hasDocumentNumber } from '../superseded-texts.js';

/**
 * `1.001193`, optionally followed by an agency code (`2.000815.000.00.00.H55`) or, as provincial
 * decisions print their local copies, by the province's code alone (`1.014466.H12`).
 */
export const procedureCodePattern = /^[0-9]\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}|\.[A-Z][0-9]{2})?$/;
/** `000.00.00.H30` (QCVN 102:2016/BTTTT). */
export const agencyCodePattern = /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$/;

export function checkProcedureCode(procedure: Procedure, accept: ValidationAcceptor): void {
    if (procedure.code !== undefined && !procedureCodePattern.test(procedure.code)) {
        report(accept, 'code-format', { code: procedure.code }, { node: procedure, property: 'code' });
    }
}

export function checkUnitAgencyCode(unit: Unit, accept: ValidationAcceptor): void {
    if (unit.agencyCode !== undefined && !agencyCodePattern.test(unit.agencyCode)) {
        report(accept, 'agency-code-format', { code: unit.agencyCode }, { node: unit, property: 'agencyCode' });
    }
}

export function checkProvinceCodes(province: Province, accept: ValidationAcceptor): void {
    if (province.agencyCode !== undefined && !agencyCodePattern.test(province.agencyCode)) {
        report(accept, 'agency-code-format', { code: province.agencyCode }, { node: province, property: 'agencyCode' });
    }
    if (province.adminCode !== undefined && !/^[0-9]{2}$/.test(province.adminCode)) {
        report(accept, 'admin-code-format', { code: province.adminCode }, { node: province, property: 'adminCode' });
    }
}

/** Fees are whole, non-negative VND; a cap is at least the fee; pages count from 1. */
export function checkFee(fee: Fee, accept: ValidationAcceptor): void {
    if (fee.amount === undefined) {
        return; // cut short by a syntax error, which is reported
    }
    const amount = parseAmount(fee.amount);
    if (amount.negative) {
        report(accept, 'fee-invalid', { amount: fee.amount, reason: 'negative' }, { node: fee, property: 'amount' });
    } else if (amount.notWhole) {
        report(accept, 'fee-invalid', { amount: fee.amount, reason: 'not-whole' }, { node: fee, property: 'amount' });
    }
    if (fee.cap !== undefined) {
        const cap = parseAmount(fee.cap);
        if (cap.negative) {
            report(accept, 'fee-invalid', { amount: fee.cap, reason: 'negative' }, { node: fee, property: 'cap' });
        } else if (cap.notWhole) {
            report(accept, 'fee-invalid', { amount: fee.cap, reason: 'not-whole' }, { node: fee, property: 'cap' });
        } else if (!amount.negative && !amount.notWhole && cap.value < amount.value) {
            report(accept, 'fee-invalid', { amount: fee.cap, reason: 'cap-below-amount' }, { node: fee, property: 'cap' });
        }
    }
    if (fee.fromPage !== undefined && fee.fromPage < 1) {
        report(accept, 'fee-invalid', { amount: String(fee.fromPage), reason: 'first-page' }, { node: fee, property: 'fromPage' });
    }
}

/**
 * A citation of a text that was replaced. The number says what is cited; the title is read only when
 * the number holds no document number (`legal "Nghị định 61/2018/NĐ-CP"` written as a title), because
 * a title may mention the text that the cited one amends or guides.
 */
export function checkLegalCitation(citation: LegalCitation, accept: ValidationAcceptor): void {
    const property = citation.number && hasDocumentNumber(citation.number) ? 'number' : 'title';
    const text = citation[property] ?? citation.number;
    const superseded = text ? findSupersededText(text) : undefined;
    if (superseded) {
        report(accept, 'superseded-legal-basis', { number: superseded.number, replacement: superseded.replacement, title: superseded.title }, { node: citation, property: citation[property] ? property : 'number' });
    }
}

/** A hand-over names its partner and its sub-deadline. */
export function checkHandover(handover: Handover, accept: ValidationAcceptor): void {
    const missing: HandoverPart[] = [];
    if (!handover.partner) missing.push('partner agency');
    if (!handover.deadline) missing.push('sub-deadline');
    if (missing.length > 0 && isStep(handover.$container)) {
        report(accept, 'handover-incomplete', { step: handover.$container.name, missing }, { node: handover, keyword: 'handover' });
    }
}

/** A fully online procedure needs no presence: no site inspection, no original paper. */
export function checkFullOnline(procedure: Procedure, accept: ValidationAcceptor): void {
    if (procedure.online !== 'full') {
        return;
    }
    procedure.steps.filter((step: Step) => step.kind === 'inspection').forEach(step =>
        report(accept, 'full-online-in-person', { what: 'inspection', name: step.name }, { node: step, property: 'kind' }));
    procedure.documents.filter((doc: DossierComponent) => doc.paper === 'original').forEach(doc =>
        report(accept, 'full-online-in-person', { what: 'original', name: doc.title }, { node: doc, property: 'paper' }));
}
