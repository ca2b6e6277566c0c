import { documentLine, formOf, type Form } from './map-documents.js';
import { CUT, type MappedProcedure, type ProcedureSources, type UnresolvedItem } from './mapped-procedure.js';
import { stepsOf } from './map-steps.js';
import { importMessages as say } from './opencps-import-messages.js';
import { caseTimeItems, channelItems, feeLiteral, splitItems, statutoryLiteral } from './parse-texts.js';
import { fold, nameFromTitle, nameOf, str } from './tthc-text.js';

export type { MappedProcedure, ProcedureSources, UnresolvedItem };

/** A procedure's .tthc text from its three documents; what cannot be mapped is written as `unresolved`. */
export function mapProcedure(src: ProcedureSources & { level?: string }): MappedProcedure {
    const { service, template, process, catalogue } = src;
    const unresolved: UnresolvedItem[] = [];
    const flag = (file: string, line: number, what: string, why: string): string => {
        unresolved.push({ file, line, what, why });
        return `unresolved ${str(`${what} (${file}:${line}): ${why}`)}`;
    };
    const lines: string[] = [`procedure ${src.name} ${str(service.name)} {`];
    const member = (text: string): void => { lines.push(`    ${text}`); };
    const blank = (): void => { if (lines[lines.length - 1] !== '') lines.push(''); };
    const procedureFlags: string[] = [];

    if (service.name.endsWith(CUT) && service.name.length >= 950) procedureFlags.push(flag(service.file, service.line, 'serviceName', say.cutText(1000)));
    const texts: Array<[string, string]> = [['methodText', service.methodText], ['conditionText', service.conditionText], ['durationText', service.durationText],
        ['applicantText', service.applicantText], ['regularText', service.regularText], ['feeText', service.feeText]];
    for (const [field, text] of texts) {
        if (text.endsWith(CUT) && text.length >= 950) procedureFlags.push(flag(service.file, service.line, field, say.cutText(1000)));
    }
    for (const part of template?.parts ?? []) {
        if ((part.name.endsWith(CUT) && part.name.length >= 230) || (part.tip.endsWith(CUT) && part.tip.length >= 230)) {
            procedureFlags.push(flag(part.file, part.line, `DossierPart ${part.partNo}`, say.cutText(255)));
        }
    }
    if (/^([0-9]+(\.[0-9A-Za-z]+)+|[0-9]+(_[0-9]+)*)$/.test(service.code)) member(`code ${service.code}`);
    else procedureFlags.push(flag(service.file, service.line, `serviceCode ${service.code}`, say.badCode));
    if (service.domainName !== '') member(`sector ${str(service.domainName)}`);
    const level = /Cấp thực hiện: cấp tỉnh/u.test(service.instruction) ? 'province' : /Cấp thực hiện: cấp xã/u.test(service.instruction) ? 'commune' : undefined;
    src.level = level;
    if (level) member(`level ${level}`);
    else procedureFlags.push(flag(service.file, service.line, 'serviceInstruction', say.noLevel));
    if (fold(service.administrationName) !== fold(src.provinceTitle) && service.administrationName !== '') {
        const unit = catalogue.unitByTitle(service.administrationName, service, service.administrationCode);
        if (service.administrationCode !== '' && service.administrationCode !== unit.name) unit.agencyCode ??= service.administrationCode;
        if (level && !unit.level) unit.level = level;
        member(`authority ${unit.name}`);
    }
    if (service.maxLevel === 4) member('online full');
    else if (service.maxLevel === 3) member('online partial');
    if (/tiếp nhận không phụ thuộc địa giới hành chính/u.test(service.instruction)) member('boundary-independent');
    const applicants = splitItems(service.applicantText, /^\p{Lu}/u);
    if (applicants.length > 0) member(`applicants ${applicants.map(str).join(', ')}`);
    for (const requirement of splitItems(service.conditionText, /^\p{Lu}/u)) member(`requirement ${str(requirement)}`);
    const legal = splitItems(service.regularText, /^[^\s:;]*[0-9][^\s:;]*\/[^\s:;]+(: |$)/u);
    if (legal.length > 0) blank();
    for (const item of legal) {
        const m = /^([^\s:;]*[0-9][^\s:;]*\/[^\s:;]+): (.+)$/u.exec(item);
        member(m ? `legal ${str(m[1]!)} ${str(m[2]!)}` : `legal ${str(item)}`);
    }

    // Channels: the statutory times (durationText) and the fees (feeText), per channel.
    // The cases' own times and totals follow the channels' (texts.ts, caseTimeTexts); stepsOf writes them.
    const { channels: channelTimes, total: procedureTotal, rules, cases: caseTimes } = caseTimeItems(service.durationText);
    src.caseTimes = caseTimes;
    src.timeRules = rules;
    if (procedureTotal !== undefined) src.procedureTotal = procedureTotal;
    const times = channelItems(channelTimes, '; ');
    // The target converts calendar days at 5 working days a week (durations.ts): undo it where every time is in them.
    src.calendarDays = times.length > 0 && times.every(t => /^[0-9.,]+ ngày($| \()(?!tính là)/u.test(t.text) && !t.text.includes('(tính là'));
    const fees = new Map(channelItems(service.feeText, '. ').map(item => [item.channel, item.text]));
    if (times.length > 0) blank();
    for (const { channel, text } of times) {
        const time = statutoryLiteral(text, str);
        if (time === undefined) {
            procedureFlags.push(flag(service.file, service.line, `durationText "${text}"`, say.badDuration));
            member(`channel ${channel} time not-regulated`);
        } else {
            member(`channel ${channel} time ${time}`);
        }
        const feeText = fees.get(channel);
        if (feeText === undefined) continue;
        let body = feeText;
        let exemptions: string[] = [];
        const exempt = body.indexOf('; miễn, giảm: ');
        if (exempt >= 0) {
            // Exemptions were joined with ", ": a new one starts with a capital letter.
            exemptions = body.slice(exempt + '; miễn, giảm: '.length).split(/, (?=\p{Lu})/u);
            body = body.slice(0, exempt);
        }
        if (body !== 'không quy định') {
            for (const fee of splitItems(body, /^(Lệ phí|Phí)( \(|: )/u)) {
                const literal = feeLiteral(fee, str);
                if (literal === undefined) procedureFlags.push(flag(service.file, service.feeLine, `feeText "${fee}"`, say.badFee));
                else lines.push(`        ${literal}`);
            }
        }
        for (const exemption of exemptions) lines.push(`        exempt ${str(exemption)}`);
    }

    // Forms, documents and results.
    const forms = new Map<string, Form>();
    const formByNo = new Map<string, Form>();
    for (const t of service.fileTemplates) {
        const form = { name: nameOf(t.no), ...formOf(t.name) };
        forms.set(form.name, form);
        formByNo.set(t.no, form);
    }
    const parts = template?.parts ?? [];
    const documents: string[] = [];
    const results: string[] = [];
    for (const part of parts) {
        if (part.type === 1) documents.push(documentLine(part, formByNo, f => procedureFlags.push(flag(part.file, part.line, `partTip "${f}"`, say.badTip))));
        else if (part.type === 2) {
            let form: Form | undefined;
            const m = /^Theo (.+)$/u.exec(part.tip);
            if (m) {
                const read = formOf(m[1]!);
                form = [...forms.values()].find(f => f.title === read.title && f.code === read.code) ?? { name: nameFromTitle(read.title), ...read };
                forms.set(form.name, form);
            }
            results.push(`result ${str(part.name)}${form ? ` on form ${form.name}` : ''}`);
        } else {
            procedureFlags.push(flag(part.file, part.line, `DossierPart ${part.partNo} partType ${part.type}`, say.badPartType));
        }
    }
    if (forms.size > 0) blank();
    for (const form of forms.values()) member(`form ${form.name} ${str(form.title)}${form.code !== undefined ? ` code ${str(form.code)}` : ''}`);
    if (documents.length > 0) blank();
    documents.forEach(member);
    if (results.length > 0) blank();
    results.forEach(member);
    if (!template) procedureFlags.push(flag(service.file, service.line, `templateNo ${service.templateNo}`, say.noTemplate));

    const flowStart = lines.length;
    if (process) stepsOf(process, src, member, blank, flag, procedureFlags);
    else procedureFlags.push(flag(service.file, service.line, `processNo ${service.processNo}`, say.noProcess));

    let inserted = 0;
    if (procedureFlags.length > 0) {
        // What the procedure could not take, first thing in its block.
        lines.splice(1, 0, ...procedureFlags.map(f => `    ${f}`), '');
        inserted = procedureFlags.length + 1;
    }
    while (lines[lines.length - 1] === '') lines.pop();
    const record = lines.slice(1, flowStart + inserted);
    const flow = lines.slice(flowStart + inserted);
    lines.push('}');
    return { code: service.code, name: src.name, title: service.name, text: `${lines.join('\n')}\n`, record, flow, unresolved };
}
