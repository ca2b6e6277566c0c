import type { ValidationAcceptor } from 'langium';
import type { DossierComponent, Handover, LegalCitation, Member, Procedure, Province, Step, Unit } from '../../generated/ast.js';
import { isStep } from '../../generated/ast.js';
import { clausesFor, documentOn } from '../../semantics/document-channels.js';
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

/** A procedure's code, or the code of a member of a group of procedures, is shaped as the National Database's. */
export function checkProcedureCode(record: Procedure | Member, accept: ValidationAcceptor): void {
    if (record.code !== undefined && !procedureCodePattern.test(record.code)) {
        report(accept, 'code-format', { code: record.code }, { node: record, property: 'code' });
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

/** A hand-over names its partner and its sub-deadline; the message asks only for what is missing. */
export function checkHandover(handover: Handover, accept: ValidationAcceptor): void {
    const missing: HandoverPart[] = [];
    if (!handover.partner) missing.push('partner agency');
    if (!handover.deadline) missing.push('sub-deadline');
    if (missing.length > 0 && isStep(handover.$container)) {
        report(accept, 'handover-incomplete', { step: handover.$container.name, missing }, { node: handover, keyword: 'handover' });
    }
}

/**
 * A fully online procedure needs no presence: no site inspection, no original paper that cannot be
 * filed electronically (`electronic` says an e-form or a digital file counts), no required document
 * accepted only on paper. A document is read as it is online (`original for in-person electronic for
 * online` is electronic online): what it is in person is no reason to come.
 */
export function checkFullOnline(procedure: Procedure, accept: ValidationAcceptor): void {
    if (procedure.online !== 'full') {
        return;
    }
    procedure.steps.filter((step: Step) => step.kind === 'inspection').forEach(step =>
        report(accept, 'full-online-in-person', { what: 'inspection', name: step.name }, { node: step, property: 'kind' }));
    for (const doc of procedure.documents) {
        const online = documentOn(doc, 'online');
        if (online.media.includes('electronic')) continue;
        if (online.media.includes('paper') && doc.required) {
            reportOnline(accept, doc, 'paper');
        } else if (online.paper === 'original') {
            reportOnline(accept, doc, 'original');
        }
    }
}

/**
 * A document's paper or original online, reported where it is said: at the last `… for online` clause
 * that says it, or else at the document's own word (`paper`, `original`) that every channel shares.
 */
function reportOnline(accept: ValidationAcceptor, doc: DossierComponent, what: 'paper' | 'original'): void {
    const property = what === 'paper' ? 'medium' : 'paper';
    const clause = clausesFor(doc, 'online').filter(c => c[property] !== undefined).at(-1);
    const data = { what, name: doc.title };
    if (clause) {
        report(accept, 'full-online-in-person', data, { node: clause, property });
    } else if (what === 'paper') {
        report(accept, 'full-online-in-person', data, { node: doc, property: 'media', index: doc.media.indexOf('paper') });
    } else {
        report(accept, 'full-online-in-person', data, { node: doc, property: 'paper' });
    }
}
