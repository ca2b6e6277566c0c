import {
    allPerformerRefs, applicableSuccessor, citesDocumentNumber, findSupersededText, hasDocumentNumber, isPosition, isUnit, performerName,
    positionSuccessorOf, successionKeyOf, unitSuccessorOf, type LegalCitation, type Member, type Performer, type Procedure,
    type SuccessionKey, type Unit
} from '@tthc/language';
import { GrammarUtils, type CstNode, type Reference } from 'langium';

/** A replacement of `start..end` (offsets in the file's text) by `text`. */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** What migrate changed in a procedure, said in the report. */
export interface Change {
    readonly kind: 'level' | 'authority' | 'performer' | 'leaders' | 'partner' | 'legal' | 'legal-removed';
    /** The step the change is in; none for the procedure's own attributes. */
    readonly step?: string;
    /** The member of a group whose record changed. */
    readonly member?: string;
    readonly from: string;
    readonly to: string;
}

/** Why a former district body's work was left for a human to decide. */
export type PendingReason = 'no-successor' | 'sector-not-covered' | 'position-unmatched' | 'level-unknown';

/** A reference migrate could not rewrite, and why. */
export interface Pending {
    readonly reason: PendingReason;
    readonly subject: string;
    readonly step?: string;
    readonly member?: string;
    /** The procedure's sector, when the successors are keyed by sector and none covers it. */
    readonly sector?: string;
    /** The unit that took over the position's unit, when a position found no match in it. */
    readonly successor?: string;
}

/** The migration of one procedure: edits of its file, changes and pending decisions for the report. */
export interface ProcedurePlan {
    readonly name: string;
    readonly title: string;
    readonly line: number;
    readonly edits: TextEdit[];
    readonly changes: Change[];
    readonly pending: Pending[];
}

/**
 * Plans the migration of a procedure written for the district level, from the successors its catalogue
 * declares: its level (the level of its authority's successor), its authority, every performer of its steps
 * (`or` alternatives, `with` partners, `leaders of`), hand-over partners, and citations of superseded texts
 * whose replacement is known. Reception and return go to the one-stop unit of the new level because the
 * district one-stop unit declares a successor per level. References to units that are not at the district
 * level are left alone (a Gia Nghĩa-style `district-unit-title` is a human decision).
 */
export function planProcedure(procedure: Procedure, source: string): ProcedurePlan {
    const plan: ProcedurePlan = {
        name: procedure.name, title: procedure.title, line: lineOf(source, procedure.$cstNode?.offset ?? 0), edits: [], changes: [], pending: []
    };
    const key = successionKeyOf(procedure);
    planRecord(procedure, key, plan, {});
    for (const member of procedure.members) {
        planRecord(member, { sector: member.sector ?? key.sector, level: key.level }, plan, { member: member.name });
    }
    for (const step of procedure.steps) {
        for (const ref of allPerformerRefs(step)) {
            if (ref.performer) {
                rewritePerformer(ref.performer, key, plan, { step: step.name }, 'performer');
            } else if (ref.leadersOf) {
                rewritePerformer(ref.leadersOf, key, plan, { step: step.name }, 'leaders');
            }
        }
        if (step.handover?.partner) {
            rewritePerformer(step.handover.partner, key, plan, { step: step.name }, 'partner');
        }
    }
    planCitations(procedure.legal, plan);
    for (const member of procedure.members) planCitations(member.legal, plan);
    return plan;
}

// The level and authority of a procedure, or of a member of a group, which has its own record.
function planRecord(record: Procedure | Member, key: SuccessionKey, plan: ProcedurePlan, where: Where): void {
    const authority = record.authority?.ref;
    let level = key.level;
    if (record.authority && authority?.level === 'district') {
        const successor = rewritePerformer(record.authority, key, plan, where, 'authority');
        level = localLevel(successor?.level) ?? level;
    }
    if (record.level === 'district' && record.$cstNode) {
        const node = GrammarUtils.findNodeForProperty(record.$cstNode, 'level');
        if (node && level) {
            plan.edits.push(replace(node, level));
            plan.changes.push({ kind: 'level', ...where, from: 'district', to: level });
        } else {
            plan.pending.push({ reason: 'level-unknown', subject: record.name, ...where });
        }
    }
}

/** Where in the procedure a change or a pending decision is: a step, a member of a group, or the procedure itself. */
type Where = { readonly step?: string; readonly member?: string };

// Rewrites a reference to a district unit or position with its successor for `key`; a pending decision
// when the catalogue declares none that applies. Returns the unit the work now goes to.
function rewritePerformer(reference: Reference<Performer> | Reference<Unit>, key: SuccessionKey, plan: ProcedurePlan, where: Where,
    kind: Change['kind']): Unit | undefined {
    const target = reference.ref;
    const node = reference.$refNode;
    const unit = isUnit(target) ? target : isPosition(target) && isUnit(target.$container) ? target.$container : undefined;
    if (!target || !node || unit?.level !== 'district') return undefined;
    if (isPosition(target)) {
        const found = positionSuccessorOf(target, key);
        if (found) {
            return apply(plan, node, kind, where, performerName(target), performerName(found.position), isUnit(found.position.$container) ? found.position.$container : undefined);
        }
        const successor = unitSuccessorOf(unit, key);
        if (successor) {
            plan.pending.push({ reason: 'position-unmatched', subject: performerName(target), successor: successor.name, ...where });
            return successor;
        }
    } else {
        const successor = unitSuccessorOf(unit, key);
        if (successor) return apply(plan, node, kind, where, unit.name, successor.name, successor);
    }
    plan.pending.push(whyNoSuccessor(unit, key, performerName(target), where));
    return undefined;
}

function apply(plan: ProcedurePlan, node: CstNode, kind: Change['kind'], where: Where, from: string, to: string, unit: Unit | undefined): Unit | undefined {
    plan.edits.push(replace(node, to));
    plan.changes.push({ kind, ...where, from, to });
    return unit;
}

function whyNoSuccessor(unit: Unit, key: SuccessionKey, subject: string, where: Where): Pending {
    if (unit.successors.length === 0) return { reason: 'no-successor', subject, ...where };
    // Successors keyed by level only, and the procedure's level unknown: its authority decides it.
    if (key.level === undefined && applicableSuccessor(unit.successors, { ...key, level: 'commune' }) !== undefined) {
        return { reason: 'level-unknown', subject, ...where };
    }
    return { reason: 'sector-not-covered', subject, ...(key.sector !== undefined ? { sector: key.sector } : {}), ...where };
}

// Citations of superseded texts: the replacement's number and title; a second citation of the same
// replacement (61/2018 and its amendment 107/2021) is removed rather than cited twice, as the quick fix does.
function planCitations(citations: readonly LegalCitation[], plan: ProcedurePlan): void {
    const cited = new Set<string>();
    for (const citation of citations) {
        if (findSupersededText(citationText(citation)) === undefined) cited.add(citationText(citation));
    }
    const replacements = new Set<string>();
    for (const citation of citations) {
        const superseded = findSupersededText(citationText(citation));
        const cst = citation.$cstNode;
        if (!superseded || !cst) continue;
        const already = replacements.has(superseded.replacement) || [...cited].some(text => citesDocumentNumber(text, superseded.replacement));
        if (already) {
            plan.edits.push(lineRemoval(cst));
            plan.changes.push({ kind: 'legal-removed', from: superseded.number, to: superseded.replacement });
            continue;
        }
        const number = GrammarUtils.findNodeForProperty(cst, 'number');
        const title = GrammarUtils.findNodeForProperty(cst, 'title');
        if (!number) continue;
        plan.edits.push({ start: number.offset, end: (title ?? number).end, text: `${literal(superseded.replacement)} ${literal(superseded.title)}` });
        plan.changes.push({ kind: 'legal', from: superseded.number, to: superseded.replacement });
        replacements.add(superseded.replacement);
    }
}

// What the check reads: the number, or the title when the number holds no document number.
function citationText(citation: LegalCitation): string {
    return (citation.number && hasDocumentNumber(citation.number) ? citation.number : citation.title ?? citation.number) ?? '';
}

function literal(text: string): string {
    return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`;
}

function replace(node: CstNode, text: string): TextEdit {
    return { start: node.offset, end: node.end, text };
}

/** The whole lines of a node (with their indentation and line break) when nothing else is on them, else the node. */
export function lineRemoval(node: CstNode): TextEdit {
    const text = node.root.fullText;
    const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
    const newline = text.indexOf('\n', node.end);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const before = text.slice(lineStart, node.offset);
    const after = text.slice(node.end, newline < 0 ? text.length : newline);
    return before.trim() === '' && after.trim() === '' ? { start: lineStart, end: lineEnd, text: '' } : { start: node.offset, end: node.end, text: '' };
}

function localLevel(level: string | undefined): 'commune' | 'province' | undefined {
    return level === 'commune' || level === 'province' ? level : undefined;
}

/** The 1-based line of an offset. */
export function lineOf(source: string, offset: number): number {
    let line = 1;
    for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
    return line;
}
