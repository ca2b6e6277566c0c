import { isProcedure, isUnit, type Form, type LegalCitation, type Position, type PositionSuccessor, type Province, type Unit, type UnitSuccessor } from '../../generated/ast.js';
import { calendarFacts } from './calendar-hover.js';
import { timeRuleFacts } from './time-rule-facts.js';
import { findSupersededText, hasDocumentNumber } from '../../validation/superseded-texts.js';
import { isLevelWord, type LspTexts } from '../texts.js';
import { code, escapeMarkdown } from './markdown-text.js';

/** `Title` (`Name`): how a unit or position is named in a hover line. */
export function titled(title: string | undefined, name: string): string {
    return title ? `${escapeMarkdown(title)} (${code(name)})` : code(name);
}

/** A unit: title, level, kind, agency code. */
export function unitHover(unit: Unit, texts: LspTexts): string {
    const level = !unit.level ? texts.text('hover.notStated') : isLevelWord(unit.level) ? texts.text(`level.${unit.level}`) : escapeMarkdown(unit.level);
    const facts = [
        texts.text('hover.level', { level }),
        texts.text('hover.kind', { kind: unit.kind ?? texts.text('hover.notStated') }),
        texts.text('hover.agencyCode', { code: unit.agencyCode ? code(unit.agencyCode) : texts.text('hover.none') })
    ];
    if (unit.wardTitle !== undefined) facts.push(texts.text('hover.wardTitle', { title: escapeMarkdown(unit.wardTitle) }));
    if (unit.signsFor.length > 0) {
        facts.push(texts.text('hover.signsFor', { units: unit.signsFor.map(ref => ref.ref ? titled(ref.ref.title, ref.ref.name) : code(ref.$refText)).join(', ') }));
    }
    facts.push(...successorFacts(unit.successors, texts));
    return [texts.text('hover.unit', { name: code(unit.name), title: escapeMarkdown(unit.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A position: title, its unit, whether it is a leader (who may sign). */
export function positionHover(position: Position, texts: LspTexts): string {
    const unit = isUnit(position.$container) ? position.$container : undefined;
    const name = unit ? `${unit.name}.${position.name}` : position.name;
    const unitText = unit ? titled(unit.title, unit.name) : '?';
    const facts = [
        unit?.level && isLevelWord(unit.level)
            ? texts.text('hover.positionUnitLevel', { unit: unitText, level: texts.text(`levelOf.${unit.level}`) })
            : texts.text('hover.positionUnit', { unit: unitText }),
        texts.text(position.leader ? 'hover.leader' : 'hover.notLeader')
    ];
    if (position.signsFor.length > 0) {
        facts.push(texts.text('hover.signsFor', { units: position.signsFor.map(ref => ref.ref ? titled(ref.ref.title, ref.ref.name) : code(ref.$refText)).join(', ') }));
    }
    facts.push(...successorFacts(position.successors, texts));
    return [texts.text('hover.position', { name: code(name), title: escapeMarkdown(position.title ?? '') }), bullets(facts)].join('\n\n');
}

// `succeeded-by`: who took over the former district body's work, per sector, per level, and for the rest.
function successorFacts(successors: ReadonlyArray<UnitSuccessor | PositionSuccessor>, texts: LspTexts): string[] {
    return successors.map(successor => {
        const reference = successor.$type === 'UnitSuccessor' ? (successor as UnitSuccessor).unit : (successor as PositionSuccessor).position;
        const target = reference?.ref;
        const name = target ? (isUnit(target.$container) ? `${target.$container.name}.${target.name}` : target.name) : reference?.$refText ?? '?';
        const who = target ? titled(target.title, name) : code(name);
        if (successor.sectors.length > 0) return texts.text('hover.successorSectors', { who, sectors: successor.sectors.map(s => escapeMarkdown(`"${s}"`)).join(', ') });
        if (successor.level !== undefined) {
            return texts.text('hover.successorLevel', { who, level: isLevelWord(successor.level) ? texts.text(`levelOf.${successor.level}`) : escapeMarkdown(successor.level) });
        }
        return texts.text(successors.length > 1 ? 'hover.successorRest' : 'hover.successor', { who });
    });
}

/** A province (its catalogue's header): codes, its time rules, and its target for stated cuts. */
export function provinceHover(province: Province, texts: LspTexts): string {
    const facts = [
        texts.text('hover.adminCode', { code: province.adminCode ? code(province.adminCode) : texts.text('hover.none') }),
        texts.text('hover.agencyCode', { code: province.agencyCode ? code(province.agencyCode) : texts.text('hover.none') }),
        ...timeRuleFacts(province, texts)
    ];
    if (province.cutTarget !== undefined) facts.push(texts.text('hover.cutTarget', { ratio: escapeMarkdown(province.cutTarget) }));
    facts.push(...calendarFacts(province, texts));
    return [texts.text('hover.province', { name: code(province.name), title: escapeMarkdown(province.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A form: title, code, and where it is declared. */
export function formHover(form: Form, texts: LspTexts): string {
    const facts = [
        texts.text('hover.code', { code: form.code ? escapeMarkdown(form.code) : texts.text('hover.none') }),
        isProcedure(form.$container) ? texts.text('hover.formInProcedure', { name: code(form.$container.name) }) : texts.text('hover.formInCatalogue')
    ];
    return [texts.text('hover.form', { name: code(form.name), title: escapeMarkdown(form.title ?? '') }), bullets(facts)].join('\n\n');
}

/** A legal citation: number, title, and what replaced it if it is superseded. */
export function legalHover(citation: LegalCitation, texts: LspTexts): string {
    const number = escapeMarkdown(citation.number ?? '');
    const lines = [citation.title ? texts.text('hover.legalTitled', { number, title: escapeMarkdown(citation.title) }) : texts.text('hover.legal', { number })];
    // The text the `superseded-legal-basis` check reads: the number when it holds a document number
    // ("Luật 60/2014/QH13"), otherwise the title (`legal "Nghị định" "61/2018/NĐ-CP …"`).
    const property = citation.number && hasDocumentNumber(citation.number) ? 'number' : 'title';
    const text = citation[property] ?? citation.number;
    const superseded = text ? findSupersededText(text) : undefined;
    if (superseded) {
        lines.push(texts.text('hover.superseded', {
            number: escapeMarkdown(superseded.number), replacement: escapeMarkdown(superseded.replacement), title: escapeMarkdown(superseded.title)
        }));
    }
    return lines.join('\n\n');
}

/** Markdown bullets, one fact each. */
export function bullets(facts: readonly string[]): string {
    return facts.map(fact => `- ${fact}`).join('\n');
}
