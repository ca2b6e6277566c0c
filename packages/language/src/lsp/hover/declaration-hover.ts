import { isProcedure, isUnit, type Form, type LegalCitation, type Position, type Unit } from '../../generated/ast.js';
import { findSupersededText, hasDocumentNumber } from '../../validation/superseded-texts.js';
import { code, escapeMarkdown } from './markdown-text.js';

const levelWords: Record<string, string> = {
    province: 'province',
    commune: 'commune',
    central: 'central (ministry or vertical sector agency)',
    district: 'district — **abolished on 1 July 2025**'
};

/** `Title` (`Name`): how a unit or position is named in a hover line. */
export function titled(title: string | undefined, name: string): string {
    return title ? `${escapeMarkdown(title)} (${code(name)})` : code(name);
}

/** A unit: title, level, kind, agency code. */
export function unitHover(unit: Unit): string {
    const facts = [
        `Level: ${unit.level ? levelWords[unit.level] ?? escapeMarkdown(unit.level) : '*not stated*'}`,
        `Kind: ${unit.kind ?? '*not stated*'}`,
        `Agency code: ${unit.agencyCode ? code(unit.agencyCode) : '*none*'}`
    ];
    return [`**Unit** ${code(unit.name)}: ${escapeMarkdown(unit.title ?? '')}`, bullets(facts)].join('\n\n');
}

/** A position: title, its unit, whether it is a leader (who may sign). */
export function positionHover(position: Position): string {
    const unit = isUnit(position.$container) ? position.$container : undefined;
    const name = unit ? `${unit.name}.${position.name}` : position.name;
    const facts = [
        `Unit: ${unit ? titled(unit.title, unit.name) : '?'}${unit?.level ? `, ${unit.level} level` : ''}`,
        position.leader ? 'Leader: yes (may sign a result)' : 'Leader: no'
    ];
    return [`**Position** ${code(name)}: ${escapeMarkdown(position.title ?? '')}`, bullets(facts)].join('\n\n');
}

/** A form: title, code, and where it is declared. */
export function formHover(form: Form): string {
    const facts = [
        `Code: ${form.code ? escapeMarkdown(form.code) : '*none*'}`,
        isProcedure(form.$container) ? `Declared in procedure ${code(form.$container.name)}` : 'Declared in the province catalogue'
    ];
    return [`**Form** ${code(form.name)}: ${escapeMarkdown(form.title ?? '')}`, bullets(facts)].join('\n\n');
}

/** A legal citation: number, title, and what replaced it if it is superseded. */
export function legalHover(citation: LegalCitation): string {
    const lines = [`**Legal basis** ${escapeMarkdown(citation.number ?? '')}${citation.title ? `: ${escapeMarkdown(citation.title)}` : ''}`];
    // The text the `superseded-legal-basis` check reads: the number when it holds a document number
    // ("Luật 60/2014/QH13"), otherwise the title (`legal "Nghị định" "61/2018/NĐ-CP …"`).
    const property = citation.number && hasDocumentNumber(citation.number) ? 'number' : 'title';
    const text = citation[property] ?? citation.number;
    const superseded = text ? findSupersededText(text) : undefined;
    if (superseded) {
        lines.push(`⚠ **Superseded**: ${escapeMarkdown(superseded.number)} was replaced by ${escapeMarkdown(superseded.replacement)} (${escapeMarkdown(superseded.title)}); cite the text in force.`);
    }
    return lines.join('\n\n');
}

/** Markdown bullets, one fact each. */
export function bullets(facts: readonly string[]): string {
    return facts.map(fact => `- ${fact}`).join('\n');
}
